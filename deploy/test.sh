#!/usr/bin/env bash
# The proof for deploy/ (docs/deploy.md): two instances behind nginx on loopback, started with
# deploy/run-local.sh's functions, then a PASS or FAIL line for each check:
#
#   (a)  pages served by both instances: 40 GETs through nginx reach both, all 200, and every URL has
#        the same bytes and the same ETag from either instance
#   (b)  an island started through nginx works (headless Chromium: type, suggestion, ArrowDown, Enter)
#   (b2) an island whose instance stops: the reconnect notice shows, the search box still works as a
#        plain form, and the next page's island starts on an instance that is up
#   (c)  SIGTERM to one instance under steady load: no request fails, the other serves the rest
#   (c2) kill -9 under the same load: reported (REPORT line), not judged
#
# Exits non-zero on any FAIL. Everything listens on 127.0.0.1 only; every process and the work folder
# go when it ends. Settings: run-local.sh's (DEPLOY_*), plus DEPLOY_TEST_LIMIT (seconds the checks
# may take after the publish, default 240) and DEPLOY_LOAD_SECONDS (each load run, default 12).
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=deploy/run-local.sh
source ./run-local.sh

LIMIT=${DEPLOY_TEST_LIMIT:-240}
# Every request of the load checks comes from one reader (this machine, through nginx), which the
# per-reader search/API limit would rightly throttle with 429s; these checks are about instances
# draining, not about limits (tests/faults/run.sh checks those), so the instances run without it.
DEPLOY_APP_ARGS=${DEPLOY_APP_ARGS:---Explorer:Limits:RequestsPerWindow=0}
LOAD_SECONDS=${DEPLOY_LOAD_SECONDS:-12}
PASSED=0 FAILED=0
WATCHDOG=""
STARTED=$SECONDS

pass() { PASSED=$((PASSED + 1)); printf 'PASS %s\n' "$*"; }
fail() { FAILED=$((FAILED + 1)); printf 'FAIL %s\n' "$*"; }
say() { printf '     %s\n' "$*"; }

stop_all() {
  local status=$?
  set +e
  if [[ -n $WATCHDOG ]]; then
    kill -TERM "$WATCHDOG" 2>/dev/null
    wait "$WATCHDOG" 2>/dev/null
  fi
  deploy_cleanup "$status"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'echo "FAIL the checks took longer than ${LIMIT} s" >&2; exit 124' TERM

# What the checks need beyond run-local.sh's: wrk, Chromium, Node with playwright-core.
need() {
  command -v "$1" >/dev/null && return 0
  if [[ $EUID -ne 0 ]] || ! command -v apt-get >/dev/null; then
    deploy_die "$1 not found (apt-get install $2)"
  fi
  deploy_log "installing $2"
  apt-get install -y -qq "$2" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }
}
need wrk wrk
need chromium chromium
need node nodejs
need npm npm
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  deploy_log "npm ci (playwright-core) in deploy/"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null
fi

address() { echo "127.0.0.1:${DEPLOY_INSTANCE_PORT[$1]}"; }

# Waits until nginx sends requests to instance $1 again (it rests a failed instance for fail_timeout).
wait_in_rotation() {
  local want deadline=$((SECONDS + 25)) by
  want=$(address "$1")
  while ((SECONDS < deadline)); do
    by=$(curl -s -o /dev/null -w '%header{x-served-by}' --max-time 5 "$DEPLOY_URL/healthz" || true)
    [[ $by == "$want" ]] && return 0
    sleep 0.5
  done
  deploy_log "instance $1 is not back in nginx's rotation"
  return 1
}

restart() {
  deploy_start_instance "$1"
  wait_in_rotation "$1"
}

deploy_configure
deploy_publish
PUBLISHED=$SECONDS
# Ends the run (TERM to this shell, then the EXIT trap stops everything) if the checks hang.
watchdog() {
  local nap=""
  trap 'kill "$nap" 2>/dev/null; exit 0' TERM
  for ((i = 0; i < LIMIT; i++)); do
    sleep 1 &
    nap=$!
    wait "$nap"
  done
  kill -TERM $$
}
watchdog &
WATCHDOG=$!
deploy_start
UP=$SECONDS
A=$(address a) B=$(address b)
echo
echo "nginx $DEPLOY_URL → a $A, b $B; nginx $("$NGINX" -v 2>&1 | sed 's|.*/||'), $(chromium --version 2>/dev/null | head -1)"
echo

