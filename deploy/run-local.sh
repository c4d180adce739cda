#!/usr/bin/env bash
# Two instances of the explorer behind nginx, on loopback (docs/deploy.md).
#
#   deploy/run-local.sh          publish, build each instance's database, start both and nginx,
#                                print the address; Ctrl-C (or any exit) stops everything.
#
# Every setting is an environment variable:
#   DEPLOY_DIR          work folder (publish, databases, keys, logs, nginx); default: a new temp folder,
#                       removed on exit unless DEPLOY_KEEP=1 (a given folder is never removed)
#   DEPLOY_PORT         nginx's port on 127.0.0.1 (default: a free one)
#   DEPLOY_PORT_A, DEPLOY_PORT_B   the instances' ports on 127.0.0.1 (default: free ones)
#   DEPLOY_APP_ARGS     more arguments for each instance (word-split), e.g. --Explorer:Limits:RequestsPerWindow=0
#   DEPLOY_PUBLISH_DIR  where `dotnet publish` writes (default: $DEPLOY_DIR/publish); with
#                       DEPLOY_NO_PUBLISH=1 an existing publish there is used as it is
#   NGINX               the nginx binary (default: nginx on PATH, else /usr/sbin/nginx)
#
# deploy/test.sh sources this file for its functions (deploy_configure, deploy_publish, deploy_start,
# deploy_stop_instance, …); run directly, it calls deploy_up and waits.
set -euo pipefail

DEPLOY_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEPLOY_INSTANCES=(a b)
declare -A DEPLOY_PID=() DEPLOY_INSTANCE_PORT=()
DEPLOY_NGINX_PID=""
DEPLOY_IMPORT_PID=""
DEPLOY_OWN_DIR=0

deploy_log() { printf '[deploy %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
deploy_die() { deploy_log "error: $*"; exit 1; }

# A port on 127.0.0.1 that nothing listens on now (and that this script has not picked already).
deploy_free_port() {
  local port taken
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    taken=" ${DEPLOY_INSTANCE_PORT[*]:-} ${DEPLOY_PORT:-} "
    [[ $taken == *" $port "* ]] && continue
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  deploy_die "no free port found"
}

deploy_configure() {
  if [[ -z ${DEPLOY_DIR:-} ]]; then
    DEPLOY_DIR=$(mktemp -d "${TMPDIR:-/tmp}/explorer-deploy.XXXXXX")
    DEPLOY_OWN_DIR=1
  fi
  mkdir -p "$DEPLOY_DIR"
  DEPLOY_DIR=$(cd "$DEPLOY_DIR" && pwd)
  DEPLOY_PUBLISH_DIR=${DEPLOY_PUBLISH_DIR:-$DEPLOY_DIR/publish}
  DEPLOY_PORT=${DEPLOY_PORT:-$(deploy_free_port)}
  DEPLOY_INSTANCE_PORT[a]=${DEPLOY_PORT_A:-$(deploy_free_port)}
  DEPLOY_INSTANCE_PORT[b]=${DEPLOY_PORT_B:-$(deploy_free_port)}
  DEPLOY_URL="http://127.0.0.1:$DEPLOY_PORT"
  DEPLOY_KEYS="$DEPLOY_DIR/keys"
  if [[ -z ${NGINX:-} ]]; then
    NGINX=$(command -v nginx || echo /usr/sbin/nginx)
  fi
  if [[ ! -x $NGINX ]]; then
    if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
      deploy_log "installing nginx-light"
      apt-get install -y -qq nginx-light >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null; }
      NGINX=/usr/sbin/nginx
    else
      deploy_die "nginx not found (apt-get install nginx-light, or set NGINX)"
    fi
  fi
  command -v dotnet >/dev/null || deploy_die "dotnet not found"
  command -v curl >/dev/null || deploy_die "curl not found"
}

# One Release publish, shared by every instance (they must run the same build: the content version
# and so every ETag include it).
deploy_publish() {
  if [[ ${DEPLOY_NO_PUBLISH:-0} == 1 && -f $DEPLOY_PUBLISH_DIR/IranPakistan.Web.dll ]]; then
    deploy_log "using the existing publish in $DEPLOY_PUBLISH_DIR"
    return 0
  fi
  deploy_log "publishing (Release) to $DEPLOY_PUBLISH_DIR"
  dotnet publish "$DEPLOY_REPO/src/IranPakistan.Web" -c Release -o "$DEPLOY_PUBLISH_DIR" --nologo -v quiet \
    >"$DEPLOY_DIR/publish.log" 2>&1 || { cat "$DEPLOY_DIR/publish.log" >&2; deploy_die "dotnet publish failed"; }
}

