#!/usr/bin/env python3
"""Tables for bench/http/run.sh, printed from its results file.

    report.py RESULTS url PATH      one URL's repetitions: app vs nginx (and baseline)
    report.py RESULTS miss|stress|memory|cold
    report.py RESULTS summary       the markdown block for docs/performance.md

RESULTS has one measurement per line: tab-separated key=value fields, the first being
section=compare|body|miss|stress|memory|cold|info. run.sh writes it; this script only reads it,
so every figure is formatted in one place.
"""

import statistics
import sys
from collections import defaultdict

# The order servers appear in, in tables and in run.sh's interleaving.
SERVERS = ["base", "app", "nginx"]
LABEL = {"base": "baseline", "app": "app", "nginx": "nginx"}


# ---------------------------------------------------------------------------------------------
# Reading


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                rows.append(dict(field.split("=", 1) for field in line.split("\t")))
    return rows


def num(row, key):
    return float(row[key])


def cpu_ms(row):
    return num(row, "cpu_ticks") * 1000 / num(row, "clk_tck")


def cpu_ms_per_request(row):
    requests = num(row, "requests")
    return cpu_ms(row) / requests if requests else float("nan")


def errors(row):
    return sum(int(row[k]) for k in ("non2xx", "connect", "read", "write", "timeout"))


def error_detail(row):
    parts = [f"{k} {row[k]}" for k in ("non2xx", "connect", "read", "write", "timeout") if int(row[k])]
    return ", ".join(parts) or "none"


def median(values):
    values = [v for v in values if v == v]  # drop NaN
    return statistics.median(values) if values else float("nan")


# ---------------------------------------------------------------------------------------------
# Formatting


def f_rate(x):
    """Requests per second: enough digits to compare, never more."""
    if x != x:
        return "–"
    return f"{x:.0f}" if x >= 100 else f"{x:.1f}" if x >= 10 else f"{x:.2f}"


def f_ms(x):
    if x != x:
        return "–"
    return f"{x:.0f}" if x >= 100 else f"{x:.1f}" if x >= 10 else f"{x:.2f}" if x >= 1 else f"{x:.3f}"


def f_ratio(x):
    return "–" if x != x else f"{x:.3g}"


def f_kb(n):
    return f"{n / 1024:.1f} KB"


def f_load(rows):
    loads = [num(r, "load1") for r in rows]
    if not loads:
        return "–"
    low, high = min(loads), max(loads)
    return f"{low:.2f}" if low == high else f"{low:.2f}–{high:.2f}"