# --- (a) ------------------------------------------------------------------------------------------
pages=(/ /timeline /agreements /topics/trade /topics/security /actors /places /figures "/search?q=gas" /api/events)
record=$DEPLOY_DIR/pages.txt
: >"$record"
for url in "${pages[@]}"; do
  for _ in 1 2 3 4; do
    line=$(curl -s -o "$DEPLOY_DIR/body" -H 'Accept-Encoding: br, gzip' --max-time 10 \
      -w '%{http_code}|%header{x-served-by}|%header{etag}' "$DEPLOY_URL$url" || echo "000||")
    echo "$url|$line|$(sha256sum <"$DEPLOY_DIR/body" | cut -c1-16)" >>"$record"
  done
done
summary=$(awk -F'|' -v a="$A" -v b="$B" '
  { n++; if ($2 != "200") bad++; by[$3]++; seen[$1 SUBSEP $3] = 1; sha[$1 SUBSEP $5] = 1; tag[$1 SUBSEP $4] = 1; urls[$1] = 1 }
  END {
    for (k in sha) { split(k, p, SUBSEP); shas[p[1]]++ }
    for (k in tag) { split(k, p, SUBSEP); tags[p[1]]++ }
    for (u in urls) if (!((u SUBSEP a) in seen) || !((u SUBSEP b) in seen) || shas[u] != 1 || tags[u] != 1) odd = odd " " u
    printf "%d %d %d %d %s\n", n, bad + 0, by[a] + 0, by[b] + 0, odd
  }' "$record")
read -r total bad from_a from_b odd <<<"$summary"
etags=$(cut -d'|' -f4 "$record" | sort -u | paste -sd' ' -)
if [[ $total -eq 40 && $bad -eq 0 && $from_a -gt 0 && $from_b -gt 0 && -z $odd ]]; then
  pass "(a) pages served by both instances: $total GETs of ${#pages[@]} URLs, all 200, $from_a from a and $from_b from b; each URL the same bytes and ETag from both"
else
  fail "(a) pages served by both instances: $total GETs, $bad not 200, $from_a from a, $from_b from b; URLs differing or not seen from both:${odd:- none}"
fi
say "ETags (br, one content version on both instances): $etags"
say "databases: $(stat -c '%n (inode %i, %s bytes)' "$DEPLOY_DIR"/a/explorer.db "$DEPLOY_DIR"/b/explorer.db | sed "s|$DEPLOY_DIR/||g" | paste -sd' ' -)"

# --- (b), (b2): one Chromium for both ----------------------------------------------------------------
if out=$(timeout 120 node island-check.mjs "$DEPLOY_URL" "a=$A=${DEPLOY_PID[a]}" "b=$B=${DEPLOY_PID[b]}" 2>&1); then :; fi
report() { # $1: search or failover; prints "ok" then the steps, or the raw output when it is no JSON
  node -e '
    const r = JSON.parse(require("fs").readFileSync(0, "utf8"))[process.argv[1]] ?? { ok: false, steps: ["not run"] };
    console.log(r.ok ? "ok" : "failed");
    for (const s of r.steps ?? []) console.log(s);
    if (r.error) console.log("error: " + r.error.split("\n")[0]);' "$1" <<<"$out" 2>/dev/null || { echo failed; echo "$out"; }
}
mapfile -t lines < <(report search)
if [[ ${lines[0]} == ok ]]; then
  pass "(b) an island started through nginx works: live, suggests, ArrowDown + Enter opens the suggestion"
else
  fail "(b) an island started through nginx works"
fi
for s in "${lines[@]:1}"; do say "$s"; done
mapfile -t lines < <(report failover)
if [[ ${lines[0]} == ok ]]; then
  pass "(b2) an island whose instance stops: reconnect notice, the plain form still works, the next island starts elsewhere"
else
  fail "(b2) an island whose instance stops"
fi
for s in "${lines[@]:1}"; do say "$s"; done
killed=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(0, "utf8")).killed ?? "")' <<<"$out" 2>/dev/null || true)
if [[ $killed == a || $killed == b ]]; then
  deploy_stop_instance "$killed"
  restart "$killed"
  say "instance $killed restarted, warmed and back in nginx's rotation"
fi