# The database is a build product: each instance gets its own file, built from the same seeds/ by the
# published app's own importer (so its stamp, and the content version, is the same on every instance).
deploy_import() {
  local name=$1
  mkdir -p "$DEPLOY_DIR/$name"
  dotnet "$DEPLOY_PUBLISH_DIR/IranPakistan.Web.dll" import --contentRoot "$DEPLOY_PUBLISH_DIR" \
    "--Explorer:DatabasePath=$DEPLOY_DIR/$name/explorer.db" "--Explorer:SeedsPath=$DEPLOY_REPO/seeds" \
    >"$DEPLOY_DIR/$name/import.log" 2>&1 || { cat "$DEPLOY_DIR/$name/import.log" >&2; deploy_die "import for instance $name failed"; }
}

deploy_wait_healthy() {
  local name=$1 port=${DEPLOY_INSTANCE_PORT[$1]} deadline=$((SECONDS + 150))
  # A new instance renders one page of each kind before /healthz answers 200 (503 "Degraded: warming
  # up" until then; Explorer:WarmUp, at most 60 s): the start plus that warm-up, on a busy machine.
  until curl -fs -o /dev/null --max-time 15 "http://127.0.0.1:$port/healthz"; do
    if ! kill -0 "${DEPLOY_PID[$name]}" 2>/dev/null; then
      tail -n 30 "$DEPLOY_DIR/$name/app.log" >&2 || true
      deploy_die "instance $name exited while starting"
    fi
    ((SECONDS < deadline)) || deploy_die "instance $name did not answer /healthz within 150 s"
    sleep 0.2
  done
}

# Starts instance $1 on its port, serving its own database; waits until /healthz answers.
deploy_start_instance() {
  local name=$1 port=${DEPLOY_INSTANCE_PORT[$1]}
  (
    cd "$DEPLOY_DIR/$name"
    export ASPNETCORE_ENVIRONMENT=Production DOTNET_NOLOGO=1
    unset ASPNETCORE_URLS
    exec dotnet "$DEPLOY_PUBLISH_DIR/IranPakistan.Web.dll" --contentRoot "$DEPLOY_PUBLISH_DIR" \
      --urls "http://127.0.0.1:$port" \
      "--Explorer:DatabasePath=$DEPLOY_DIR/$name/explorer.db" \
      "--Explorer:SeedsPath=$DEPLOY_REPO/seeds" \
      --Explorer:ImportOnStart=false \
      "--Explorer:DataProtectionKeysPath=$DEPLOY_KEYS" \
      "--Explorer:PublicBaseUrl=$DEPLOY_URL" \
      ${DEPLOY_APP_ARGS:-}
  ) >>"$DEPLOY_DIR/$name/app.log" 2>&1 &
  DEPLOY_PID[$name]=$!
  deploy_wait_healthy "$name"
  deploy_warm_instance "$name"
  deploy_log "instance $name: http://127.0.0.1:$port (pid ${DEPLOY_PID[$name]})"
}

# A new instance renders each page once, then serves it from memory. Its own warm-up (before /healthz
# says ready) renders one page of each kind, which pays for the compiling; these are the further pages
# readers open most (every topic, say), asked directly before nginx sends readers.
DEPLOY_WARM_PATHS=(/ /timeline /agreements /topics/trade /topics/security /topics/kashmir /topics/afghanistan
  /topics/soft-power /actors /places /figures /map "/search?q=gas" /events/pakistan-strikes-saravan /api/events)
deploy_warm_instance() {
  local port=${DEPLOY_INSTANCE_PORT[$1]} path
  for path in "${DEPLOY_WARM_PATHS[@]}"; do
    curl -s -o /dev/null --max-time 30 -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:$port$path" || true
  done
}

# Sends signal $2 (default TERM) to instance $1 and waits for it to exit; sets DEPLOY_LAST_STOP_SECONDS
# (how long that took) and DEPLOY_LAST_STOP_STATUS (its exit status), which deploy/test.sh reads.
# shellcheck disable=SC2034
deploy_stop_instance() {
  local name=$1 signal=${2:-TERM} pid=${DEPLOY_PID[$1]:-} start status=0
  [[ -n $pid ]] || return 0
  start=$(date +%s.%N)
  kill "-$signal" "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || status=$?
  DEPLOY_PID[$name]=""
  DEPLOY_LAST_STOP_SECONDS=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
  DEPLOY_LAST_STOP_STATUS=$status
}

deploy_render_nginx() {
  local dir=$DEPLOY_DIR/nginx
  mkdir -p "$dir/logs" "$dir/tmp"
  sed -e "s|@RUN_DIR@|$dir|g" \
      -e "s|@LISTEN@|127.0.0.1:$DEPLOY_PORT|g" \
      -e "s|@INSTANCE_A@|127.0.0.1:${DEPLOY_INSTANCE_PORT[a]}|g" \
      -e "s|@INSTANCE_B@|127.0.0.1:${DEPLOY_INSTANCE_PORT[b]}|g" \
      "$DEPLOY_REPO/deploy/nginx.conf" >"$dir/nginx.conf"
  local left
  left=$(grep -v '^[[:space:]]*#' "$dir/nginx.conf" | grep -o '@[A-Z_]*@' | head -1 || true)
  [[ -z $left ]] || deploy_die "deploy/nginx.conf has a placeholder this script does not fill: $left"
}

