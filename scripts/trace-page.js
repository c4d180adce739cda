#!/usr/bin/env node
// Where a page load's main-thread time goes: loads one URL in the system's headless Chromium (phone
// viewport, CPU throttled RATE times, default 4 as in Lighthouse's mobile setting), records a trace with
// JavaScript samples, and prints every main-thread task of at least MIN_MS as recorded (default 50, a
// long task; with RATE=1 use MIN_MS=12, the tasks Lighthouse's 4× estimate makes long), with the trace
// events inside it and the functions the samples found it running.
// Needs the pinned npm tools (npm ci --ignore-scripts in scripts/; lighthouse brings puppeteer-core).
//   node scripts/trace-page.js http://127.0.0.1:5181/timeline
//   RATE=1 MIN_MS=8 KEEP=/tmp/timeline-trace.json node scripts/trace-page.js http://127.0.0.1:5181/
// See docs/quality.md ("Where the mobile budget is lost").
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const puppeteer = require(path.join(__dirname, 'node_modules', 'puppeteer-core'));

const url = process.argv[2];
if (!url) {
    console.error('usage: node scripts/trace-page.js URL');
    process.exit(2);
}
const rate = Number(process.env.RATE || 4);
const minMs = Number(process.env.MIN_MS || 50);
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const tracePath = process.env.KEEP || path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'trace-')), 'trace.json');

async function record() {
    const browser = await puppeteer.launch({ executablePath: chrome, headless: 'new', args: ['--no-sandbox'] });
    try {
        const page = await browser.newPage();
        await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        await page.tracing.start({
            path: tracePath,
            categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'],
        });
        const response = await page.goto(url, { waitUntil: 'load' });
        if (!response || !response.ok()) {
            throw new Error(`${url} answered ${response ? response.status() : 'nothing'}`);
        }
        await new Promise(resolve => setTimeout(resolve, 3000)); // let the circuit connect and render
        await page.tracing.stop();
    } finally {
        await browser.close();
    }
}

function report() {
    const events = JSON.parse(fs.readFileSync(tracePath, 'utf8')).traceEvents;
    // The page's renderer main thread: the CrRendererMain thread that parsed the page's own URL.
    const threadNames = new Map();
    for (const e of events) {
        if (e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
    }
    const main = [...threadNames].find(([key, name]) => name === 'CrRendererMain'
        && events.some(e => `${e.pid}:${e.tid}` === key && e.name === 'ParseHTML' && e.args?.beginData?.url === url))?.[0];
    if (!main) throw new Error('no renderer thread parsed ' + url);
    const [pid, tid] = main.split(':').map(Number);
    const onMain = events.filter(e => e.pid === pid && e.tid === tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);

    // JavaScript samples of that renderer, as [timestamp, node id].
    const nodes = new Map();
    const samples = [];
    let time = 0;
    for (const e of events.filter(e => e.pid === pid && (e.name === 'Profile' || e.name === 'ProfileChunk'))) {
        if (e.name === 'Profile') {
            time = e.args.data.startTime;
            continue;
        }
        const profile = e.args.data.cpuProfile || {};
        for (const node of profile.nodes || []) nodes.set(node.id, node);
        const deltas = e.args.data.timeDeltas || [];
        (profile.samples || []).forEach((id, i) => {
            time += deltas[i];
            samples.push([time, id]);
        });
    }

    // From the page's first HTML parsing on (the blank page before it has tasks of its own).
    const start = onMain.find(e => e.name === 'ParseHTML' && e.args?.beginData?.url === url).ts;
    const tasks = onMain.filter(e => e.name === 'RunTask' && e.ts + e.dur >= start);
    const detail = /^(EvaluateScript|FunctionCall|ParseHTML|Layout|UpdateLayoutTree|EventDispatch|MajorGC|MinorGC|v8\.compile|v8\.compileModule|RunMicrotasks|Paint|TimerFire)$/;
    console.log(`${url} — tasks of ${minMs} ms or more, CPU throttled ${rate}×; trace ${tracePath}`);
    console.log('   at ms  length  inside (ms after parsing began)');
    for (const task of tasks.filter(t => t.dur >= minMs * 1000)) {
        const inside = onMain
            .filter(e => e !== task && e.ts >= task.ts && e.ts < task.ts + task.dur && e.dur >= 1500 && detail.test(e.name))
            .slice(0, 8)
            .map(e => `${e.name}${e.args?.data?.type ? `{${e.args.data.type}}` : ''}:${(e.dur / 1000).toFixed(0)}`);
        console.log(`${((task.ts - start) / 1000).toFixed(0).padStart(8)} ${(task.dur / 1000).toFixed(1).padStart(7)}  ${inside.join(' ')}`);
        const self = new Map();
        for (const [ts, id] of samples) {
            if (ts < task.ts || ts >= task.ts + task.dur) continue;
            const frame = nodes.get(id)?.callFrame;
            if (!frame || ['(idle)', '(program)', '(root)'].includes(frame.functionName)) continue;
            const key = `${frame.functionName || '(anonymous)'} ${(frame.url || '').split('/').pop()}:${frame.columnNumber}`;
            self.set(key, (self.get(key) || 0) + 1);
        }
        const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 6);
        if (top.length) console.log(`                  samples: ${top.map(([key, n]) => `${key} ×${n}`).join(', ')}`);
    }
}

record().then(report).catch(error => {
    console.error(error.message || error);
    process.exit(1);
});
