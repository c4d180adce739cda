// Interactive islands, started on demand (docs/architecture.md, "Islands on demand").
//
// Pages are static HTML, the same bytes for every reader; an island ([data-island]) is a plain form
// that works without JavaScript. The first time a reader focuses, touches or types in one, this
// loads Blazor's server script, starts it and adds the island's component as a JS root component
// (no prerendered descriptor, so nothing expires however long the page has been open). The live
// component renders the same markup with the same ids; the handover below moves focus, text and
// caret to it and replays what was typed, so nothing the reader did is lost.

const ISLAND = '[data-island]';
const LIVE = '[data-interactive="true"]';
const TRIGGERS = ['focusin', 'pointerdown', 'input', 'keydown'];
const RESTORE_KEY = 'island-focus';
let blazor = null;

function startBlazor() {
    return (blazor ??= (async () => {
        const src = document.querySelector('meta[name="blazor-server-src"]')?.content ?? '_framework/blazor.server.js';
        await new Promise((resolve, reject) => {
            const script = document.createElement('script');
            script.src = src;
            // Read by the script itself: without it Blazor starts at once, and start() below would throw.
            script.setAttribute('autostart', 'false');
            script.onload = resolve;
            script.onerror = () => reject(new Error(`could not load ${src}`));
            document.head.append(script);
        });
        ensureReconnectNotice();
        await window.Blazor.start({
            // One WebSocket, no negotiate round trip (and no need for sticky negotiation behind a proxy).
            configureSignalR: builder => builder.withUrl('_blazor', { skipNegotiation: true, transport: 1 }).configureLogging('warning'),
        });
        return window.Blazor;
    })());
}

// Blazor's default reconnect dialog injects an inline <style>, which our CSP forbids; with this
// element present it only toggles classes on it (styled in app.css).
function ensureReconnectNotice() {
    if (document.getElementById('components-reconnect-modal')) return;
    const notice = document.createElement('div');
    notice.id = 'components-reconnect-modal';
    notice.setAttribute('role', 'status');
    notice.textContent = 'Connection lost: suggestions and live filters are paused. The search box and the filters still work as plain forms.';
    document.body.append(notice);
    notice.addEventListener('components-reconnect-state-changed', e => {
        const down = e.detail?.state !== 'hide';
        for (const island of document.querySelectorAll(`${ISLAND}[data-island-state="live"]`)) {
            if (down) island.removeAttribute('data-interactive');
            else island.setAttribute('data-interactive', 'true');
        }
    });
}

// Static DOM → live DOM: the elements the live render removed are matched to the new ones by id
// (so every focusable element in an island has one).
function handover(focusedId, removed, island) {
    const replays = [];
    for (const old of removed) {
        if (!old.id) continue;
        const now = island.querySelector(`#${CSS.escape(old.id)}`);
        if (!now || now === old) continue;
        if (old.id === focusedId && !('value' in old)) {
            now.focus({ preventScroll: true });
            continue;
        }
        if (!('value' in old)) continue;
        let start = null, end = null, direction;
        try {
            ({ selectionStart: start, selectionEnd: end, selectionDirection: direction } = old);
        } catch {
            // Not every input has a caret.
        }
        if (now.value !== old.value && now.type !== 'checkbox' && now.type !== 'radio') {
            now.value = old.value;
            replays.push([now, now.tagName === 'SELECT' ? 'change' : 'input']);
        }
        if (old.id === focusedId) {
            now.focus({ preventScroll: true });
            if (start !== null) {
                try { now.setSelectionRange(start, end, direction); } catch { /* no caret */ }
            }
        }
    }
    for (const [element, type] of replays) element.dispatchEvent(new Event(type, { bubbles: true }));
}

