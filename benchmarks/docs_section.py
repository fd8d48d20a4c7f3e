"""Write a benchmark's results between its markers in a docs page (shared by the scripts).

Each script owns one section, `<!-- name:start -->` … `<!-- name:end -->`; re-running it
replaces that section and leaves the rest of the page alone.
"""

from __future__ import annotations

import platform
from pathlib import Path


def write_section(path: Path, start_mark: str, end_mark: str, section: str,
                  heading: str = "") -> None:
    """Replace the marked section of `path` with `section` (which carries its own markers),
    or append it (to `heading` for a new page) when the page has none yet."""
    old = path.read_text(encoding="utf-8") if path.exists() else heading
    s, e = old.find(start_mark), old.find(end_mark)
    if s >= 0 and e > s:
        new = old[:s] + section.rstrip("\n") + old[e + len(end_mark):]
    else:
        new = old.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"
    path.write_text(new, encoding="utf-8")


def cpu_model() -> str:
    """The CPU's model name (from /proc/cpuinfo on Linux), for the machine line of a report."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"
