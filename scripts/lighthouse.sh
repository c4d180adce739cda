#!/usr/bin/env bash
# Lighthouse (npm lighthouse 12.8.2, the newest that runs on Node 20) on the key pages, in mobile
# (Lighthouse's default) and desktop settings, with the system's Chromium. Runs every page × form
# RUNS times (default 3), prints the median of each category score (and of the main performance
# metrics), and exits non-zero if any median is below MIN_SCORE (default 95) or a page does not
# answer 200.
#   scripts/lighthouse.sh
#   RUNS=5 scripts/lighthouse.sh
#   BASE_URL=http://127.0.0.1:5181 scripts/lighthouse.sh   # audit an app that is already running
#   KEEP_REPORTS=/tmp/lh scripts/lighthouse.sh   # keep the JSON reports there
#   PAGES="/ /timeline" FORMS=mobile scripts/lighthouse.sh   # a subset
# See docs/quality.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/app.sh"

read -ra PAGES <<< "${PAGES:-/ /topics/trade /timeline /agreements}"
read -ra FORMS <<< "${FORMS:-mobile desktop}"
MIN_SCORE="${MIN_SCORE:-95}"
RUNS="${RUNS:-3}"
export CHROME_PATH="${CHROME_PATH:-${CHROMIUM_PATH:-/usr/bin/chromium}}"
[[ -x "$CHROME_PATH" ]] || { echo "No Chromium at $CHROME_PATH: apt-get install -y chromium (or set CHROME_PATH)" >&2; exit 2; }

ensure_npm_tools
if [[ -n "${BASE_URL:-}" ]]; then
    BASE="${BASE_URL%/}"
    echo "Auditing the app already running at $BASE"
else
    start_app
fi
LIGHTHOUSE="$ROOT/scripts/node_modules/.bin/lighthouse"
echo "Lighthouse $("$LIGHTHOUSE" --version), $("$CHROME_PATH" --version 2>/dev/null | head -1), $RUNS run(s) per page and form"

REPORTS="${KEEP_REPORTS:-$WORK/reports}"
mkdir -p "$REPORTS"
problems=0
reports=()
for path in "${PAGES[@]}"; do
    status="$(status_of "$path")"
    if [[ "$status" != "200" ]]; then
        echo "FAIL  $path answered $status"
        problems=$((problems + 1))
        continue
    fi
    for form in "${FORMS[@]}"; do
        preset=()
        [[ "$form" == "desktop" ]] && preset=(--preset=desktop)
        for run in $(seq 1 "$RUNS"); do
            report="$REPORTS/$(echo "$path" | tr -c 'A-Za-z0-9-' '_')-$form-$run.json"
            "$LIGHTHOUSE" "$BASE$path" "${preset[@]}" --quiet \
                --chrome-flags="--headless=new --no-sandbox" \
                --only-categories=performance,accessibility,best-practices,seo \
                --output=json --output-path="$report" >/dev/null 2>"$report.log" \
                || { cat "$report.log"; echo "FAIL  lighthouse could not audit $path ($form)"; problems=$((problems + 1)); continue; }
            reports+=("$path|$form|$report")
        done
    done
done

echo
below="$(node "$ROOT/scripts/lib/lighthouse-summary.js" "$MIN_SCORE" "${reports[@]}")"

if [[ "$below" != "0" ]]; then
    echo "lighthouse: $below median score(s) below $MIN_SCORE"
    problems=$((problems + 1))
fi
if [[ "$problems" -gt 0 ]]; then
    echo "lighthouse: FAILED"
    exit 1
fi
echo "lighthouse: OK (every median score >= $MIN_SCORE)"
