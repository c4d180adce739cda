# Shared by validate-html.sh and lighthouse.sh (sourced, not run).
# Publishes the app, starts it on a free loopback port over a temporary database built from
# seeds/, and stops it again when the calling script exits.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ip-explorer-quality.XXXXXX")"
APP_PID=""

cleanup() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# npm packages pinned in scripts/package-lock.json; installed on first use.
ensure_npm_tools() {
    if [[ ! -d "$ROOT/scripts/node_modules" ]]; then
        echo "Installing the pinned quality tools (npm ci in scripts/)…"
        (cd "$ROOT/scripts" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Sets BASE to the running app's origin (http://127.0.0.1:PORT). Runs the published app in
# Production, as it would be served: fingerprinted, compressed assets and the real error pages.
start_app() {
    echo "Publishing the app…"
    dotnet publish "$ROOT/src/IranPakistan.Web" -c Release -o "$WORK/app" --nologo -v quiet >"$WORK/publish.log" 2>&1 \
        || { cat "$WORK/publish.log"; echo "dotnet publish failed" >&2; exit 2; }
    local port
    port="$(free_port)"
    BASE="http://127.0.0.1:$port"
    (
        cd "$WORK/app"
        ASPNETCORE_ENVIRONMENT=Production \
        Explorer__DatabasePath="$WORK/explorer.db" \
        Explorer__SeedsPath="$ROOT/seeds" \
        Serilog__MinimumLevel__Default=Warning \
        exec dotnet IranPakistan.Web.dll --urls "$BASE"
    ) >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    # /healthz answers 200 once the import and the app's warm-up (at most 60 s) are done.
    for _ in $(seq 1 300); do
        if curl -fsS "$BASE/healthz" >/dev/null 2>&1; then
            echo "App running at $BASE (database $WORK/explorer.db)"
            return 0
        fi
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            cat "$WORK/app.log"; echo "The app exited before it answered /healthz" >&2; exit 2
        fi
        sleep 0.5
    done
    cat "$WORK/app.log"; echo "The app did not answer /healthz within 150 s" >&2; exit 2
}

# Prints the HTTP status of a path.
status_of() {
    curl -s -o /dev/null -w '%{http_code}' "$BASE$1"
}