def text_table(headers, rows, left=(0,)):
    """Columns aligned; the columns numbered in left are text, the others numbers (right-aligned)."""
    widths = [max(len(str(c)) for c in column) for column in zip(headers, *rows)]
    lines = []
    for i, row in enumerate([headers, *rows]):
        cells = [str(c).ljust(w) if j in left else str(c).rjust(w) for j, (c, w) in enumerate(zip(row, widths))]
        lines.append("  " + "  ".join(cells).rstrip())
        if i == 0:
            lines.append("  " + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(headers, rows, align=None):
    align = align or ["---"] + ["---:"] * (len(headers) - 1)
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Per-URL comparison


def compare_rows(rows, path):
    """{rep: {server: row}} for one URL."""
    reps = defaultdict(dict)
    for r in rows:
        if r["section"] == "compare" and r["path"] == path:
            reps[int(r["rep"])][r["server"]] = r
    return dict(sorted(reps.items()))


def servers_in(reps):
    present = {s for by_server in reps.values() for s in by_server}
    return [s for s in SERVERS if s in present]


def ratio(by_server, a, b):
    if a in by_server and b in by_server and num(by_server[b], "rps"):
        return num(by_server[a], "rps") / num(by_server[b], "rps")
    return float("nan")


def body_line(rows, path):
    parts = []
    for r in rows:
        if r["section"] == "body" and r["path"] == path:
            encoding = r["content_encoding"] or "identity"
            parts.append(f"{LABEL[r['build']]} {f_kb(int(r['bytes']))} {encoding}, {r['content_type']}")
    return "; ".join(parts)


def latency_ms(row, key):
    """A wrk percentile in ms; none when no request completed (wrk then reports 0)."""
    return num(row, key) / 1000 if num(row, "requests") else float("nan")


def print_url(rows, path):
    """One row per repetition and server, in the order they ran; the ratios on the app's row."""
    reps = compare_rows(rows, path)
    if not reps:
        print(f"{path}: no measurements")
        return
    servers = servers_in(reps)
    has_base = "base" in servers
    headers = ["rep", "server", "load1", "req/s", "p50 ms", "p99 ms", "CPU ms/req", "errors", "app/nginx"]
    headers += ["app/baseline"] if has_base else []
    table, notes = [], []
    for rep, by in reps.items():
        for s in servers:
            if s not in by:
                continue
            r = by[s]
            line = [rep, LABEL[s], f"{num(r, 'load1'):.2f}", f_rate(num(r, "rps")), f_ms(latency_ms(r, "p50_us")),
                    f_ms(latency_ms(r, "p99_us")), f_ms(cpu_ms_per_request(r)), errors(r)]
            line += [f_ratio(ratio(by, "app", "nginx")) if s == "app" else ""]
            line += [f_ratio(ratio(by, "app", "base")) if s == "app" else ""] if has_base else []
            table.append(line)
            if errors(r):
                notes.append(f"  rep {rep} {LABEL[s]} errors: {error_detail(r)}")
    print(f"{path}  ({body_line(rows, path)})")
    print(text_table(headers, table, left=(0, 1)))
    for note in notes:
        print(note)
    summary = f"  median app/nginx {f_ratio(median([ratio(by, 'app', 'nginx') for by in reps.values()]))}"
    if has_base:
        summary += f", app/baseline {f_ratio(median([ratio(by, 'app', 'base') for by in reps.values()]))}"
    medians = ", ".join(
        f"{LABEL[s]} {f_rate(median([num(by[s], 'rps') for by in reps.values() if s in by]))}" for s in servers)
    print(f"{summary}   median req/s: {medians}")


def url_medians(rows, path):
    """Median figures of one URL, as used in the summary."""
    reps = compare_rows(rows, path)

    def med(server, value):
        return median([value(by[server]) for by in reps.values() if server in by])

    return {
        "rps": {s: med(s, lambda r: num(r, "rps")) for s in SERVERS},
        "p50": med("app", lambda r: latency_ms(r, "p50_us")),
        "p99": med("app", lambda r: latency_ms(r, "p99_us")),
        "cpu": med("app", cpu_ms_per_request),
        "errors": sum(errors(by["app"]) for by in reps.values() if "app" in by),
        "app/nginx": median([ratio(by, "app", "nginx") for by in reps.values()]),
        "app/base": median([ratio(by, "app", "base") for by in reps.values()]),
    }


# ---------------------------------------------------------------------------------------------
# Extra measurements. Each returns (row label, {build: text}, target) lines, shared by the
# section printouts and the summary.


def builds_in(rows, section):
    present = {r["build"] for r in rows if r["section"] == section}
    return [b for b in ("app", "base") if b in present]


MISS_KINDS = {
    "distinct": "{count} distinct URLs ({first} … {last}), first request each (cache miss)",
    "again": "the same {count} URLs again (cache hit, if cached)",
    "same": "one URL ({first}) × {count} (cache hit, if cached)",
}


def miss_lines(rows):
    lines = []
    for kind, label in MISS_KINDS.items():
        found = {r["build"]: r for r in rows if r["section"] == "miss" and r["kind"] == kind}
        if not found:
            continue
        any_row = next(iter(found.values()))
        texts = {}
        for build, r in found.items():
            count, ok = int(r["count"]), int(r["ok"])
            text = (f"CPU {f_ms(cpu_ms(r) / count)} ms/req, {f_ms(num(r, 'wall_us') / 1000 / count)} ms/req wall, "
                    f"{f_kb(int(r['bytes']) / count)} avg")
            if ok != count:
                text += f", **{count - ok} not 200**"
            texts[build] = text + f" (load {num(r, 'load1'):.2f})"
        lines.append(("/timeline: " + label.format(**any_row), texts, ""))
    return lines


def stress_lines(rows):
    found = {r["build"]: r for r in rows if r["section"] == "stress"}
    if not found:
        return []
    any_row = next(iter(found.values()))
    load = {b: f" (load {num(r, 'load1'):.2f})" for b, r in found.items()}
    title = f"stress: c{any_row['connections']}, {any_row['seconds']} s, all URLs in turn"
    return [
        (f"{title}: req/s, p50/p99 ms, CPU ms/req",
         {b: f"{f_rate(num(r, 'rps'))} req/s, {f_ms(latency_ms(r, 'p50_us'))}/{f_ms(latency_ms(r, 'p99_us'))} ms, "
             f"CPU {f_ms(cpu_ms_per_request(r))}" + load[b] for b, r in found.items()}, ""),
        ("stress: non-2xx/3xx responses", {b: r["non2xx"] for b, r in found.items()}, "0"),
        ("stress: socket errors connect/read/write/timeout",
         {b: f"{r['connect']}/{r['read']}/{r['write']}/{r['timeout']}" for b, r in found.items()}, "0/0/0/0"),
    ]


def memory_lines(rows):
    by_build = defaultdict(dict)
    for r in rows:
        if r["section"] == "memory":
            by_build[r["build"]][r["when"]] = r
    texts, after_label = {}, "after"
    for build, points in by_build.items():
        if "start" not in points or "after" not in points:
            continue
        start, after = int(points["start"]["rss_kb"]), int(points["after"]["rss_kb"])
        after_label = points["after"]["label"]
        texts[build] = (f"{start / 1024:.0f} → {after / 1024:.0f} MB ({after / start:.2f}×) "
                        f"(load {num(points['start'], 'load1'):.2f} → {num(points['after'], 'load1'):.2f})")
    return [(f"RSS after start → {after_label} (ratio)", texts, "≤ 1.5×")] if texts else []


def cold_lines(rows):
    lines = []
    for kind, label in (("existing", "existing database"), ("fresh", "fresh import")):
        texts = {}
        for build in ("app", "base"):
            runs = [r for r in rows if r["section"] == "cold" and r["kind"] == kind and r["build"] == build]
            if not runs:
                continue
            ms = [num(r, "ms") for r in runs if r["ms"] != "failed"]
            failed = len(runs) - len(ms)
            text = (f"median {median(ms):.0f} ms ({min(ms):.0f}–{max(ms):.0f}, {len(ms)} runs)" if ms else "–")
            if failed:
                text += f", **{failed} failed**"
            texts[build] = text + f" (load {f_load(runs)})"
        if texts:
            lines.append((f"cold start to first 200 on /, {label}", texts, ""))
    return lines


SECTIONS = {"miss": miss_lines, "stress": stress_lines, "memory": memory_lines, "cold": cold_lines}


def print_section(rows, section):
    lines = SECTIONS[section](rows)
    builds = [b for b in ("app", "base") if any(b in texts for _, texts, _ in lines)]
    for label, texts, target in lines:
        print(f"  {label}" + (f"   [target {target}]" if target else ""))
        for build in builds:
            print(f"    {LABEL[build]:<9} {texts.get(build, '–')}")


# ---------------------------------------------------------------------------------------------
# Summary


def print_summary(rows):
    info = next((r for r in rows if r["section"] == "info"), {})
    paths = list(dict.fromkeys(r["path"] for r in rows if r["section"] == "compare"))
    has_base = any(r["section"] == "compare" and r["server"] == "base" for r in rows)
    measured = [r for r in rows if "load1" in r and r["section"] != "info"]

    print(f"### HTTP benchmark, {info.get('date', '?')}")
    print()
    print(f"- Machine: {info.get('machine', '?')}")
    print(f"- App: {info.get('app', '?')}" + (f"; baseline: {info.get('base', '?')}" if has_base else ""))
    print(f"- Method: {info.get('method', '?')}")
    for build in ("app", "base"):
        rounds = [r for r in rows if r["section"] == "warmup" and r["build"] == build]
        if rounds:
            print(f"- Warm-up ({LABEL[build]}, rounds of all URLs in turn until steady): "
                  + " → ".join(f_rate(num(r, "rps")) for r in rounds) + " req/s")
    print(f"- Load average (1 min) when measurements started: {f_load(measured)}"
          f" (before the build, at the start of the run: {info.get('load_start', '?')})")
    print()
    if paths:
        headers = ["URL", "body", "app req/s", "nginx req/s", "app/nginx", "app p50 ms", "app p99 ms",
                   "app CPU ms/req", "app errors"]
        if has_base:
            headers += ["baseline req/s", "app/baseline"]
        table = []
        for path in paths:
            m = url_medians(rows, path)
            size = next((f_kb(int(r["bytes"])) for r in rows
                         if r["section"] == "body" and r["build"] == "app" and r["path"] == path), "–")
            line = [f"`{path}`", size, f_rate(m["rps"]["app"]), f_rate(m["rps"]["nginx"]), f_ratio(m["app/nginx"]),
                    f_ms(m["p50"]), f_ms(m["p99"]), f_ms(m["cpu"]), m["errors"]]
            if has_base:
                line += [f_rate(m["rps"]["base"]), f_ratio(m["app/base"])]
            table.append(line)
        print(markdown_table(headers, table))
        print()
        print("Medians over the repetitions; app/nginx and app/baseline are medians of the per-repetition ratios.")
        print()
    extra = [line for section in SECTIONS.values() for line in section(rows)]
    if extra:
        builds = ["app", "base"] if any("base" in texts for _, texts, _ in extra) else ["app"]
        headers = ["measurement"] + [LABEL[b] for b in builds] + ["target"]
        table = [[label] + [texts.get(b, "–") for b in builds] + [target or ""] for label, texts, target in extra]
        print(markdown_table(headers, table, ["---"] * len(headers)))


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    rows = load(argv[1])
    command = argv[2]
    if command == "url":
        print_url(rows, argv[3])
    elif command in SECTIONS:
        print_section(rows, command)
    elif command == "summary":
        print_summary(rows)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
