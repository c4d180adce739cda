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
            if (pin.dataset.minScale) pin.classList.toggle('is-crowded', pixelsPerUnit < Number(pin.dataset.minScale));
            // A label that would run past the right edge goes to the left of its marker (as PlaceMap.Flips).
            if (pin.dataset.labelWidth) {
                const left = (Number(pin.dataset.x) - v.x) / v.w * svg.clientWidth;
                pin.classList.toggle('is-flipped', left + 11 + Number(pin.dataset.labelWidth) > svg.clientWidth);
            }
        }
        declutter();
    };

    // What the arithmetic above cannot know (the real text widths, labels flipped to the left): of two
    // labels that still touch each other or another marker, the later one waits for hover or focus.
    const declutter = () => {
        const hits = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const markers = [...root.querySelectorAll('.marker')];
        const shapes = markers.map((m) => m.querySelector('.marker-shape')?.getBoundingClientRect());
        // The chosen place's label always shows; the others make way for it.
        const kept = markers.filter((m) => m.classList.contains('is-current'))
            .map((m) => m.querySelector('.marker__label')?.getBoundingClientRect()).filter(Boolean);
        markers.forEach((marker, i) => {
            const label = marker.querySelector('.marker__label');
            if (!label || marker.classList.contains('is-crowded') || marker.classList.contains('is-current')) return;
            const r = label.getBoundingClientRect();
            if (r.width === 0) return;
            const clash = kept.some((k) => hits(k, r)) || shapes.some((s, j) => j !== i && s && hits(s, r));
            if (clash) marker.classList.add('is-crowded');
            else kept.push(r);
        });
    };

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