# nginx runs unprivileged: its own prefix, pid, logs and temp folders, a port above 1024. When this
# script runs as root, nginx runs as nobody (setpriv), so it is no more privileged than elsewhere.
deploy_start_nginx() {
  local dir=$DEPLOY_DIR/nginx
  local -a run=()
  deploy_render_nginx
  if [[ $EUID -eq 0 ]]; then
    chmod o+x "$DEPLOY_DIR"
    chown -R nobody:"$(id -gn nobody)" "$dir"
    run=(setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups --)
  fi
  "${run[@]}" "$NGINX" -t -q -p "$dir/" -c "$dir/nginx.conf" -e "$dir/logs/error.log" \
    || deploy_die "nginx -t rejected $dir/nginx.conf (see $dir/logs/error.log)"
  "${run[@]}" "$NGINX" -p "$dir/" -c "$dir/nginx.conf" -e "$dir/logs/error.log" -g 'daemon off;' \
    >>"$dir/logs/stdout.log" 2>&1 &
  DEPLOY_NGINX_PID=$!
  local deadline=$((SECONDS + 10))
  until curl -fs -o /dev/null --max-time 5 "$DEPLOY_URL/healthz"; do
    kill -0 "$DEPLOY_NGINX_PID" 2>/dev/null || { cat "$dir/logs/error.log" >&2; deploy_die "nginx exited while starting"; }
    ((SECONDS < deadline)) || deploy_die "nginx did not answer within 10 s"
    sleep 0.1
  done
  deploy_log "nginx: $DEPLOY_URL (pid $DEPLOY_NGINX_PID) → 127.0.0.1:${DEPLOY_INSTANCE_PORT[a]}, 127.0.0.1:${DEPLOY_INSTANCE_PORT[b]}"
}

# Everything this script started, newest first; the work folder if this script made it. Keeps the exit
# status it is called with (or the last command's, as an EXIT trap).
deploy_cleanup() {
  local status=${1:-$?}
  # Whatever fails here, the rest must still be stopped.
  set +e
  trap - EXIT INT TERM
  if [[ -n $DEPLOY_IMPORT_PID ]]; then
    pkill -TERM -P "$DEPLOY_IMPORT_PID" 2>/dev/null
    wait "$DEPLOY_IMPORT_PID" 2>/dev/null
  fi
  if [[ -n $DEPLOY_NGINX_PID ]]; then
    kill -TERM "$DEPLOY_NGINX_PID" 2>/dev/null || true
    wait "$DEPLOY_NGINX_PID" 2>/dev/null || true
    DEPLOY_NGINX_PID=""
  fi
  local name pid
  for name in "${DEPLOY_INSTANCES[@]}"; do
    pid=${DEPLOY_PID[$name]:-}
    if [[ -n $pid ]]; then kill -TERM "$pid" 2>/dev/null || true; fi
  done
  for name in "${DEPLOY_INSTANCES[@]}"; do
    pid=${DEPLOY_PID[$name]:-}
    [[ -n $pid ]] || continue
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    DEPLOY_PID[$name]=""
  done
  if [[ $DEPLOY_OWN_DIR == 1 && ${DEPLOY_KEEP:-0} != 1 && -n ${DEPLOY_DIR:-} ]]; then
    rm -rf "$DEPLOY_DIR"
  elif [[ -n ${DEPLOY_DIR:-} ]]; then
    deploy_log "kept $DEPLOY_DIR"
  fi
  return "$status"
}

# A database per instance, both instances (the first creates the shared key ring, so the second only
# reads it), then nginx.
deploy_start() {
  deploy_log "building each instance's database from seeds/"
  deploy_import a &
  DEPLOY_IMPORT_PID=$!
  deploy_import b
  wait "$DEPLOY_IMPORT_PID" || deploy_die "import for instance a failed"
  DEPLOY_IMPORT_PID=""
  mkdir -p "$DEPLOY_KEYS"
  chmod 700 "$DEPLOY_KEYS"
  deploy_start_instance a
  deploy_start_instance b
  deploy_start_nginx
}

deploy_up() {
  deploy_configure
  deploy_publish
  deploy_start
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  trap deploy_cleanup EXIT
  trap 'exit 130' INT TERM
  deploy_up
  echo
  echo "The explorer: $DEPLOY_URL   (instances on 127.0.0.1:${DEPLOY_INSTANCE_PORT[a]} and 127.0.0.1:${DEPLOY_INSTANCE_PORT[b]})"
  echo "Logs: $DEPLOY_DIR/{a,b}/app.log, $DEPLOY_DIR/nginx/logs/. Ctrl-C stops everything."
  wait "$DEPLOY_NGINX_PID" || true
  deploy_die "nginx exited"
fi
