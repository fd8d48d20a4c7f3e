/* chronik serve: the zoomable time axis of events (SVG + vanilla JS, no libraries).
 *
 * Reads events from the JSON API (/api/events) with the filters in the page URL (or the
 * container's data-query), draws one symbol per event (shape AND colour tell the status),
 * shows a summary on hover/focus and the event's sources with the reporting sentence
 * highlighted on click/Enter. Filters update the URL, so a view can be shared.
 */
"use strict";
(function () {
  const SVGNS = "http://www.w3.org/2000/svg";
  const PAGE = 500;
  const COLORS = { happened: "#1d4e89", planned: "#9a4d00", ongoing: "#1b6e20",
                   cancelled: "#b71c1c", uncertain: "#5e35b1" };
  const HOUR = 3600e3, DAY = 24 * HOUR;
  const FILTERS = ["entity", "from", "to", "status", "q", "lang"];

  /* A TIMEX value as the time range it names: 2023 -> the year, 2023-03-09T14:30 -> a moment. */
  const SEASONS = { SP: [2, 5], SU: [5, 8], FA: [8, 11], WI: [11, 14] };  // months, 0-based
  const DAY_PARTS = { MO: [6, 12], MI: [11, 13], AF: [12, 18], EV: [18, 22], NI: [21, 30] };

  function timeRange(value) {
    value = value || "";
    let m = /^(\d{4})-W(\d{2})/.exec(value);
    if (m) {  // ISO week: the week holding 4 January is week 1; weeks start on Monday
      const jan4 = Date.UTC(+m[1], 0, 4), weekday = (new Date(jan4).getUTCDay() + 6) % 7;
      const start = jan4 - weekday * DAY + (+m[2] - 1) * 7 * DAY;
      return [start, start + 7 * DAY];
    }
    m = /^(\d{4})-Q([1-4])/.exec(value);
    if (m) return [Date.UTC(+m[1], (+m[2] - 1) * 3, 1), Date.UTC(+m[1], +m[2] * 3, 1)];
    m = /^(\d{4})-(SP|SU|FA|WI)/.exec(value);
    if (m) { const [a, b] = SEASONS[m[2]]; return [Date.UTC(+m[1], a, 1), Date.UTC(+m[1], b, 1)]; }
    m = /^(\d{4})-(\d{2})-(\d{2})T(MO|MI|AF|EV|NI)/.exec(value);
    if (m) {
      const [a, b] = DAY_PARTS[m[4]];
      return [Date.UTC(+m[1], +m[2] - 1, +m[3], a), Date.UTC(+m[1], +m[2] - 1, +m[3], b)];
    }
    m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/.exec(value);
    if (!m) return null;
    const y = +m[1];
    if (!m[2]) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
    const mo = +m[2] - 1;
    if (!m[3]) return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 1)];
    const d = +m[3];
    if (m[4]) { const t = Date.UTC(y, mo, d, +m[4], +m[5]); return [t, t]; }
    return [Date.UTC(y, mo, d), Date.UTC(y, mo, d + 1)];
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") node.textContent = v; else node.setAttribute(k, v);
    }
    for (const c of children) node.append(c);
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS(SVGNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    return node;
  }

  /* The status symbol, same geometry as static/symbols.svg. */
  function symbol(status) {
    const c = COLORS[status] || "#444";
    switch (status) {
      case "planned": return svg("path", { d: "M0-7L7 0 0 7-7 0Z", fill: "#fff", stroke: c, "stroke-width": 2.5 });
      case "ongoing": return svg("rect", { x: -7, y: -4.5, width: 14, height: 9, rx: 1.5, fill: c });
      case "cancelled": return svg("path", { d: "M-5.5-5.5L5.5 5.5M5.5-5.5L-5.5 5.5", stroke: c, "stroke-width": 3.2, "stroke-linecap": "round" });
      case "uncertain": return svg("path", { d: "M0-6.5L7 6H-7Z", fill: "#fff", stroke: c, "stroke-width": 2.2, "stroke-linejoin": "round" });
      default: return svg("circle", { r: 6.5, fill: c });
    }
  }

  function badge(status) {
    const s = svg("svg", { width: 16, height: 16, viewBox: "-8 -8 16 16", "aria-hidden": "true" });
    s.append(symbol(status));
    return el("span", { class: "badge st-" + status }, s, status);
  }

  /* Tick steps from an hour to a century; the first that leaves >= 90 px per tick is used. */
  const STEPS = [
    ["h", 1], ["h", 3], ["h", 6], ["h", 12], ["d", 1], ["d", 2], ["d", 7], ["M", 1], ["M", 3],
    ["M", 6], ["Y", 1], ["Y", 2], ["Y", 5], ["Y", 10], ["Y", 20], ["Y", 50], ["Y", 100]];
  const APPROX = { h: HOUR, d: DAY, M: 30.44 * DAY, Y: 365.25 * DAY };
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  function ticks(t0, t1, width) {
    const span = t1 - t0;
    let [unit, n] = STEPS[STEPS.length - 1];
    for (const [u, k] of STEPS) {
      if (width / (span / (APPROX[u] * k)) >= 90) { unit = u; n = k; break; }
    }
    const out = [];
    const start = new Date(t0);
    let d;
    if (unit === "Y") d = new Date(Date.UTC(Math.floor(start.getUTCFullYear() / n) * n, 0, 1));
    else if (unit === "M") d = new Date(Date.UTC(start.getUTCFullYear(), Math.floor(start.getUTCMonth() / n) * n, 1));
    else if (unit === "d") d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()));
    else d = new Date(Math.floor(t0 / (HOUR * n)) * HOUR * n);
    for (let i = 0; i < 400 && d.getTime() <= t1; i++) {
      if (d.getTime() >= t0) out.push([d.getTime(), label(d, unit)]);
      if (unit === "Y") d = new Date(Date.UTC(d.getUTCFullYear() + n, 0, 1));
      else if (unit === "M") d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
      else if (unit === "d") d = new Date(d.getTime() + n * DAY);
      else d = new Date(d.getTime() + n * HOUR);
    }
    return out;
  }

  function label(d, unit) {
    const pad = (x) => String(x).padStart(2, "0");
    if (unit === "Y") return String(d.getUTCFullYear());
    if (unit === "M") return MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
    if (unit === "d") return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()];
    return pad(d.getUTCDate()) + " " + MONTHS[d.getUTCMonth()] + " " + pad(d.getUTCHours()) + ":00";
  }

  class Timeline {
    constructor(root) {
      this.root = root;
      this.api = root.dataset.api;
      this.fixedQuery = root.dataset.query || null;
      this.syncUrl = root.dataset.syncUrl === "1";
      this.wrap = root.querySelector(".axis-wrap");
      this.tip = root.querySelector(".tip");
      this.statusLine = root.querySelector(".status-line");
      this.details = document.getElementById("details");
      this.list = document.getElementById("event-list");
      this.more = document.getElementById("more");
      this.form = document.getElementById("filters");
      this.events = [];
      this.total = 0;
      // quotations (entity page): drawn on a row of their own below the events
      const extra = document.getElementById("timeline-quotes");
      this.quotes = extra ? JSON.parse(extra.textContent) : [];
      for (const q of this.quotes) q.range = timeRange(q.date);
      this.view = null;
      this.selected = null;
      this.svg = svg("svg", { tabindex: "0", role: "group",
        "aria-label": "Time axis. + and − zoom, arrow keys move, Tab reaches the events." });
      this.wrap.append(this.svg);
      this.bind();
      if (this.form) this.fillForm();
      this.load(true);
      if (this.form) this.loadEntityNames();
    }

    params() {
      if (this.fixedQuery !== null) return new URLSearchParams(this.fixedQuery);
      const here = new URLSearchParams(location.search);
      const out = new URLSearchParams();
      for (const k of FILTERS) if (here.get(k)) out.set(k, here.get(k));
      return out;
    }

    fillForm() {
      const here = new URLSearchParams(location.search);
      for (const k of FILTERS) if (this.form.elements[k]) this.form.elements[k].value = here.get(k) || "";
    }

    async load(fresh) {
      const q = this.params();
      q.set("limit", PAGE);
      q.set("offset", fresh ? 0 : this.events.length);
      this.statusLine.textContent = "Loading…";
      let data;
      try {
        const res = await fetch(this.api + "?" + q.toString(), { headers: { Accept: "application/json" } });
        data = await res.json();
        if (!res.ok) throw new Error(data.error ? data.error.message : res.statusText);
      } catch (err) {
        this.statusLine.textContent = "Cannot show events: " + err.message;
        this.events = []; this.total = 0; this.render(); this.renderList();
        return;
      }
      this.events = fresh ? data.items : this.events.concat(data.items);
      this.total = data.total;
      for (const ev of this.events) ev.range = ev.range || timeRange(ev.value);
      if (fresh) this.fit();
      this.render();
      this.renderList();
      this.statusLine.textContent = this.total === 0 ? "No events match these filters."
        : `Showing ${this.events.length} of ${this.total} event${this.total === 1 ? "" : "s"}.`;
      if (this.more) this.more.hidden = this.events.length >= this.total;
      const wanted = new URLSearchParams(location.search).get("event");
      if (fresh && wanted && this.fixedQuery === null) this.open(+wanted, false);
    }

    fit() {
      const ranges = this.events.concat(this.quotes).map((e) => e.range).filter(Boolean);
      if (!ranges.length) { const now = Date.now(); this.view = [now - 365 * DAY, now]; return; }
      let lo = Math.min(...ranges.map((r) => r[0])), hi = Math.max(...ranges.map((r) => r[1]));
      const pad = Math.max((hi - lo) * 0.06, DAY);
      this.view = [lo - pad, hi + pad];
    }

    x(t) { return ((t - this.view[0]) / (this.view[1] - this.view[0])) * this.width; }

    render() {
      this.width = Math.max(280, this.wrap.clientWidth || 600);
      const [t0, t1] = this.view;
      const placed = [];
      const laneEnd = [];
      const sorted = this.events.filter((e) => e.range).slice()
        .sort((a, b) => (a.range[0] + a.range[1]) - (b.range[0] + b.range[1]));
      for (const ev of sorted) {
        const mid = (ev.range[0] + ev.range[1]) / 2;
        if (mid < t0 || mid > t1) continue;
        const x = this.x(mid), x0 = this.x(ev.range[0]), x1 = this.x(ev.range[1]);
        // a lane is free where nothing drawn in it (symbol or period bar) reaches this one's left
        const left = Math.min(x - 9, x1 - x0 > 16 ? x0 : x), right = Math.max(x + 9, x1 - x0 > 16 ? x1 : x);
        let lane = laneEnd.findIndex((end) => end + 4 <= left);
        if (lane === -1) { lane = laneEnd.length < 14 ? laneEnd.length : laneEnd.indexOf(Math.min(...laneEnd)); }
        laneEnd[lane] = right;
        placed.push({ ev, x, lane, x0, x1 });
      }
      const lanes = Math.max(1, laneEnd.length);
      const quoteRow = this.quotes.length > 0;
      const top = 14, laneH = 24, axisY = top + (lanes + (quoteRow ? 1 : 0)) * laneH + 8;
      const height = axisY + 28;
      const s = this.svg;
      s.replaceChildren();
      s.setAttribute("viewBox", `0 0 ${this.width} ${height}`);
      s.setAttribute("height", height);
      const axis = svg("g", { class: "axis" });
      for (const [t, text] of ticks(t0, t1, this.width)) {
        const x = this.x(t);
        axis.append(svg("line", { class: "tick", x1: x, x2: x, y1: 4, y2: axisY }));
        if (x > this.width - 60) continue;  // a label cut off at the edge helps nobody
        const tx = svg("text", { x: x + 3, y: axisY + 18 });
        tx.textContent = text;
        axis.append(tx);
      }
      axis.append(svg("line", { class: "base", x1: 0, x2: this.width, y1: axisY, y2: axisY }));
      s.append(axis);
      for (const p of placed) {
        const y = top + p.lane * laneH + laneH / 2;
        const g = svg("g", { class: "ev st-" + p.ev.status, tabindex: "0", role: "button",
          transform: `translate(${p.x},${y})`, "data-id": p.ev.id,
          "aria-label": `${p.ev.when}, ${p.ev.status}: ${p.ev.summary}` });
        if (p.x1 - p.x0 > 16) {  // a month or a year: show how long the named period is
          g.append(svg("line", { x1: p.x0 - p.x, x2: p.x1 - p.x, y1: 0, y2: 0,
            stroke: COLORS[p.ev.status] || "#444", "stroke-opacity": 0.35, "stroke-width": 4 }));
        }
        g.append(svg("circle", { class: "halo", r: 10.5, fill: "none" }));
        g.append(symbol(p.ev.status));
        if (this.selected === p.ev.id) g.classList.add("selected");
        s.append(g);
      }
      const qy = top + lanes * laneH + laneH / 2;
      this.quotes.forEach((q, i) => {
        if (!q.range) return;
        const mid = (q.range[0] + q.range[1]) / 2;
        if (mid < t0 || mid > t1) return;
        const a = svg("a", { href: q.href, class: "qt", "data-quote": i,
          "aria-label": `${q.date}, quotation: ${q.text}` });
        const g = svg("g", { transform: `translate(${this.x(mid)},${qy})` });
        g.append(svg("circle", { class: "halo", r: 10.5, fill: "none" }));
        // a speech bubble: quotations are not events, so they get a shape of their own
        g.append(svg("path", { d: "M-7-6H7V3H-1L-5 7V3H-7Z", fill: "#444" }));
        a.append(g);
        s.append(a);
      });
    }

    renderList() {
      if (!this.list) return;
      this.list.replaceChildren();
      for (const ev of this.events) {
        const btn = el("button", { type: "button", class: "link", "data-id": ev.id, text: ev.summary });
        const who = ev.participants.length ? " — " + ev.participants.join(", ") : "";
        this.list.append(el("li", {}, el("span", { class: "date", text: ev.when + " " }),
          badge(ev.status), " ", btn, el("span", { class: "meta", text: who })));
      }
    }

    bind() {
      this.root.addEventListener("click", (e) => {
        const z = e.target.closest("[data-zoom]");
        if (z) this.zoom(z.dataset.zoom === "in" ? 0.5 : z.dataset.zoom === "out" ? 2 : 0);
      });
      this.svg.addEventListener("click", (e) => {
        const g = e.target.closest(".ev");
        if (g && !this.dragged) this.open(+g.dataset.id, true);
      });
      this.svg.addEventListener("keydown", (e) => {
        const g = e.target.closest(".ev");
        if (g && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); this.open(+g.dataset.id, true); return; }
        if (g && (e.key === "ArrowRight" || e.key === "ArrowLeft")) {
          const all = [...this.svg.querySelectorAll(".ev")];
          const next = all[all.indexOf(g) + (e.key === "ArrowRight" ? 1 : -1)];
          if (next) { e.preventDefault(); next.focus(); }
          return;
        }
        if (e.key === "+" || e.key === "=") { e.preventDefault(); this.zoom(0.5); }
        else if (e.key === "-") { e.preventDefault(); this.zoom(2); }
        else if (e.key === "0") { e.preventDefault(); this.zoom(0); }
        else if (e.key === "ArrowRight") { e.preventDefault(); this.pan(0.2); }
        else if (e.key === "ArrowLeft") { e.preventDefault(); this.pan(-0.2); }
      });
      this.svg.addEventListener("wheel", (e) => {
        // plain scrolling scrolls the page; Ctrl (or a trackpad pinch) + wheel zooms
        if (!(e.ctrlKey || e.metaKey)) return;
        e.preventDefault();
        const box = this.svg.getBoundingClientRect();
        this.zoom(e.deltaY < 0 ? 0.8 : 1.25, (e.clientX - box.left) / box.width);
      }, { passive: false });
      let start = null;
      this.svg.addEventListener("pointerdown", (e) => {
        start = { x: e.clientX, view: this.view.slice() }; this.dragged = false;
      });
      window.addEventListener("pointermove", (e) => {
        if (!start) return;
        const dx = e.clientX - start.x;
        if (Math.abs(dx) > 4) this.dragged = true;
        if (!this.dragged) return;
        const dt = (dx / this.width) * (start.view[1] - start.view[0]);
        this.view = [start.view[0] - dt, start.view[1] - dt];
        this.render();
      });
      window.addEventListener("pointerup", () => { start = null; });
      const show = (e) => {
        const qa = e.target.closest && e.target.closest(".qt");
        const g = qa ? qa.firstChild : e.target.closest && e.target.closest(".ev");
        if (!g) return;
        if (qa) {
          const q = this.quotes[+qa.dataset.quote];
          this.tip.replaceChildren(el("strong", { text: `${q.date} · ${q.speaker}` }), el("br"), `“${q.text}”`);
        } else {
          const ev = this.events.find((x) => x.id === +g.dataset.id);
          if (!ev) return;
          this.tip.replaceChildren(el("strong", { text: `${ev.when} · ${ev.status}` }),
            el("br"), ev.summary,
            ev.participants.length ? el("div", { text: ev.participants.join(", ") }) : "");
        }
        this.tip.hidden = false;
        const box = g.getBoundingClientRect(), root = this.root.getBoundingClientRect();
        const left = Math.min(box.left - root.left, root.width - 280);
        this.tip.style.left = Math.max(4, left) + "px";
        this.tip.style.top = (box.bottom - root.top + 6) + "px";
      };
      const hide = () => { this.tip.hidden = true; };
      this.svg.addEventListener("mouseover", show);
      this.svg.addEventListener("focusin", show);
      this.svg.addEventListener("mouseout", hide);
      this.svg.addEventListener("focusout", hide);
      window.addEventListener("resize", () => this.render());
      if (this.list) this.list.addEventListener("click", (e) => {
        const b = e.target.closest("button[data-id]");
        if (b) this.open(+b.dataset.id, true);
      });
      if (this.more) this.more.addEventListener("click", () => this.load(false));
      if (this.form && this.syncUrl) {
        this.form.addEventListener("submit", (e) => {
          e.preventDefault();
          const q = new URLSearchParams();
          for (const k of FILTERS) {
            const v = (this.form.elements[k].value || "").trim();
            if (v) q.set(k, v);
          }
          history.pushState(null, "", q.toString() ? "?" + q.toString() : location.pathname);
          this.closeDetails();
          this.load(true);
        });
        window.addEventListener("popstate", () => { this.fillForm(); this.closeDetails(); this.load(true); });
      }
    }

    zoom(factor, at) {
      if (factor === 0) { this.fit(); this.render(); return; }
      const [t0, t1] = this.view;
      const span = Math.min(Math.max((t1 - t0) * factor, HOUR), 400 * 365 * DAY);
      const pivot = t0 + (t1 - t0) * (at === undefined ? 0.5 : at);
      const f = (pivot - t0) / (t1 - t0);
      this.view = [pivot - span * f, pivot + span * (1 - f)];
      this.render();
    }

    pan(share) {
      const d = (this.view[1] - this.view[0]) * share;
      this.view = [this.view[0] + d, this.view[1] + d];
      this.render();
    }

    async loadEntityNames() {
      try {
        const res = await fetch("/api/entities?limit=200");
        if (!res.ok) return;
        const data = await res.json();
        const list = document.getElementById("entity-names");
        for (const it of data.items) list.append(el("option", { value: it.name }));
      } catch (err) { /* the datalist is a convenience only */ }
    }

    closeDetails() {
      if (!this.details) return;
      this.details.hidden = true;
      this.selected = null;
      this.render();
    }

    async open(id, fromUser) {
      if (!this.details) return;
      this.selected = id;
      this.render();
      if (this.syncUrl && fromUser) {
        const q = new URLSearchParams(location.search);
        q.set("event", id);
        history.replaceState(null, "", "?" + q.toString());
      }
      const d = this.details;
      d.hidden = false;
      d.replaceChildren(el("p", { text: "Loading…" }));
      let ev;
      try {
        const res = await fetch(`/api/events/${id}`);
        ev = await res.json();
        if (!res.ok) throw new Error(ev.error ? ev.error.message : res.statusText);
      } catch (err) {
        d.replaceChildren(el("p", { text: "Cannot load the event: " + err.message }));
        return;
      }
      const close = el("button", { type: "button", class: "close", text: "Close" });
      close.addEventListener("click", () => this.closeDetails());
      const people = el("span", {});
      ev.participants.forEach((name, i) => {
        if (i) people.append(", ");
        people.append(el("a", { href: "/?" + new URLSearchParams({ entity: name }).toString(), text: name }));
      });
      const head = el("p", {}, badge(ev.status), " · ", el("strong", { text: ev.when }));
      if (ev.participants.length) head.append(" · ", people);
      if (ev.location) head.append(" · in " + ev.location);
      d.replaceChildren(close, el("h2", { text: ev.summary }), head);
      if (ev.contradiction) d.append(el("p", { class: "meta", text: "The sources give different times; each report below shows its own." }));
      const shown = ev.reports.length < ev.reports_total ? `, the first ${ev.reports.length}` : "";
      d.append(el("h3", { text: `Sources (${ev.reports_total}${shown})` }));
      for (const r of ev.reports) d.append(this.report(r));
      if (fromUser) d.focus();
    }

    report(r) {
      const box = el("div", { class: "report" });
      const link = el("a", { href: `/document/${r.document}?mark=${r.sentence.start}-${r.sentence.end}#mark`,
                              text: r.title || r.doc_id });
      box.append(el("h4", {}, link, el("span", { class: "date", text: " " + (r.date || "") })));
      // the reporting sentence, with the event's own words marked at their offsets
      const s = r.sentence, p = el("p", { class: "sentence" });
      const a = Math.max(r.start, s.start) - s.start, b = Math.min(r.end, s.end) - s.start;
      p.append(s.text.slice(0, a), el("mark", { class: "hit", text: s.text.slice(a, b) }), s.text.slice(b));
      box.append(p);
      box.append(el("p", { class: "meta", text: `reported as ${r.status}, ${r.when}` +
        (r.trigger ? ` (“${r.trigger}”)` : "") }));
      if (r.quotes.length) {
        const ul = el("ul", { class: "plain" });
        for (const q of r.quotes.slice(0, 5)) {
          ul.append(el("li", {}, el("q", { text: q.text }), " — " + (q.speaker || q.speaker_mention || "unknown")));
        }
        box.append(el("details", {}, el("summary", { text: `Quotations in this article (${r.quotes.length})` }), ul));
      }
      return box;
    }
  }

  window.chronikTimeRange = timeRange;  // for tests: how a TIMEX value is placed on the axis

  function start() {
    for (const root of document.querySelectorAll(".timeline[data-api]")) new Timeline(root);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
