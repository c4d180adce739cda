// Used by scripts/lighthouse.sh: reads Lighthouse JSON reports given as "path|form|file" arguments,
// prints (to stderr) one table row per page and form with the median of each category score over the
// runs, every run's performance score and the median of the main performance metrics, lists the audits
// that hold a category under the threshold, and prints (to stdout) how many medians are below it.
const fs = require('fs');
const [min, ...reports] = process.argv.slice(2);
const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
const metrics = [['first-contentful-paint', 'FCP'], ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'], ['cumulative-layout-shift', 'CLS'], ['speed-index', 'SI']];
const median = xs => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const groups = new Map();
for (const entry of reports) {
  const [path, form, file] = entry.split('|');
  const key = `${path}|${form}`;
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key).push(JSON.parse(fs.readFileSync(file, 'utf8')));
}
const rows = [['page', 'form', ...cats, 'performance per run', ...metrics.map(m => m[1])]];
let below = 0;
for (const [key, lhrs] of groups) {
  const [path, form] = key.split('|');
  const scores = cats.map(c => {
    const all = lhrs.map(l => l.categories[c]?.score).filter(s => s != null).map(s => Math.round(s * 100));
    return all.length ? Math.round(median(all)) : 'n/a';
  });
  below += scores.filter(s => s === 'n/a' || s < Number(min)).length;
  const perRun = lhrs.map(l => Math.round((l.categories.performance?.score ?? 0) * 100)).join(' ');
  const values = metrics.map(([id]) => {
    const v = median(lhrs.map(l => l.audits[id]?.numericValue ?? NaN));
    return id === 'cumulative-layout-shift' ? v.toFixed(3) : `${Math.round(v)} ms`;
  });
  rows.push([path, form, ...scores.map(String), perRun, ...values]);
  cats.forEach((c, i) => {
    if (scores[i] !== 'n/a' && scores[i] >= Number(min)) return;
    const lhr = lhrs[0];
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 0.9) {
        console.error(`  ${path} ${form} ${c}: ${a.id} (${a.score}) ${a.title}${a.displayValue ? ' — ' + a.displayValue : ''}`);
      }
    }
  });
}
const widths = rows[0].map((_, i) => Math.max(...rows.map(r => r[i].length)));
for (const r of rows) console.error('| ' + r.map((v, i) => v.padEnd(widths[i])).join(' | ') + ' |');
console.log(below);