# --- (c), (c2) ------------------------------------------------------------------------------------
# Steady GETs through nginx for LOAD_SECONDS; at a third of it, signal $1 to instance $2. Sets the
# globals read below.
load_with_stop() {
  local signal=$1 victim=$2 log=$DEPLOY_DIR/nginx/logs/access.log first_line
  first_line=$(($(wc -l <"$log") + 1))
  wrk -t1 -c4 -d"${LOAD_SECONDS}s" --timeout 10s -s load.lua "$DEPLOY_URL" -- 5 >"$DEPLOY_DIR/wrk.txt" 2>&1 &
  local wrk_pid=$!
  sleep $((LOAD_SECONDS / 3))
  deploy_stop_instance "$victim" "$signal"
  stopped_at=$(date +%s.%N)
  wait "$wrk_pid" || true
  sleep 0.2
  drain=$DEPLOY_LAST_STOP_SECONDS exit_status=$DEPLOY_LAST_STOP_STATUS
  requests=$(awk '$1 == "result" && $2 == "requests" { print $3 }' "$DEPLOY_DIR/wrk.txt")
  socket_errors=$(awk '$1 == "result" && $2 == "socket_errors" { print $3, $4, $5, $6 }' "$DEPLOY_DIR/wrk.txt")
  non_2xx=$(awk '$1 == "result" && $2 == "non_2xx_3xx" { print $3 }' "$DEPLOY_DIR/wrk.txt")
  statuses=$(awk '$1 == "result" && $2 == "status" { printf "%s%s×%s", sep, $4, $3; sep = " " }' "$DEPLOY_DIR/wrk.txt")
  p99=$(awk '$1 == "result" && $2 == "latency_p99_ms" { print $3 }' "$DEPLOY_DIR/wrk.txt")
  # nginx's view of the same requests: which instance answered each, and how many it retried.
  # 499 is nginx's "the client closed the connection": wrk does, for the requests it still has in
  # flight when its time is up. Those are counted apart, not as failures.
  read -r logged not_200 cancelled retried by_victim_after by_victim by_other <<<"$(tail -n +"$first_line" "$log" | awk \
    -v v="$(address "$victim")" -v t="$stopped_at" '
    { n++; if ($2 == "499") { cancelled++; next } if ($2 != "200") bad++
      line = $0; sub(/.*upstream=/, "", line); sub(/ upstream_status=.*/, "", line)
      if (line ~ /,/) retried++
      k = split(line, ups, /, */); last = ups[k]
      if (last == v) { victim++; if ($1 > t) after++ } else other++ }
    END { printf "%d %d %d %d %d %d %d\n", n, bad + 0, cancelled + 0, retried + 0, after + 0, victim + 0, other + 0 }')"
  failed_socket=$(awk '{ s = 0; for (i = 1; i <= NF; i++) { split($i, kv, "="); s += kv[2] } print s }' <<<"$socket_errors")
}

other_of() { [[ $1 == a ]] && echo b || echo a; }

victim=b
load_with_stop TERM "$victim"
say "load: ${LOAD_SECONDS} s, 4 connections; SIGTERM to $victim at $((LOAD_SECONDS / 3)) s; it drained and exited in ${drain} s (status $exit_status)"
say "wrk: $requests requests, statuses ${statuses:-none}, non-2xx $non_2xx, socket errors $socket_errors, p99 ${p99} ms"
say "nginx: $logged logged, $not_200 not 200 ($cancelled cancelled by wrk at its end), $retried retried on the other instance; answered by $victim $by_victim (after it exited: $by_victim_after), by $(other_of "$victim") $by_other"
if [[ $failed_socket -eq 0 && $non_2xx -eq 0 && $not_200 -eq 0 && $by_victim -gt 0 && $by_victim_after -eq 0 && $by_other -gt 0 && $exit_status -eq 0 ]]; then
  pass "(c) SIGTERM to one instance under load: no request failed, the other instance served the rest"
else
  fail "(c) SIGTERM to one instance under load: $failed_socket socket errors, $non_2xx non-2xx (wrk), $not_200 not 200 (nginx), $by_victim_after answered by the stopped instance after it exited, exit status $exit_status"
fi

restart "$victim"
load_with_stop KILL "$victim"
say "load: ${LOAD_SECONDS} s, 4 connections; kill -9 to $victim at $((LOAD_SECONDS / 3)) s"
say "wrk: $requests requests, statuses ${statuses:-none}, non-2xx $non_2xx, socket errors $socket_errors, p99 ${p99} ms"
say "nginx: $logged logged, $not_200 not 200 ($cancelled cancelled by wrk at its end), $retried retried on the other instance; answered by $victim $by_victim, by $(other_of "$victim") $by_other"
echo "REPORT (c2) kill -9 under load: $((failed_socket + non_2xx)) of $requests requests failed ($retried retried by nginx)"

echo
echo "took $((SECONDS - STARTED)) s: publish $((PUBLISHED - STARTED)) s, databases + instances + nginx $((UP - PUBLISHED)) s, checks $((SECONDS - UP)) s"
echo "$PASSED passed, $FAILED failed"
((FAILED == 0))
