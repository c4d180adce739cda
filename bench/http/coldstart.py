#!/usr/bin/env python3
"""One cold start for bench/http/run.sh.

    coldstart.py --url http://127.0.0.1:PORT/ --cwd DIR [--timeout S] [--log FILE] -- COMMAND...

Spawns COMMAND (the published app, with the environment it inherits), polls GET URL about every
10 ms until it answers 200, prints the milliseconds from spawn to that answer, and stops the app
again. Exit status 1 when the app exits or does not answer 200 within the timeout.

Polling from this one process (instead of a curl per poll from bash) keeps the clock in one place
and avoids spawning a process every 10 ms on the two cores the app is starting on.
"""

import argparse
import http.client
import signal
import subprocess
import sys
import time
import urllib.parse


def answers_200(host: str, port: int, path: str) -> bool:
    connection = http.client.HTTPConnection(host, port, timeout=10)
    try:
        connection.request("GET", path, headers={"Accept-Encoding": "br"})
        response = connection.getresponse()
        response.read()
        return response.status == 200
    except OSError:
        # Not listening yet (connection refused) or reset while starting.
        return False
    finally:
        connection.close()


def stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--cwd", required=True)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--log", default="/dev/null")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    url = urllib.parse.urlsplit(args.url)
    # run.sh stops this helper with SIGTERM when it is interrupted; exit through the finally below,
    # which stops the app, instead of dying and leaving the app running.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    with open(args.log, "ab") as log:
        started = time.monotonic()
        process = subprocess.Popen(command, cwd=args.cwd, stdout=log, stderr=subprocess.STDOUT)
        try:
            while time.monotonic() - started < args.timeout:
                if answers_200(url.hostname, url.port, url.path or "/"):
                    print(round((time.monotonic() - started) * 1000))
                    return 0
                if process.poll() is not None:
                    print(f"coldstart: the app exited with status {process.returncode}", file=sys.stderr)
                    return 1
                time.sleep(0.01)
            print(f"coldstart: no 200 from {args.url} within {args.timeout:g} s", file=sys.stderr)
            return 1
        finally:
            stop(process)


if __name__ == "__main__":
    sys.exit(main())
