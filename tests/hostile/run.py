#!/usr/bin/env python3
"""Sends the hostile-input corpus (requests.txt) to a running app and checks every answer (issue 15):
no 5xx, a body on every answer that may have one, no payload reflected unescaped, no header injected,
none slower than the limit. Python's standard library only; raw sockets, so any method and any target.

    tests/hostile/run.py http://127.0.0.1:5391 [--workers 4] [--limit-ms 1000]
"""
import argparse, concurrent.futures, pathlib, socket, sys, time, urllib.parse

HERE = pathlib.Path(__file__).parent
MARKERS = ["<script>alert(1)</script>", "<svg onload=alert(1)>", "<img src=x onerror=alert(1)>"]


def send(host, port, method, target, timeout):
    request = (f"{method} {target} HTTP/1.1\r\nHost: {host}:{port}\r\nUser-Agent: hostile-corpus\r\n"
               f"Accept-Encoding: identity\r\nConnection: close\r\n\r\n").encode("latin-1")
    started = time.monotonic()
    with socket.create_connection((host, port), timeout=timeout) as s:
        s.sendall(request)
        data = bytearray()
        while chunk := s.recv(65536):
            data += chunk
    elapsed = time.monotonic() - started
    head, _, body = bytes(data).partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers = [l.split(":", 1) for l in lines[1:] if ":" in l]
    if any(k.strip().lower() == "transfer-encoding" and "chunked" in v.lower() for k, v in headers):
        body = dechunk(body)
    return status, headers, body, elapsed


def dechunk(body):
    out, rest = bytearray(), body
    while rest:
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out += rest[:size]
        rest = rest[size + 2:]
    return bytes(out)


def check(line, host, port, limit):
    method, target = line.split("\t", 1)
    try:
        status, headers, body, elapsed = send(host, port, method, target, timeout=30)
    except Exception as e:  # a reset or a timeout is a failure too
        return line, [f"no answer: {e!r}"], 0.0, 0
    problems = []
    header = {k.strip().lower(): v.strip() for k, v in headers}
    # Kestrel refuses a malformed request line (a raw NUL, a target of "*") before the app sees it, with
    # an empty 400 or 405 that no app code can give a body; counted apart, not as a pass or a failure
    # of the app. Every answer of the app carries its Content-Security-Policy.
    if "content-security-policy" not in header and status in (400, 405) and not body:
        return line, None, elapsed, status
    if status >= 500:
        problems.append(f"status {status}")
    if not body and method != "HEAD" and status not in (101, 204, 304):
        problems.append(f"empty body with status {status}")
    text = body.decode("utf-8", "replace")
    decoded = urllib.parse.unquote(target)
    # Script runs only where HTML is parsed; JSON answers (application/json with nosniff) escape
    # HTML-significant characters all the same, so a payload is found raw in neither.
    content_type = header.get("content-type", "")
    markup = content_type.startswith("text/html") or "json" in content_type
    for marker in MARKERS:
        if markup and marker in decoded and marker in text:
            problems.append(f"reflected unescaped: {marker}")
    if any(k.strip().lower() == "set-cookie" and "x=1" in v for k, v in headers):
        problems.append("header injected: Set-Cookie x=1")
    if elapsed > limit:
        problems.append(f"slow: {elapsed * 1000:.0f} ms")
    return line, problems, elapsed, status


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--limit-ms", type=int, default=1000)
    args = parser.parse_args()
    base = urllib.parse.urlsplit(args.base)
    corpus = (HERE / "requests.txt").read_text(encoding="utf-8").splitlines()
    failures, statuses, slowest, refused = [], {}, (0.0, ""), []
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(args.workers) as pool:
        for line, problems, elapsed, status in pool.map(lambda l: check(l, base.hostname, base.port, args.limit_ms / 1000), corpus):
            statuses[status] = statuses.get(status, 0) + 1
            slowest = max(slowest, (elapsed, line))
            if problems is None:
                refused.append(line)
            elif problems:
                failures.append(f"{line.replace(chr(9), ' ')[:160]}: {'; '.join(problems)}")
    took = time.monotonic() - started
    print(f"hostile corpus: {len(corpus)} requests in {took:.1f} s; statuses "
          + ", ".join(f"{k}×{v}" for k, v in sorted(statuses.items()))
          + f"; slowest {slowest[0] * 1000:.0f} ms ({slowest[1].replace(chr(9), ' ')[:80]})")
    if refused:
        print(f"refused by Kestrel before the app (malformed request line, empty by design): {len(refused)}: "
              + ", ".join(r.replace(chr(9), ' ')[:40] for r in refused[:6]))
    for failure in failures[:30]:
        print("  FAIL " + failure)
    print(f"hostile corpus: {len(corpus) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
