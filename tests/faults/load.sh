#!/usr/bin/env bash
# The load check (issue 15; docs/security.md, "Measured"): 256 connections for 60 s against the published
# app in Production on loopback, with the default limits. Passes when there are zero errors (socket
# errors and non-2xx answers) and the process's peak RSS stays under RSS_LIMIT_MB.
#
#   tests/faults/load.sh                                   publish, then 256 connections for 60 s
#   APP_DIR=… CONNECTIONS=256 DURATION=60 RSS_LIMIT_MB=600 tests/faults/load.sh
#   WARM=0 …                 no warm-up by this script: the first burst meets the instance as /healthz
#                            hands it over, warmed by the app itself (Explorer:WarmUp)
#   WARM=0 APP_WARMUP=0 …    and the app's own warm-up off too: a cold instance (docs/security.md, "Load")
#   TIMEOUT=10s …            wrk's timeout per request (wrk's own default is 2 s)
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/ipx-load.XXXXXX)
PORT=${PORT:-5732}
CONNECTIONS=${CONNECTIONS:-256}
DURATION=${DURATION:-60}
RSS_LIMIT_MB=${RSS_LIMIT_MB:-600}
WARM=${WARM:-1}
APP_WARMUP=${APP_WARMUP:-1}
TIMEOUT=${TIMEOUT:-10s}
BASE="http://127.0.0.1:$PORT"
APP_PID=""
trap '[ -n "$APP_PID" ] && kill -TERM "$APP_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install -y wrk)"; exit 1; }

if [ -z "${APP_DIR:-}" ]; then
  dotnet publish "$ROOT/src/IranPakistan.Web" -c Release -o "$WORK/app" --nologo -v quiet >"$WORK/publish.log" 2>&1 \
    || { cat "$WORK/publish.log"; exit 1; }
  APP_DIR=$WORK/app
fi
ASPNETCORE_ENVIRONMENT=Production dotnet "$APP_DIR/IranPakistan.Web.dll" --contentRoot "$APP_DIR" --urls "$BASE" \
  --Explorer:DatabasePath="$WORK/data/explorer.db" --Explorer:SeedsPath="$ROOT/seeds" \
  --Explorer:WarmUp:Enabled="$([ "$APP_WARMUP" = 1 ] && echo true || echo false)" >"$WORK/app.log" 2>&1 &
APP_PID=$!
# Ready once the import (if any) and the app's warm-up (at most Explorer:WarmUp:Timeout, 60 s) are done.
start=$SECONDS
for _ in $(seq 1 900); do curl -s "$BASE/healthz" | grep -qx 'Healthy' && break; sleep 0.2; done
echo "Healthy after $((SECONDS - start)) s"
grep -E 'Warming up|Warm-up' "$WORK/app.log"
# Every page once first, as on a running site: the check is of steady load, not of a cold JIT.
[ "$WARM" = 1 ] && for u in / /timeline /agreements /topics/trade /topics/security /actors /actors/iran /places /figures /map /actors/graph \
  /events/pakistan-strikes-saravan /sources/iran-pakistan-relations "/timeline?episode=january-2024-strikes" "/agreements?status=stalled"; do
  curl -s -o /dev/null -H 'Accept-Encoding: br, gzip' "$BASE$u"
done
rss() { awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$APP_PID/status"; }
threads() { awk '/^Threads/ {print $2}' "/proc/$APP_PID/status"; }
rss_start=$(rss)
peak=$rss_start
# Each second: RSS (MB) and the process's thread count (a thread pool starved by blocked threads grows
# by about one thread a second; CPU-bound work does not make it grow).
( while kill -0 "$APP_PID" 2>/dev/null; do echo "$(rss) $(threads)"; sleep 1; done ) >"$WORK/rss" &
sampler=$!
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout "$TIMEOUT" --latency -s "$ROOT/tests/faults/load.lua" "$BASE" | tee "$WORK/wrk.out"
kill "$sampler" 2>/dev/null
peak=$(cut -d' ' -f1 "$WORK/rss" | sort -n | tail -1)
echo "threads each second: $(cut -d' ' -f2 "$WORK/rss" | xargs)"
grep -E ' (WRN|ERR)\] ' "$WORK/app.log" | grep -iE 'heartbeat|starv' | head -3
rss_end=$(rss)
errors=$(awk '/^errors/ {print $2}' "$WORK/wrk.out")
not_ok=$(awk '/^status/ && $2 !~ /^2/ {n += $3} END {print n + 0}' "$WORK/wrk.out")
echo "RSS: ${rss_start} MB after start, peak ${peak} MB, ${rss_end} MB at the end (limit ${RSS_LIMIT_MB} MB)"
echo "socket errors: ${errors}, answers other than 2xx: ${not_ok}"
if grep -q ' ERR\] ' "$WORK/app.log"; then echo "the app logged errors:"; grep ' ERR\] ' "$WORK/app.log" | head; exit 1; fi
[ "${errors:-1}" -eq 0 ] && [ "$not_ok" -eq 0 ] && [ "$peak" -le "$RSS_LIMIT_MB" ] && echo "load: PASS" || { echo "load: FAIL"; exit 1; }