function activate(island) {
    if (island.islandStarted) return island.islandStarted;
    island.setAttribute('data-island-state', 'starting');
    let focusedId = island.contains(document.activeElement) ? document.activeElement.id : null;
    island.addEventListener('focusin', e => { focusedId = e.target.id || null; });
    // Chrome blurs an element before removing it, so decide only after the mutation whether the
    // reader left on purpose.
    island.addEventListener('focusout', e => {
        const element = e.target;
        queueMicrotask(() => { if (element.isConnected && document.activeElement !== element) focusedId = null; });
    });
    const removed = [];
    const observer = new MutationObserver(records => {
        for (const record of records) {
            for (const node of record.removedNodes) {
                if (node.nodeType !== Node.ELEMENT_NODE) continue;
                if (node.id) removed.push(node);
                node.querySelectorAll?.('[id]').forEach(child => removed.push(child));
            }
        }
        if (island.querySelector(LIVE)) {
            // The first live render is in: same task, so nothing was painted in between.
            observer.disconnect();
            handover(focusedId, removed, island);
            island.setAttribute('data-island-state', 'live');
            island.setAttribute('data-interactive', 'true');
            island.dispatchEvent(new CustomEvent('island:interactive', { bubbles: true }));
        }
    });
    observer.observe(island, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-interactive'] });
    island.islandStarted = (async () => {
        const Blazor = await startBlazor();
        const parameters = JSON.parse(island.dataset.params || '{}');
        await Blazor.rootComponents.add(island, island.dataset.island, parameters);
    })().catch(error => {
        // The static form keeps working; the reader loses only the live extras.
        observer.disconnect();
        island.setAttribute('data-island-state', 'failed');
        console.error('island could not start:', error);
    });
    return island.islandStarted;
}

for (const type of TRIGGERS) {
    document.addEventListener(type, e => {
        const island = e.target.closest?.(ISLAND);
        if (island) activate(island);
    }, { capture: true, passive: true });
}

// A change in an island leads to a full load of the new URL (the live component's own navigation,
// or the form's submit below): remember the control and where it was on screen, to restore both.
document.addEventListener('change', e => {
    const island = e.target.closest?.(ISLAND);
    if (!island || !e.target.id) return;
    sessionStorage.setItem(RESTORE_KEY, JSON.stringify({
        path: location.pathname, id: e.target.id, top: e.target.getBoundingClientRect().top, at: Date.now(),
    }));
    // Not live yet: load the URL the live island would (the form's fields, without the empty ones).
    if (island.getAttribute('data-interactive') !== 'true' && e.target.tagName === 'SELECT' && e.target.form) {
        const form = e.target.form;
        const query = new URLSearchParams([...new FormData(form)].filter(([, value]) => value !== ''));
        const url = new URL(form.action);
        url.search = query.toString();
        location.assign(url);
    }
}, true);

// A live combobox: Enter on a highlighted suggestion is the component's (it opens it), so the
// browser must not also submit the form; the arrow keys move the highlight, not the caret.
document.addEventListener('keydown', e => {
    const input = e.target;
    // The container says whether the island is live now (islands.js drops it while the connection is down).
    if (!input.matches?.(`${ISLAND}${LIVE} [role="combobox"]`)) return;
    if (e.key === 'Enter' && input.getAttribute('aria-activedescendant')) e.preventDefault();
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && input.getAttribute('aria-expanded') === 'true') e.preventDefault();
});

// After a change loaded the new URL: focus the same control, at the same place on screen.
function restoreFocus() {
    const saved = sessionStorage.getItem(RESTORE_KEY);
    if (!saved) return;
    sessionStorage.removeItem(RESTORE_KEY);
    try {
        const { path, id, top, at } = JSON.parse(saved);
        const element = document.getElementById(id);
        if (path !== location.pathname || Date.now() - at > 15000 || !element?.closest(ISLAND)) return;
        window.scrollBy(0, element.getBoundingClientRect().top - top);
        element.focus({ preventScroll: true });
    } catch {
        // A stale or foreign entry: ignore it.
    }
}

restoreFocus();

// Back to a page kept in the back/forward cache: its island forms may still show the choice made
// just before leaving; the page below them shows the URL's state, so the forms must too.
window.addEventListener('pageshow', e => {
    if (!e.persisted) return;
    for (const form of document.querySelectorAll(`${ISLAND} form`)) form.reset();
});
