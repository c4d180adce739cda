#!/usr/bin/env bash
# HTTP load benchmark: the published app against nginx serving the exact same response bytes, on
# this machine, interleaved, so every figure comes with a same-moment reference (the machine is
# shared and noisy; see bench/http/README.md for the method and the columns).
#
#   bench/http/run.sh                          publish the working tree and measure (~20 min)
#   QUICK=1 bench/http/run.sh                  check that everything works (~4 min)
#   APP_REF=HEAD bench/http/run.sh             publish a git ref (from a temporary worktree)
#   APP_DIR=/path/to/published bench/http/run.sh
#   BASELINE_REF=HEAD~5 bench/http/run.sh      also measure that ref, side by side: app/baseline
#   URLS="/ /timeline" REPS=5 SKIP_COLD=1 OUT_DIR=/tmp/bench bench/http/run.sh
#
# Exit status: 0 when everything was measured (performance targets are printed, never enforced);
# 1 when a measurement failed (a cold start that never answered); 2 when the benchmark could
# not run (a tool missing, the app not starting, nginx not serving identical bytes).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"

# ---------------------------------------------------------------------------------------------
# Options (environment variables). QUICK only fills in what was not set explicitly.

if [[ "${QUICK:-0}" == 1 ]]; then
    : "${DURATION:=3}" "${REPS:=1}" "${WARMUP:=2}" "${WARMUP_ROUNDS:=2}" "${STRESS_DURATION:=10}" "${COLD_RUNS:=2}"
    : "${MISS_FROM:=2000}" "${MISS_TO:=2030}"
fi
DEFAULT_URLS="/ /topics/trade /timeline /timeline?episode=january-2024-strikes /events/pakistan-strikes-saravan"
DEFAULT_URLS+=" /agreements?q=film /search?q=gas /api/events"
read -ra PATHS <<< "${URLS:-$DEFAULT_URLS}"
DURATION="${DURATION:-15}"                      # seconds per wrk run
REPS="${REPS:-3}"                               # interleaved repetitions per URL
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-64}"
# wrk leaves latencies above its timeout (default 2 s) out of the percentiles and counts them as
# timeouts; without an output cache a page can take longer than that at 64 connections.
WRK_TIMEOUT="${WRK_TIMEOUT:-10s}"
WARMUP="${WARMUP:-10}"                          # seconds per warm-up round (all URLs in turn)
WARMUP_ROUNDS="${WARMUP_ROUNDS:-5}"             # at most; see warm_up
STRESS_DURATION="${STRESS_DURATION:-60}"
STRESS_CONNECTIONS="${STRESS_CONNECTIONS:-256}"
COLD_RUNS="${COLD_RUNS:-5}"
MISS_FROM="${MISS_FROM:-1900}"                  # /timeline?from=MISS_FROM … MISS_TO, one request each
MISS_TO="${MISS_TO:-2100}"
APP_DIR="${APP_DIR:-}"
APP_REF="${APP_REF:-}"
BASELINE_REF="${BASELINE_REF:-}"
BASELINE_DIR="${BASELINE_DIR:-}"
OUT_DIR="${OUT_DIR:-}"                          # keep logs, wrk outputs, results and summary here

# ---------------------------------------------------------------------------------------------
# State, and cleanup of everything this script starts or creates

WORK=""
LOGS=""
RESULTS=""
CHILD=""                                        # the wrk or cold-start helper currently running
declare -A PID=()                               # server name (base, app, nginx) → process id
declare -A ORIGIN=()                            # server name → http://127.0.0.1:PORT
declare -A BUILD_DIR=() BUILD_SEEDS=() BUILD_LABEL=()
BUILDS=()                                       # the app builds, in measurement order: base app
ORDER=()                                        # BUILDS, then nginx: the interleaving per repetition
NGINX=""
NGINX_PIDS=()                                   # master and workers: their CPU is nginx's CPU
WORKTREES=()
PROBLEMS=0
LOAD_AT_START=""
WRK_FIELDS=""
SETTLE_TICKS=0
APP_ENV=()
CLK_TCK="$(getconf CLK_TCK)"

