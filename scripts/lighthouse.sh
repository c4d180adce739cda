#!/usr/bin/env bash
# Lighthouse (npm lighthouse 12.8.2, the newest that runs on Node 20) on the key pages, in mobile
# (Lighthouse's default) and desktop settings, with the system's Chromium. Prints the four category
# scores and exits non-zero if any is below MIN_SCORE (default 95) or a page does not answer 200.
#   scripts/lighthouse.sh
#   ALLOW_MISSING=1 scripts/lighthouse.sh   # a page that answers 404 is skipped with a warning
# See docs/quality.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/app.sh"

PAGES=("/" "/topics/security" "/timeline" "/agreements")
MIN_SCORE="${MIN_SCORE:-95}"
export CHROME_PATH="${CHROME_PATH:-${CHROMIUM_PATH:-/usr/bin/chromium}}"
[[ -x "$CHROME_PATH" ]] || { echo "No Chromium at $CHROME_PATH: apt-get install -y chromium (or set CHROME_PATH)" >&2; exit 2; }

ensure_npm_tools
start_app
LIGHTHOUSE="$ROOT/scripts/node_modules/.bin/lighthouse"
echo "Lighthouse $("$LIGHTHOUSE" --version), $("$CHROME_PATH" --version 2>/dev/null | head -1)"

mkdir -p "$WORK/reports"
problems=0
reports=()
for path in "${PAGES[@]}"; do
    status="$(status_of "$path")"
    if [[ "$status" != "200" ]]; then
        if [[ "${ALLOW_MISSING:-}" == "1" && "$status" == "404" ]]; then
            echo "WARN  $path answered 404 (not built on this branch yet?): skipped"
        else
            echo "FAIL  $path answered $status"
            problems=$((problems + 1))
        fi
        continue
    fi
    for form in mobile desktop; do
        report="$WORK/reports/$(echo "$path" | tr -c 'A-Za-z0-9-' '_')-$form.json"
        preset=()
        [[ "$form" == "desktop" ]] && preset=(--preset=desktop)
        "$LIGHTHOUSE" "$BASE$path" "${preset[@]}" --quiet \
            --chrome-flags="--headless=new --no-sandbox" \
            --only-categories=performance,accessibility,best-practices,seo \
            --output=json --output-path="$report" >/dev/null 2>"$report.log" \
            || { cat "$report.log"; echo "FAIL  lighthouse could not audit $path ($form)"; problems=$((problems + 1)); continue; }
        reports+=("$path|$form|$report")
    done
done

echo
below="$(node - "$MIN_SCORE" "${reports[@]}" <<'NODE'
const fs = require('fs');
const [min, ...reports] = process.argv.slice(2);
const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
const rows = [['page', 'form', ...cats]];
let below = 0;
for (const entry of reports) {
  const [path, form, file] = entry.split('|');
  const lhr = JSON.parse(fs.readFileSync(file, 'utf8'));
  const scores = cats.map(c => lhr.categories[c]?.score == null ? 'n/a' : Math.round(lhr.categories[c].score * 100));
  below += scores.filter(s => s === 'n/a' || s < Number(min)).length;
  rows.push([path, form, ...scores.map(String)]);
  for (const c of cats) {
    if (Math.round((lhr.categories[c]?.score ?? 0) * 100) >= Number(min)) continue;
    for (const ref of lhr.categories[c].auditRefs) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 0.9) {
        console.error(`  ${path} ${form} ${c}: ${a.id} (${a.score}) ${a.title}${a.displayValue ? ' — ' + a.displayValue : ''}`);
      }
    }
  }
}
const widths = rows[0].map((_, i) => Math.max(...rows.map(r => r[i].length)));
for (const r of rows) console.error('| ' + r.map((v, i) => v.padEnd(widths[i])).join(' | ') + ' |');
console.log(below);
NODE
)"

if [[ "$below" != "0" ]]; then
    echo "lighthouse: $below score(s) below $MIN_SCORE"
    problems=$((problems + 1))
fi
if [[ "$problems" -gt 0 ]]; then
    echo "lighthouse: FAILED"
    exit 1
fi
echo "lighthouse: OK (every score >= $MIN_SCORE)"
