// Browser checks for deploy/test.sh, in Debian's Chromium driven by playwright-core (docs/deploy.md).
//
//   node island-check.mjs BASE_URL [NAME=ADDRESS=PID ...]
//
// search:   an island started through nginx works. Type in the header search box, wait for the island
//           to be live and suggest, choose the first suggestion with ArrowDown and Enter, land on its page.
// failover: (only with instances given) an island whose instance stops. Start it, SIGTERM the instance
//           its circuit lives on (told by the WebSocket handshake's X-Served-By), then: the reconnect
//           notice shows, the island is no longer live, the search box still works as a plain form
//           (answered by another instance), and the next page's island starts a circuit on an instance
//           that is up.
//
// Prints one JSON object { search, failover, killed } and exits 0 when every check run passed.
import { chromium } from 'playwright-core';

const [base, ...instances] = process.argv.slice(2);
const ISLAND = '[data-island="site-search"]';
const LIVE = `${ISLAND}[data-interactive="true"]`;
const OPTION = '#site-search-suggestions [role="option"]';
// What the check running now did, kept for the report if it throws.
let current = null;
let killed = null;

async function openPage(browser) {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const run = current = { page, errors: [], sockets: [], steps: [] };
  page.on('pageerror', e => run.errors.push(String(e)));
  // Which instance each circuit's WebSocket reached: nginx adds X-Served-By to the 101 answer too.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.webSocketHandshakeResponseReceived', e => {
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    run.sockets.push({ status: e.response.status, servedBy: headers['x-served-by'] ?? null });
  });
  return run;
}

// Loads path, types text into the header box, waits for the live island and its first suggestion.
async function startIsland(run, path, text) {
  const { page } = run;
  const loaded = await page.goto(path);
  run.steps.push(`GET ${path}: ${loaded.status()} from ${loaded.headers()['x-served-by']}`);
  const input = page.locator('#site-search-q');
  await input.click();
  await input.pressSequentially(text, { delay: 40 });
  await page.locator(LIVE).waitFor();
  const option = page.locator(OPTION).first();
  await option.waitFor({ state: 'visible' });
  const suggestion = {
    title: (await option.locator('.site-search__title').textContent()).trim(),
    href: await option.locator('a').getAttribute('href'),
  };
  run.steps.push(`island live after typing "${text}"; first suggestion "${suggestion.title}" → ${suggestion.href}; circuit on ${run.sockets.at(-1)?.servedBy}`);
  return { input, suggestion };
}

// Presses Enter in input and waits until the page it leads to has loaded; returns that page's answer.
async function enterAndLand(run, input) {
  const { page } = run;
  const from = page.url();
  const answer = page.waitForResponse(r => r.request().isNavigationRequest() && r.request().frame() === page.mainFrame());
  await input.press('Enter');
  const response = await answer;
  await page.waitForURL(url => url.href !== from, { waitUntil: 'load' });
  return response;
}

async function search(browser) {
  const run = await openPage(browser);
  const { page } = run;
  const { input, suggestion } = await startIsland(run, '/timeline', 'Gwadar');
  await input.press('ArrowDown');
  await page.locator('#site-search-q[aria-activedescendant="site-search-option-0"]').waitFor();
  const landed = await enterAndLand(run, input);
  const heading = (await page.locator('h1').first().textContent())?.trim();
  run.steps.push(`ArrowDown, Enter: landed on ${page.url()} (${landed.status()} from ${landed.headers()['x-served-by']}), h1 "${heading}"`);
  return {
    ok: page.url() === new URL(suggestion.href, base).href && landed.status() === 200 && run.sockets.at(-1)?.status === 101,
    steps: run.steps, suggestion, landed: page.url(), heading, circuit: run.sockets.at(-1) ?? null, pageErrors: run.errors,
  };
}

async function failover(browser) {
  const byAddress = new Map(instances.map(arg => {
    const [name, address, pid] = arg.split('=');
    return [address, { name, pid: Number(pid) }];
  }));
  const run = await openPage(browser);
  const { page } = run;
  await startIsland(run, '/timeline', 'Chabahar');
  const circuit = run.sockets.at(-1)?.servedBy;
  const victim = byAddress.get(circuit);
  if (!victim) throw new Error(`the circuit's instance (${circuit}) is none of ${[...byAddress.keys()].join(', ')}`);
  process.kill(victim.pid, 'SIGTERM');
  killed = victim.name;
  run.steps.push(`SIGTERM to instance ${victim.name} (${circuit}), which holds the circuit`);

  const notice = page.locator('#components-reconnect-modal');
  await notice.waitFor({ state: 'visible' });
  // Reconnecting reaches the other instance, which has no such circuit: Blazor gives up ("rejected").
  await page.locator('#components-reconnect-modal.components-reconnect-rejected, #components-reconnect-modal.components-reconnect-failed')
    .waitFor({ state: 'attached', timeout: 30_000 });
  const shown = { text: (await notice.textContent()).trim(), classes: await notice.getAttribute('class') };
  const stillLive = await page.locator(LIVE).count();
  run.steps.push(`reconnect notice shown (${shown.classes}): "${shown.text}"; island live: ${stillLive > 0}`);

  // The plain form: Enter with no suggestion chosen submits it, circuit or not.
  const input = page.locator('#site-search-q');
  await input.fill('Gwadar');
  const plain = await enterAndLand(run, input);
  const plainBy = plain.headers()['x-served-by'];
  run.steps.push(`typed "Gwadar", Enter: ${page.url()} (${plain.status()} from ${plainBy})`);

  // The next page: its island gets a new circuit, on an instance that is up.
  const before = run.sockets.length;
  await startIsland(run, new URL(page.url()).pathname + new URL(page.url()).search, 'Gw');
  const newCircuit = run.sockets.length > before ? run.sockets.at(-1) : null;
  return {
    ok: stillLive === 0 && new URL(page.url()).pathname === '/search' && plain.status() === 200
      && !plainBy.endsWith(circuit) && newCircuit?.status === 101 && newCircuit.servedBy !== circuit,
    steps: run.steps, notice: shown, newCircuit, pageErrors: run.errors,
  };
}

const result = {};
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run',
  ],
});
try {
  for (const [name, check] of Object.entries({ search, failover })) {
    if (name === 'failover' && instances.length === 0) continue;
    try {
      result[name] = await check(browser);
    } catch (error) {
      result[name] = { ok: false, steps: current?.steps ?? [], error: String(error?.stack ?? error) };
    }
  }
} finally {
  await browser.close();
}

// The instance this script stopped, so deploy/test.sh can start it again.
result.killed = killed;
console.log(JSON.stringify(result, null, 2));
process.exit(result.search?.ok && (instances.length === 0 || result.failover?.ok) ? 0 : 1);