# Stops one of this script's own child processes: SIGTERM (the app shuts down gracefully, nginx's
# master stops its workers), SIGKILL only if it is still there after 10 s.
stop_process() {
    local pid="$1" _
    kill "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 100); do
        if ! kill -0 "$pid" 2>/dev/null; then
            wait "$pid" 2>/dev/null || true
            return 0
        fi
        sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local status=$? name wt
    trap - EXIT INT TERM
    [[ -n "$CHILD" ]] && stop_process "$CHILD"
    for name in "${!PID[@]}"; do
        stop_process "${PID[$name]}"
    done
    for wt in "${WORKTREES[@]}"; do
        git -C "$ROOT" worktree remove --force "$wt" >/dev/null 2>&1 \
            || echo "run.sh: could not remove the git worktree $wt (git worktree remove --force $wt)" >&2
    done
    [[ -n "$WORK" ]] && rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
# A signal must still end in cleanup; wrk and the cold-start helper run as background jobs
# (run_child) so that bash can act on the signal without waiting for them to finish.
trap 'exit 130' INT
trap 'exit 143' TERM

die() {
    echo "run.sh: $*" >&2
    exit 2
}

# Prints the last lines of a log, then dies with the message.
die_with_log() {
    echo "---- $1 (last 40 lines)" >&2
    tail -n 40 "$1" >&2 || true
    die "$2"
}

# Runs a command as a background job and waits for it (see the traps above).
run_child() {
    "$@" &
    CHILD=$!
    local status=0
    wait "$CHILD" || status=$?
    CHILD=""
    return "$status"
}

# ---------------------------------------------------------------------------------------------
# Small helpers

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

load1() {
    local one _
    read -r one _ < /proc/loadavg
    echo "$one"
}

now_us() {
    echo "${EPOCHREALTIME/./}"
}

# Appends one measurement to the results file as tab-separated key=value fields.
record() {
    local IFS=$'\t'
    echo "$*" >> "$RESULTS"
}

# The value of key $2 in a tab-separated key=value line $1.
field() {
    tr '\t' '\n' <<< "$1" | awk -v key="$2" 'index($0, key "=") == 1 { print substr($0, length(key) + 2); exit }'
}

# The value of response header $2 in the curl -D dump $1, or nothing.
header_value() {
    awk -v want="${2,,}" '
        tolower(substr($0, 1, index($0, ":") - 1)) == want {
            value = substr($0, index($0, ":") + 1)
            sub(/^[ \t]+/, "", value); sub(/\r$/, "", value)
            print value; exit
        }' "$1"
}

# A file-name-safe form of a URL path.
slug() {
    printf '%s' "$1" | tr -c 'A-Za-z0-9-' '_'
}

# Sums utime and stime (clock ticks) of the given processes. They are fields 14 and 15 of
# /proc/PID/stat, counted after the ")" that ends the command name (which may contain spaces).
cpu_ticks() {
    local total=0 pid stat fields
    for pid in "$@"; do
        { read -r stat < "/proc/$pid/stat"; } 2>/dev/null || continue
        read -ra fields <<< "${stat##*) }"
        total=$((total + fields[11] + fields[12]))
    done
    echo "$total"
}

cpu_ticks_of() {
    if [[ "$1" == nginx ]]; then
        cpu_ticks "${NGINX_PIDS[@]}"
    else
        cpu_ticks "${PID[$1]}"
    fi
}

# The process ids whose parent is $1 (nginx's workers).
children_of() {
    local dir stat fields
    for dir in /proc/[0-9]*; do
        { read -r stat < "$dir/stat"; } 2>/dev/null || continue
        read -ra fields <<< "${stat##*) }"
        [[ "${fields[1]}" == "$1" ]] && echo "${dir#/proc/}"
    done
    return 0
}

rss_kb() {
    awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"
}

# Waits (at most 30 s) until app $1 uses less than 4 % of a core. When wrk stops, the app is still
# rendering the requests wrk had in flight; that work must not run into the next measurement.
# Sets SETTLE_TICKS to the CPU ticks spent meanwhile (kept in the results, not in the tables).
settle() {
    local start previous now _
    start="$(cpu_ticks_of "$1")"
    previous="$start"
    for _ in $(seq 1 60); do
        sleep 0.5
        now="$(cpu_ticks_of "$1")"
        if (( (now - previous) * 1000 / CLK_TCK <= 20 )); then
            break
        fi
        previous="$now"
    done
    SETTLE_TICKS=$((now - start))
}

# Polls URL $1 until it answers 200, as long as process $2 lives (at most $3 seconds).
wait_for_200() {
    local url="$1" pid="$2" _
    for _ in $(seq 1 $(($3 * 4))); do
        [[ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null)" == 200 ]] && return 0
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.25
    done
    return 1
}

# ---------------------------------------------------------------------------------------------
# Checks and preparation

check_options() {
    local name value path seen=" " safe='^/[^"\$[:space:]]*$'
    for name in DURATION REPS THREADS CONNECTIONS WARMUP WARMUP_ROUNDS STRESS_DURATION STRESS_CONNECTIONS COLD_RUNS MISS_FROM MISS_TO; do
        value="${!name}"
        [[ "$value" =~ ^[0-9]+$ ]] || die "$name must be a whole number, not '$value'"
    done
    ((REPS >= 1 && DURATION >= 1)) || die "REPS and DURATION must be at least 1"
    ((MISS_TO >= MISS_FROM)) || die "MISS_TO must not be below MISS_FROM"
    ((${#PATHS[@]} > 0)) || die "URLS is empty"
    for path in "${PATHS[@]}"; do
        # Each path becomes a quoted string in nginx's configuration.
        [[ "$path" =~ $safe ]] || die "URL paths must start with / and contain no quote, backslash or \$: $path"
        [[ "$seen" != *" $path "* ]] || die "$path is listed twice in URLS"
        seen+="$path "
    done
    [[ -z "$APP_DIR" || -z "$APP_REF" ]] || die "set APP_DIR or APP_REF, not both"
    [[ -z "$BASELINE_DIR" || -z "$BASELINE_REF" ]] || die "set BASELINE_DIR or BASELINE_REF, not both"
}

check_tools() {
    local missing=() tool
    command -v wrk >/dev/null || missing+=(wrk)
    NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
    [[ -x "$NGINX" ]] || missing+=(nginx)
    if ((${#missing[@]})); then
        echo "run.sh: ${missing[*]} not found. Install: apt-get install -y wrk nginx-light" >&2
        exit 2
    fi
    for tool in curl python3 dotnet git awk; do
        command -v "$tool" >/dev/null || die "$tool is needed but not installed"
    done
}

# Two benchmarks at once on two cores would each measure the other.
take_lock() {
    command -v flock >/dev/null || return 0
    exec 9>"${TMPDIR:-/tmp}/iran-pakistan-bench-http.lock"
    flock -n 9 || die "another bench/http/run.sh is running on this machine; wait for it to finish"
}

setup_work() {
    WORK="$(mktemp -d "${TMPDIR:-/tmp}/ip-explorer-bench.XXXXXX")"
    if [[ -n "$OUT_DIR" ]]; then
        mkdir -p "$OUT_DIR"
        LOGS="$(cd "$OUT_DIR" && pwd)"
        : > "$LOGS/results.tsv"
    else
        LOGS="$WORK/logs"
        mkdir -p "$LOGS"
    fi
    RESULTS="$LOGS/results.tsv"
    printf '%s\n' "${PATHS[@]}" > "$WORK/paths.txt"
}

# dotnet publish of the source tree $2 into $WORK/$1/app.
publish() {
    local name="$1" src="$2"
    mkdir -p "$WORK/$name"
    # --disable-build-servers: no MSBuild or compiler server left running to compete for the CPU.
    dotnet publish "$src/src/IranPakistan.Web" -c Release -o "$WORK/$name/app" --nologo -v quiet \
        --disable-build-servers >"$LOGS/publish-$name.log" 2>&1 \
        || die_with_log "$LOGS/publish-$name.log" "dotnet publish failed ($name)"
    BUILD_DIR[$name]="$WORK/$name/app"
}

# Publishes git ref $2 from a temporary worktree, keeping its seeds (a ref's importer and its seeds
# belong together), and removes the worktree again.
publish_ref() {
    local name="$1" ref="$2" commit wt
    commit="$(git -C "$ROOT" rev-parse --verify --quiet "$ref^{commit}")" || die "unknown git ref: $ref"
    wt="$WORK/$name/src"
    mkdir -p "$WORK/$name"
    echo "Publishing $ref ($(short_commit "$commit")) as $name…"
    git -C "$ROOT" worktree add --detach "$wt" "$commit" >"$LOGS/worktree-$name.log" 2>&1 \
        || die_with_log "$LOGS/worktree-$name.log" "git worktree add failed for $ref"
    WORKTREES+=("$wt")
    publish "$name" "$wt"
    cp -r "$wt/seeds" "$WORK/$name/seeds"
    BUILD_SEEDS[$name]="$WORK/$name/seeds"
    BUILD_LABEL[$name]="$ref = $(short_commit "$commit")"
    # Done with the sources: remove the worktree now rather than at exit.
    if git -C "$ROOT" worktree remove --force "$wt" >/dev/null 2>&1; then
        local kept=() other
        for other in "${WORKTREES[@]}"; do
            [[ "$other" == "$wt" ]] || kept+=("$other")
        done
        WORKTREES=("${kept[@]}")
    fi
}

# "abc1234 (2026-11-30) The commit's subject, cut at 60 characters…"
short_commit() {
    local subject
    subject="$(git -C "$ROOT" log -1 --format=%s "$1")"
    ((${#subject} <= 60)) || subject="${subject:0:60}…"
    echo "$(git -C "$ROOT" log -1 --format='%h (%cs)' "$1") $subject"
}

use_published() {
    local name="$1" dir="$2"
    [[ -f "$dir/IranPakistan.Web.dll" ]] || die "$dir has no IranPakistan.Web.dll (is it a dotnet publish output?)"
    BUILD_DIR[$name]="$(cd "$dir" && pwd)"
    BUILD_SEEDS[$name]="$ROOT/seeds"
    BUILD_LABEL[$name]="published build in ${BUILD_DIR[$name]} (repository at $(git -C "$ROOT" log -1 --format=%h))"
}

prepare_builds() {
    if [[ -n "$BASELINE_REF" ]]; then
        publish_ref base "$BASELINE_REF"
    elif [[ -n "$BASELINE_DIR" ]]; then
        use_published base "$BASELINE_DIR"
    fi
    if [[ -n "$APP_DIR" ]]; then
        use_published app "$APP_DIR"
    elif [[ -n "$APP_REF" ]]; then
        publish_ref app "$APP_REF"
    else
        echo "Publishing the working tree…"
        publish app "$ROOT"
        BUILD_SEEDS[app]="$ROOT/seeds"
        local changes=""
        # --no-optional-locks: only look; do not refresh the index others are working with.
        [[ -n "$(git -C "$ROOT" --no-optional-locks status --porcelain --untracked-files=no)" ]] \
            && changes=" + uncommitted changes"
        BUILD_LABEL[app]="working tree at $(short_commit HEAD)$changes"
    fi
    [[ -n "${BUILD_DIR[base]:-}" ]] && BUILDS+=(base)
    BUILDS+=(app)
    for name in "${BUILDS[@]}"; do
        echo "  $name: ${BUILD_LABEL[$name]}"
    done
}

record_info() {
    local cpu memory method
    cpu="$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
    memory="$(awk '/^MemTotal:/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)"
    # wrk -v prints its version, then its usage, and exits 1.
    method="wrk $( (wrk -v 2>&1 || true) | awk 'NR == 1 { print $2 }') -t$THREADS -c$CONNECTIONS -d${DURATION}s --timeout $WRK_TIMEOUT"
    method+=" -H 'Accept-Encoding: br', $REPS interleaved repetition(s) per URL;"
    method+=" $("$NGINX" -v 2>&1 | sed 's/^nginx version: //') (worker_processes auto) serving the app's own bytes"
    record section=info "date=$(date '+%Y-%m-%d %H:%M %Z')" \
        "machine=$(nproc) × ${cpu:-unknown CPU}, $memory RAM, Linux $(uname -r)" \
        "app=${BUILD_LABEL[app]}" "base=${BUILD_LABEL[base]:-}" "method=$method" "load_start=$LOAD_AT_START"
}

# ---------------------------------------------------------------------------------------------
# Servers

# Sets APP_ENV: how every app instance runs (as in scripts/lib/app.sh): Production, its own
# database $2, the build's seeds, warnings only (request logging to a console costs CPU too).
app_env() {
    APP_ENV=(ASPNETCORE_ENVIRONMENT=Production "Explorer__DatabasePath=$2"
        "Explorer__SeedsPath=${BUILD_SEEDS[$1]}" Serilog__MinimumLevel__Default=Warning)
}

start_app() {
    local name="$1" port
    port="$(free_port)"
    ORIGIN[$name]="http://127.0.0.1:$port"
    mkdir -p "$WORK/$name/db"
    app_env "$name" "$WORK/$name/db/explorer.db"
    # exec: the background job's pid is the app's own, so its /proc/PID/stat is the app's CPU.
    (cd "${BUILD_DIR[$name]}" && exec env "${APP_ENV[@]}" dotnet IranPakistan.Web.dll --urls "${ORIGIN[$name]}") \
        >"$LOGS/$name.log" 2>&1 9>&- &
    PID[$name]=$!
    wait_for_200 "${ORIGIN[$name]}/healthz" "${PID[$name]}" 180 \
        || die_with_log "$LOGS/$name.log" "the $name build did not answer /healthz"
    echo "  $name running at ${ORIGIN[$name]} (pid ${PID[$name]})"
}

# One request per URL, as a browser sends it (Accept-Encoding: br); keeps body and headers.
fetch_bodies() {
    local name="$1" dir="$WORK/$1/bodies" i=0 path status
    mkdir -p "$dir"
    for path in "${PATHS[@]}"; do
        status="$(curl -sS -H 'Accept-Encoding: br' -D "$dir/$i.headers" -o "$dir/$i.body" -w '%{http_code}' \
            "${ORIGIN[$name]}$path")" || die "$name: GET $path failed"
        [[ "$status" == 200 ]] || die "$name: GET $path answered $status; every URL must answer 200"
        record section=body "build=$name" "path=$path" "status=$status" "bytes=$(stat -c %s "$dir/$i.body")" \
            "content_type=$(header_value "$dir/$i.headers" Content-Type)" \
            "content_encoding=$(header_value "$dir/$i.headers" Content-Encoding)"
        i=$((i + 1))
    done
}

# Writes nginx's configuration from the template: one internal location per saved body of the
# app build, with that response's Content-Type and Content-Encoding.
write_nginx_config() {
    local prefix="$1" port="$2" i=0 path headers type encoding template user=""
    mkdir -p "$prefix/tmp" "$prefix/bodies"
    {
        echo "map \$request_uri \$bench_body {"
        echo "    default missing;"
        for path in "${PATHS[@]}"; do
            printf '    "%s" %d;\n' "$path" "$i"
            i=$((i + 1))
        done
        echo "}"
    } > "$prefix/bodies.map"
    : > "$prefix/bodies.conf"
    for i in "${!PATHS[@]}"; do
        headers="$WORK/app/bodies/$i.headers"
        type="$(header_value "$headers" Content-Type)"
        encoding="$(header_value "$headers" Content-Encoding)"
        [[ "$type$encoding" != *[\"\\\$]* ]] || die "unexpected characters in the headers of ${PATHS[$i]}"
        cp "$WORK/app/bodies/$i.body" "$prefix/bodies/$i"
        {
            echo "location = /__body/$i {"
            echo "    internal;"
            echo "    alias $prefix/bodies/$i;"
            echo "    default_type \"${type:-application/octet-stream}\";"
            [[ -n "$encoding" ]] && echo "    add_header Content-Encoding \"$encoding\";"
            echo "}"
        } >> "$prefix/bodies.conf"
    done
    # As root, nginx's workers would switch to user nobody, who cannot read our 0700 temp dir.
    ((EUID == 0)) && user="user $(id -un) $(id -gn);"
    template="$(<"$HERE/nginx.conf.template")"
    template="${template//@PREFIX@/$prefix}"
    template="${template//@PORT@/$port}"
    template="${template//@USER_DIRECTIVE@/$user}"
    printf '%s\n' "$template" > "$prefix/nginx.conf"
}

start_nginx() {
    local prefix="$WORK/nginx" port _
    port="$(free_port)"
    ORIGIN[nginx]="http://127.0.0.1:$port"
    write_nginx_config "$prefix" "$port"
    cp "$prefix/nginx.conf" "$prefix/bodies.map" "$prefix/bodies.conf" "$LOGS/"
    # -e: nginx opens its error log before reading the configuration; the default is not writable.
    "$NGINX" -t -q -p "$prefix/" -e "$prefix/error.log" -c "$prefix/nginx.conf" >"$LOGS/nginx.log" 2>&1 \
        || die_with_log "$LOGS/nginx.log" "nginx rejected the generated configuration ($LOGS/nginx.conf)"
    "$NGINX" -p "$prefix/" -e "$prefix/error.log" -c "$prefix/nginx.conf" >>"$LOGS/nginx.log" 2>&1 9>&- &
    PID[nginx]=$!
    wait_for_200 "${ORIGIN[nginx]}${PATHS[0]}" "${PID[nginx]}" 20 \
        || die_with_log "$prefix/error.log" "nginx did not start"
    # worker_processes auto starts one worker per core; wait until all of them exist.
    for _ in $(seq 1 50); do
        mapfile -t NGINX_PIDS < <(children_of "${PID[nginx]}")
        ((${#NGINX_PIDS[@]} >= $(nproc))) && break
        sleep 0.1
    done
    NGINX_PIDS=("${PID[nginx]}" "${NGINX_PIDS[@]}")
    echo "  nginx running at ${ORIGIN[nginx]} (master ${PID[nginx]}, workers ${NGINX_PIDS[*]:1})"
}

# nginx must answer every URL with exactly the bytes and the two headers the app sent.
verify_nginx() {
    local i path header got="$WORK/nginx-check" status saved="$WORK/app/bodies"
    for i in "${!PATHS[@]}"; do
        path="${PATHS[$i]}"
        status="$(curl -sS -H 'Accept-Encoding: br' -D "$got.headers" -o "$got.body" -w '%{http_code}' \
            "${ORIGIN[nginx]}$path")" || die "nginx: GET $path failed"
        [[ "$status" == 200 ]] || die "nginx answered $status for $path"
        cmp -s "$got.body" "$saved/$i.body" || die "nginx's body for $path differs from the app's"
        for header in Content-Type Content-Encoding; do
            [[ "$(header_value "$got.headers" "$header")" == "$(header_value "$saved/$i.headers" "$header")" ]] \
                || die "nginx's $header for $path differs from the app's"
        done
    done
    echo "  nginx serves the same bytes, Content-Type and Content-Encoding for all ${#PATHS[@]} URLs"
}

record_rss() {
    local name="$1" when="$2" label="$3"
    record section=memory "build=$name" "when=$when" "label=$label" "rss_kb=$(rss_kb "${PID[$name]}")" "load1=$(load1)"
}

start_servers() {
    local name
    echo "Starting the servers…"
    for name in "${BUILDS[@]}"; do
        start_app "$name"
        fetch_bodies "$name"
        [[ "${SKIP_MEMORY:-0}" == 1 ]] || record_rss "$name" start "after start"
    done
    start_nginx
    verify_nginx
}

stop_servers() {
    local name
    for name in "${!PID[@]}"; do
        stop_process "${PID[$name]}"
        unset "PID[$name]"
    done
}

# ---------------------------------------------------------------------------------------------
# Measurements

# Dies if server $1 is no longer running, saying how it ended. (On a shared machine someone's
# "pkill dotnet" is a likelier cause than a crash; the app's log says which.)
check_alive() {
    local status=0
    kill -0 "${PID[$1]}" 2>/dev/null && return 0
    wait "${PID[$1]}" 2>/dev/null || status=$?
    unset "PID[$1]"
    ((status > 128)) && status="$status (signal $((status - 128)), so it was killed)"
    die_with_log "$LOGS/$1.log" "$1 stopped running during the benchmark: exit status $status"
}

# One wrk run: run_wrk SERVER PATH CONNECTIONS SECONDS TIMEOUT LOG [PATHS_FILE]. Sets WRK_FIELDS
# to wrk.lua's BENCH fields (tab-separated key=value); dies when wrk or the server fails. (Not
# called in $(…): the signal traps must see wrk as this shell's child.)
run_wrk() {
    local url="${ORIGIN[$1]}$2"
    check_alive "$1"
    BENCH_PATHS_FILE="${7:-}" run_child wrk -t"$THREADS" -c"$3" -d"$4s" --timeout "$5" --latency \
        -H 'Accept-Encoding: br' -s "$HERE/wrk.lua" "$url" >"$6" 2>&1 \
        || { check_alive "$1"; die_with_log "$6" "wrk failed against $url"; }
    check_alive "$1"
    WRK_FIELDS="$(awk '/^BENCH\t/ { sub(/^BENCH\t/, ""); print; exit }' "$6")"
    [[ -n "$WRK_FIELDS" ]] || die_with_log "$6" "wrk printed no BENCH line for $url"
}

# .NET recompiles hot methods optimised (tiered JIT, dynamic PGO) in the background, and mostly
# once the load pauses: after a burst of load the app spends seconds of CPU compiling, and it takes
# two or three bursts to reach its steady speed (seen here: 44, 73, 133, 136 req/s in 10 s rounds,
# with 3-7 s of CPU in the pause after each of the first rounds). So each app build warms up in
# rounds of WARMUP seconds of all-URL load, each followed by settle, until the app is done
# compiling (the pause after a round costs under 1 s of CPU, which also covers the requests wrk
# abandoned) or a round's throughput is within 10 % of the round before; at most WARMUP_ROUNDS.
warm_up() {
    local name round rps previous
    ((WARMUP > 0 && WARMUP_ROUNDS > 0)) || return 0
    echo "Warming up: rounds of ${WARMUP} s, all URLs in turn, until the throughput is steady"
    for name in "${BUILDS[@]}"; do
        printf '  %s:' "$name"
        previous=0
        for round in $(seq 1 "$WARMUP_ROUNDS"); do
            run_wrk "$name" / "$CONNECTIONS" "$WARMUP" "$WRK_TIMEOUT" "$LOGS/warmup-$name-$round.txt" "$WORK/paths.txt"
            rps="$(field "$WRK_FIELDS" rps)"
            settle "$name"
            record section=warmup "build=$name" "round=$round" "rps=$rps" "tail_ticks=$SETTLE_TICKS" "clk_tck=$CLK_TCK"
            printf ' %s req/s' "$rps"
            ((round >= 2 && SETTLE_TICKS < CLK_TCK)) && break
            awk -v now="$rps" -v before="$previous" \
                'BEGIN { exit !(before > 0 && now >= before * 0.9 && now <= before * 1.1) }' && break
            previous="$rps"
        done
        echo
    done
}

# measure SERVER PATH REP: one wrk run with the server's CPU time and the load average around it.
measure() {
    local server="$1" path="$2" rep="$3" load before after
    load="$(load1)"
    before="$(cpu_ticks_of "$server")"
    run_wrk "$server" "$path" "$CONNECTIONS" "$DURATION" "$WRK_TIMEOUT" "$LOGS/wrk-$(slug "$path")-$server-$rep.txt"
    after="$(cpu_ticks_of "$server")"
    SETTLE_TICKS=0
    [[ "$server" == nginx ]] || settle "$server"
    record section=compare "path=$path" "server=$server" "rep=$rep" "load1=$load" \
        "cpu_ticks=$((after - before))" "clk_tck=$CLK_TCK" "tail_ticks=$SETTLE_TICKS" "$WRK_FIELDS"
    printf '  %s %s req/s' "$server" "$(field "$WRK_FIELDS" rps)"
}

compare_urls() {
    local path rep server
    echo
    echo "Per URL: ${ORDER[*]}, interleaved, $REPS × ${DURATION} s each, $CONNECTIONS connections"
    for path in "${PATHS[@]}"; do
        echo
        for rep in $(seq 1 "$REPS"); do
            printf '%s rep %d:' "$path" "$rep"
            for server in "${ORDER[@]}"; do
                measure "$server" "$path" "$rep"
            done
            echo
        done
        python3 "$HERE/report.py" "$RESULTS" url "$path"
    done
}

# miss_pass BUILD KIND PATHS_FILE: requests every path of the file once, one after the other over
# one keep-alive connection, and records the app's CPU time for them.
miss_pass() {
    local name="$1" kind="$2" list="$3" config="$WORK/miss-$1-$2.curl" out="$WORK/miss-$1-$2.out"
    local load before after t0 t1 path
    while read -r path; do
        printf 'url = "%s%s"\noutput = "/dev/null"\n' "${ORIGIN[$name]}" "$path"
    done < "$list" > "$config"
    check_alive "$name"
    load="$(load1)"
    before="$(cpu_ticks_of "$name")"
    t0="$(now_us)"
    curl -sS -H 'Accept-Encoding: br' -w '%{http_code} %{size_download}\n' -K "$config" > "$out" \
        || die "curl failed during the cache-miss measurement ($name, $kind)"
    t1="$(now_us)"
    after="$(cpu_ticks_of "$name")"
    check_alive "$name"
    record section=miss "build=$name" "kind=$kind" "count=$(wc -l < "$list")" \
        "ok=$(awk '$1 == 200' "$out" | wc -l)" "bytes=$(awk '{ s += $2 } END { print s + 0 }' "$out")" \
        "first=$(head -n 1 "$list")" "last=$(tail -n 1 "$list")" \
        "cpu_ticks=$((after - before))" "clk_tck=$CLK_TCK" "wall_us=$((t1 - t0))" "load1=$load"
    settle "$name"
}

cache_miss() {
    local distinct="$WORK/miss-distinct.txt" same="$WORK/miss-same.txt" year name kind list
    echo
    echo "Cache-miss CPU on /timeline: /timeline?from=$MISS_FROM … $MISS_TO, sequential"
    for year in $(seq "$MISS_FROM" "$MISS_TO"); do
        echo "/timeline?from=$year"
    done > "$distinct"
    sed 's|.*|/timeline|' "$distinct" > "$same"
    # distinct: each URL is a new cache key; again: the same keys a second time (the same pages,
    # so the fairest hit/miss comparison); same: one URL repeated, as the brief's hit case.
    for kind in distinct again same; do
        list="$distinct"
        [[ "$kind" == same ]] && list="$same"
        for name in "${BUILDS[@]}"; do
            miss_pass "$name" "$kind" "$list"
        done
    done
    python3 "$HERE/report.py" "$RESULTS" miss
}

stress() {
    local name load before after
    echo
    echo "Stress: ${STRESS_CONNECTIONS} connections, ${STRESS_DURATION} s, all URLs in turn, --timeout 10s"
    for name in "${BUILDS[@]}"; do
        load="$(load1)"
        before="$(cpu_ticks_of "$name")"
        run_wrk "$name" / "$STRESS_CONNECTIONS" "$STRESS_DURATION" 10s "$LOGS/stress-$name.txt" "$WORK/paths.txt"
        after="$(cpu_ticks_of "$name")"
        [[ "${SKIP_MEMORY:-0}" == 1 ]] || record_rss "$name" after "after the stress run"
        record section=stress "build=$name" "connections=$STRESS_CONNECTIONS" "seconds=$STRESS_DURATION" \
            "load1=$load" "cpu_ticks=$((after - before))" "clk_tck=$CLK_TCK" "$WRK_FIELDS"
        settle "$name"
    done
    python3 "$HERE/report.py" "$RESULTS" stress
}

memory() {
    local name
    if [[ "${SKIP_STRESS:-0}" == 1 ]]; then
        for name in "${BUILDS[@]}"; do
            record_rss "$name" after "after the measurements"
        done
    fi
    echo
    echo "Memory (VmRSS of the app process)"
    python3 "$HERE/report.py" "$RESULTS" memory
}

# cold_run BUILD KIND RUN: spawn the app, time it to its first 200 on /, stop it.
cold_run() {
    local name="$1" kind="$2" run="$3" dir="$WORK/$1/cold" port load ms out="$WORK/cold.out"
    local log="$LOGS/cold-$1-$2-$3.log"
    if [[ "$kind" == fresh ]]; then
        # The database and its siblings (-wal, -shm) live alone in this folder.
        rm -rf "$dir"
    fi
    mkdir -p "$dir"
    port="$(free_port)"
    load="$(load1)"
    app_env "$name" "$dir/explorer.db"
    if run_child env "${APP_ENV[@]}" python3 "$HERE/coldstart.py" --url "http://127.0.0.1:$port/" \
        --cwd "${BUILD_DIR[$name]}" --log "$log" -- dotnet IranPakistan.Web.dll --urls "http://127.0.0.1:$port" \
        >"$out" 2>"$out.err"; then
        ms="$(<"$out")"
    else
        ms=failed
        PROBLEMS=$((PROBLEMS + 1))
        echo "  cold start $name/$kind #$run failed: $(<"$out.err")" >&2
        tail -n 20 "$log" >&2
    fi
    record section=cold "build=$name" "kind=$kind" "run=$run" "ms=$ms" "load1=$load"
    printf '  %s %s %s ms' "$name" "$kind" "$ms"
}

cold_start() {
    local run name kind
    echo
    echo "Cold start: $COLD_RUNS run(s) per build, fresh import then existing database"
    for run in $(seq 1 "$COLD_RUNS"); do
        printf 'run %d:' "$run"
        for name in "${BUILDS[@]}"; do
            for kind in fresh existing; do
                cold_run "$name" "$kind" "$run"
            done
        done
        echo
    done
    python3 "$HERE/report.py" "$RESULTS" cold
}

# ---------------------------------------------------------------------------------------------

main() {
    LOAD_AT_START="$(load1)"
    check_options
    check_tools
    take_lock
    setup_work
    prepare_builds
    ORDER=("${BUILDS[@]}" nginx)
    record_info
    start_servers
    warm_up
    [[ "${SKIP_COMPARE:-0}" == 1 ]] || compare_urls
    [[ "${SKIP_MISS:-0}" == 1 ]] || cache_miss
    [[ "${SKIP_STRESS:-0}" == 1 ]] || stress
    [[ "${SKIP_MEMORY:-0}" == 1 ]] || memory
    # Cold starts run alone: the long-running servers would only be idle, but stopped is quieter.
    stop_servers
    [[ "${SKIP_COLD:-0}" == 1 ]] || cold_start

    echo
    echo "Summary (for docs/performance.md):"
    echo
    python3 "$HERE/report.py" "$RESULTS" summary | tee "$LOGS/summary.md"
    if [[ -n "$OUT_DIR" ]]; then
        echo
        echo "Logs, wrk outputs, results.tsv and summary.md are in $LOGS"
    fi
    if ((PROBLEMS > 0)); then
        echo "run.sh: $PROBLEMS measurement(s) failed (see above)" >&2
        exit 1
    fi
}

main "$@"
