#!/usr/bin/env python3
"""Writes requests.txt: the hostile-input corpus (issue 15), one request per line as
METHOD<TAB>TARGET, over every route, every query key a page reads and every method.
Deterministic: the same corpus every time (run it after adding a route or a query key)."""
import itertools, pathlib, urllib.parse

HERE = pathlib.Path(__file__).parent

# Every route, with a real slug and a made-up one.
PAGES = ["/", "/topics/security", "/topics/no-such-topic", "/timeline", "/events/iran-strike-jaish-al-adl-baluchistan",
         "/events/no-such-event", "/agreements", "/agreements/joint-film-production-mou", "/agreements/nope",
         "/actors", "/actors/iran", "/actors/nope", "/actors/graph", "/places", "/places/taftan", "/places/nope",
         "/map", "/figures", "/sources", "/sources/iran-pakistan-relations", "/sources/nope", "/search",
         "/error", "/not-found", "/healthz", "/no/such/page", "/_blazor", "/_blazor/negotiate", "/_blazor/disconnect"]
APIS = ["/api/topics", "/api/topics/security", "/api/events", "/api/events/iran-strike-jaish-al-adl-baluchistan",
        "/api/agreements", "/api/agreements/nope", "/api/actors", "/api/actors/iran", "/api/actors/graph",
        "/api/places", "/api/places/taftan", "/api/sources/iran-pakistan-relations", "/api/search"]
# The query keys pages and the API read (Shared/Links/QueryKeys), and a few nobody reads.
KEYS = ["q", "kind", "status", "topic", "party", "actor", "episode", "from", "to", "place", "type", "quote",
        "page", "pageSize", "utm_source"]
PAYLOADS = [
    "<script>alert(1)</script>", "\"><svg onload=alert(1)>", "'\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
    "' OR 1=1 --", "\" OR \"\"=\"", "1; DROP TABLE Events; --", "*", "\"", "NEAR(", "a OR b AND", "^", "{}", "()",
    "%00", "%", "..%2F..%2Fetc%2Fpasswd", "../../etc/passwd", "-1", "0", "99999999999999999999", "1e309", "NaN",
    "2024-13-45", "0000-00", "9999-99-99", "\u202e\u0645\u0631\u062d\u0628\u0627", "\U0001F600" * 50, "A" * 3000,
    "{{7*7}}", "${7*7}", "@(1+1)", "\r\nSet-Cookie: x=1", "%0d%0aSet-Cookie:%20x=1", "\\", "//evil.example",
]
ODD_PATHS = ["/%2e%2e/%2e%2e/etc/passwd", "/topics/%00", "/topics/%ff%fe", "/events/" + "a" * 4000, "//", "/./",
             "/topics/security/", "/TOPICS/SECURITY", "/topics/security;jsessionid=1", "/actors/%3Cscript%3E",
             "/api/../healthz", "/api/events?page=-1", "/api/events?page=0", "/api/events?page=99999999",
             "/api/events?pageSize=100000", "/sources/iran-pakistan-relations?quote=" + "x" * 5000,
             "/search?q=" + "%22" * 500, "/search?q=" + "(" * 500, "/search?q=" + "NEAR%20" * 300,
             "/index.php", "/.env", "/.git/config", "/wp-login.php", "/web.config", "/appsettings.json",
             "/_framework/blazor.server.js.map", "/favicon.ico", "/robots.txt", "/sitemap.xml", "*"]
METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "FOO"]


def q(value):
    return urllib.parse.quote(value, safe="")


def lines():
    for path in PAGES + APIS:
        for method in METHODS:
            yield method, path
    for path, key, payload in itertools.product(PAGES[:6] + ["/search", "/agreements", "/actors/graph", "/map"] + APIS[4:5] + APIS[-1:],
                                                KEYS, PAYLOADS[:33]):
        if key in ("q", "from", "to", "kind", "topic", "type", "page") or payload in PAYLOADS[:4]:
            yield "GET", f"{path}?{key}={q(payload)}"
    for payload in PAYLOADS:
        yield "GET", f"/search?q={q(payload)}"
        yield "GET", f"/api/search?q={q(payload)}"
        yield "GET", f"/topics/{q(payload)}"
        yield "GET", f"/events/{q(payload)}"
        yield "GET", f"/sources/iran-pakistan-relations?quote={q(payload)}"
    for path in ODD_PATHS:
        for method in ("GET", "HEAD", "POST"):
            yield method, path


seen, out = set(), []
for method, target in lines():
    if (method, target) not in seen:
        seen.add((method, target))
        out.append(f"{method}\t{target}")
(HERE / "requests.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
print(f"{len(out)} requests")
