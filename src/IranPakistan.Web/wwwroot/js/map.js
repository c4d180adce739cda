// Pan and zoom for the server-rendered map (Features/Places/Map/PlaceMap.razor). The server
// draws the geography in an inner <svg> whose viewBox is the view, and places markers in
// percent of that view so they keep their pixel size; this module only rewrites the viewBox and
// those percentages. Without it the map still shows, and the preset links (?focus=, ?place=) work.
// The map's numbers come from the server, on the map's root element: data-extent (the whole map,
// in map units), data-aspect (every view's width:height) and data-min-width (the smallest view).
const ready = new WeakSet();

function setUp(root) {
    const svg = root.querySelector('.map__svg');
    const geo = root.querySelector('[data-map-geo]');
    if (!svg || !geo) return;
    const [extentWidth, extentHeight] = root.dataset.extent.split(' ').map(Number);
    const aspect = Number(root.dataset.aspect);
    const minWidth = Number(root.dataset.minWidth);
    const maxWidth = Math.min(extentWidth, extentHeight * aspect);

    const read = () => {
        const [x, y, w, h] = geo.getAttribute('viewBox').split(/[\s,]+/).map(Number);
        return { x, y, w, h };
    };

    const layout = () => {
        const v = read();
        const pixelsPerUnit = svg.clientWidth / v.w;
        for (const pin of root.querySelectorAll('[data-pin]')) {
            const target = pin.querySelector('.marker__pos, .map__country-name');
            if (!target) continue;
            target.setAttribute('x', `${((Number(pin.dataset.x) - v.x) / v.w * 100).toFixed(2)}%`);
            target.setAttribute('y', `${((Number(pin.dataset.y) - v.y) / v.h * 100).toFixed(2)}%`);
            // Country names keep the server's arithmetic (they give way to places); place labels are placed below.
            if (pin.dataset.minScale && !pin.classList.contains('marker')) pin.classList.toggle('is-crowded', pixelsPerUnit < Number(pin.dataset.minScale));
        }
        place();
    };

    // Where a place's label may go, in order of preference: right of its marker, left, above, below, the
    // four corners, and further above or below on a leader line. A drawn area's name stays near its middle,
    // or goes to its left on a leader line pointing at it.
    const spots = ['', 'is-flipped', 'is-above', 'is-below', 'is-right-above', 'is-right-below', 'is-left-above', 'is-left-below', 'is-above-far', 'is-below-far'];
    const areaSpots = ['', 'is-above', 'is-below', 'is-above-far', 'is-below-far', 'is-flipped'];

    // Labels are placed with the real text sizes: each takes the first spot that stays inside the map's
    // frame and clears the labels already placed, every marker and the zoom buttons; a label with no such
    // spot waits for hover or focus. A country name cut by the frame or covering a place label is hidden.
    const place = () => {
        const hits = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const frame = svg.getBoundingClientRect();
        const inside = (r) => r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom;
        const markers = [...root.querySelectorAll('.marker')];
        const controls = root.querySelector('[data-map-controls]:not([hidden])');
        const obstacles = markers.map((m) => m.querySelector('.marker-shape')?.getBoundingClientRect()).filter(Boolean);
        if (controls) obstacles.push(controls.getBoundingClientRect());
        const kept = [];
        const reset = (marker) => {
            marker.classList.remove('is-crowded', ...spots.filter(Boolean));
        };
        // The chosen place first (its label always shows), then drawn areas (near their middle), then the rest.
        const order = [...markers].sort((a, b) => rank(a) - rank(b));
        for (const marker of order) {
            reset(marker);
            const label = marker.querySelector('.marker__label');
            if (!label) continue;
            const own = marker.querySelector('.marker-shape')?.getBoundingClientRect();
            const clear = (r) => r.width > 0 && inside(r) && !kept.some((k) => hits(k, r)) && !obstacles.some((o) => o !== own && !same(o, own) && hits(o, r));
            const candidates = marker.classList.contains('marker--drawn') ? areaSpots : spots;
            let placed = false;
            for (const spot of candidates) {
                if (spot) marker.classList.add(spot);
                const r = label.getBoundingClientRect();
                if (clear(r)) {
                    kept.push(r);
                    placed = true;
                    break;
                }
                if (spot) marker.classList.remove(spot);
            }
            // The chosen place's label shows even with no free spot (in its first one).
            if (!placed && marker.classList.contains('is-current')) kept.push(label.getBoundingClientRect());
            else if (!placed) marker.classList.add('is-crowded');
        }
        for (const country of root.querySelectorAll('.map__country:not(.is-crowded)')) {
            const r = country.querySelector('.map__country-name').getBoundingClientRect();
            if (!inside(r) || kept.some((k) => hits(k, r))) country.classList.add('is-crowded');
        }
    };
    const same = (a, b) => b && a.left === b.left && a.top === b.top && a.width === b.width;
    const rank = (m) => (m.classList.contains('is-current') ? 0 : m.classList.contains('marker--drawn') ? 1 : 2);

    const show = (x, y, w) => {
        w = Math.min(Math.max(w, minWidth), maxWidth);
        const h = w / aspect;
        x = Math.min(Math.max(x, 0), extentWidth - w);
        y = Math.min(Math.max(y, 0), extentHeight - h);
        geo.setAttribute('viewBox', `${x.toFixed(1)} ${y.toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}`);
        layout();
    };

    // Zoom by a factor, keeping the map point (cx, cy) where it is on screen.
    const zoom = (factor, cx, cy) => {
        const v = read();
        cx ??= v.x + v.w / 2;
        cy ??= v.y + v.h / 2;
        const w = Math.min(Math.max(v.w * factor, minWidth), maxWidth);
        const k = w / v.w;
        show(cx - (cx - v.x) * k, cy - (cy - v.y) * k, w);
    };

    const pan = (dx, dy) => {
        const v = read();
        show(v.x + dx, v.y + dy, v.w);
    };

    const reset = () => {
        const [x, y, w] = geo.dataset.view.split(' ').map(Number);
        show(x, y, w);
    };

    const toMap = (clientX, clientY) => {
        const v = read();
        const r = svg.getBoundingClientRect();
        return [v.x + (clientX - r.left) / r.width * v.w, v.y + (clientY - r.top) / r.height * v.h];
    };

    new ResizeObserver(layout).observe(svg);
    root.addEventListener('map:refresh', layout);
    layout();
    if (root.dataset.map !== 'interactive') return;

    svg.addEventListener('wheel', e => {
        e.preventDefault();
        zoom(Math.exp(e.deltaY * 0.0015), ...toMap(e.clientX, e.clientY));
    }, { passive: false });

    let drag = null;
    svg.addEventListener('pointerdown', e => {
        if (e.button !== 0) return;
        drag = { x: e.clientX, y: e.clientY, moved: false, id: e.pointerId };
    });
    svg.addEventListener('pointermove', e => {
        if (!drag || drag.id !== e.pointerId) return;
        const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
        if (!drag.moved && Math.hypot(dx, dy) < 4) return;
        if (!drag.moved) svg.setPointerCapture(e.pointerId);
        drag.moved = true;
        const v = read();
        const unitsPerPixel = v.w / svg.getBoundingClientRect().width;
        pan(-dx * unitsPerPixel, -dy * unitsPerPixel);
        drag.x = e.clientX;
        drag.y = e.clientY;
    });
    const endDrag = e => {
        if (drag?.moved) {
            // A drag that ends on a marker is not a click on it.
            svg.addEventListener('click', ev => ev.preventDefault(), { capture: true, once: true });
            setTimeout(() => { drag = null; }, 0);
        } else {
            drag = null;
        }
        if (svg.hasPointerCapture?.(e.pointerId)) svg.releasePointerCapture(e.pointerId);
    };
    svg.addEventListener('pointerup', endDrag);
    svg.addEventListener('pointercancel', endDrag);

    svg.addEventListener('keydown', e => {
        const v = read();
        const step = v.w / 8;
        const actions = {
            '+': () => zoom(1 / 1.5), '=': () => zoom(1 / 1.5), '-': () => zoom(1.5), '_': () => zoom(1.5), '0': reset,
            ArrowLeft: () => pan(-step, 0), ArrowRight: () => pan(step, 0), ArrowUp: () => pan(0, -step), ArrowDown: () => pan(0, step),
        };
        const action = actions[e.key];
        if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
        e.preventDefault();
        action();
    });

    // Tabbing to a marker outside the view brings it into view.
    svg.addEventListener('focusin', e => {
        const pin = e.target.closest?.('[data-pin]');
        if (!pin) return;
        const v = read();
        const x = Number(pin.dataset.x), y = Number(pin.dataset.y);
        if (x < v.x || x > v.x + v.w || y < v.y || y > v.y + v.h) show(x - v.w / 2, y - v.h / 2, v.w);
    });

    root.addEventListener('click', e => {
        const button = e.target.closest?.('[data-map-zoom]');
        if (!button) return;
        ({ in: () => zoom(1 / 1.5), out: () => zoom(1.5), reset })[button.dataset.mapZoom]?.();
    });
}

// Enhanced navigation patches the DOM (re-hiding what we showed), so reveal controls on every load.
function scan() {
    for (const root of document.querySelectorAll('[data-map]')) {
        if (!ready.has(root)) {
            ready.add(root);
            setUp(root);
        } else {
            root.dispatchEvent(new Event('map:refresh'));
        }
        if (root.dataset.map === 'interactive') {
            for (const hidden of root.querySelectorAll('[data-map-controls], [data-map-help]')) hidden.hidden = false;
        }
    }
}

scan();
