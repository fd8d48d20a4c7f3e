/* chronik serve: a small offline reader for the OpenAPI schema (no CDN, no Swagger UI). */
"use strict";
(function () {
  function el(tag, text, attrs) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    return node;
  }
  function resolve(spec, schema) {
    if (schema && schema.$ref) return spec.components.schemas[schema.$ref.split("/").pop()];
    return schema || {};
  }
  function describe(spec, schema) {
    schema = resolve(spec, schema);
    if (schema.anyOf) return schema.anyOf.map((s) => describe(spec, s)).join(" | ");
    const parts = [schema.type || "object"];
    if (schema.pattern) parts.push("pattern " + schema.pattern);
    if (schema.minimum !== undefined) parts.push("≥ " + schema.minimum);
    if (schema.maximum !== undefined) parts.push("≤ " + schema.maximum);
    if (schema.maxLength !== undefined) parts.push("≤ " + schema.maxLength + " chars");
    if (schema.default !== undefined) parts.push("default " + JSON.stringify(schema.default));
    return parts.join(", ");
  }
  async function start() {
    const root = document.getElementById("api-docs");
    const spec = await (await fetch("/openapi.json")).json();
    root.append(el("p", `${spec.info.title} ${spec.info.version} — ${spec.info.description}`));
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const sec = el("section", null, { id: (method + path).replace(/[^a-z0-9]+/gi, "-") });
        const h = el("h2");
        h.append(el("code", method.toUpperCase(), { class: "method" }), " ", el("code", path));
        sec.append(h, el("p", op.summary || ""));
        const params = op.parameters || [];
        if (params.length) {
          const t = el("table");
          t.append(el("tr")); t.rows[0].append(el("th", "parameter"), el("th", "in"), el("th", "type"), el("th", "description"));
          for (const p of params) {
            const tr = el("tr");
            tr.append(el("td", p.name + (p.required ? " *" : "")), el("td", p.in),
                      el("td", describe(spec, p.schema)), el("td", p.description || (p.schema && p.schema.description) || ""));
            t.append(tr);
          }
          sec.append(t);
        }
        if (op.requestBody) {
          const body = resolve(spec, op.requestBody.content["application/json"].schema);
          const t = el("table");
          t.append(el("tr")); t.rows[0].append(el("th", "body field"), el("th", "type"), el("th", "description"));
          for (const [name, s] of Object.entries(body.properties || {})) {
            const tr = el("tr");
            tr.append(el("td", name + ((body.required || []).includes(name) ? " *" : "")),
                      el("td", describe(spec, s)), el("td", s.description || ""));
            t.append(tr);
          }
          sec.append(el("p", "JSON body:"), t);
        }
        sec.append(el("p", "Responses: " + Object.entries(op.responses || {})
          .map(([code, r]) => `${code} ${r.description}`).join("; ")));
        if (method === "get" && !path.includes("{")) {
          const a = el("a", "Try it: " + path, { href: path });
          sec.append(el("p")); sec.lastChild.append(a);
        }
        root.append(sec);
      }
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
