// Pan and zoom for the server-rendered map (Features/Places/Map/PlaceMap.razor). The server
// draws the geography in an inner <svg> whose viewBox is the view, and places markers in
// percent of that view so they keep their pixel size; this module only rewrites the viewBox and
// those percentages. Without it the map still shows, and the preset links (?focus=, ?place=) work.
// The map's numbers come from the server, on the map's root element: data-extent (the whole map,
// in map units), data-aspect (every view's width:height as the server draws it; a taller frame on a phone
// reshapes the views) and data-min-width (the smallest view).
const ready = new WeakSet();

function setUp(root) {
    const svg = root.querySelector('.map__svg');
    const geo = root.querySelector('[data-map-geo]');
    if (!svg || !geo) return;
    const [extentWidth, extentHeight] = root.dataset.extent.split(' ').map(Number);
    const minWidth = Number(root.dataset.minWidth);
    // The views' width:height is the frame's: the server's (data-aspect) unless the stylesheet makes the
    // frame taller, as it does for the pannable map on a phone (PlaceMap.razor.css, .map--fit).
    const aspect = () => (svg.clientHeight > 0 ? svg.clientWidth / svg.clientHeight : Number(root.dataset.aspect));
    // The widest view: the whole map, or in a taller frame at least as wide as in the server's (the rows
    // past the map's top and bottom then show as sea), so "All places" still shows every place.
    const maxWidth = () => Math.min(extentWidth, extentHeight * Math.max(aspect(), Number(root.dataset.aspect)));

    const read = () => {
        const [x, y, w, h] = geo.getAttribute('viewBox').split(/[\s,]+/).map(Number);
        return { x, y, w, h };
    };

    // The frame's size at the last layout: a resize that leaves it as it was (the observer's first call,
    // right after the layout below) lays nothing out again.
    let laidOut = '';
    const frameSize = () => {
        const r = svg.getBoundingClientRect();
        return `${r.width}x${r.height}`;
    };
    const layout = () => {
        laidOut = frameSize();
        const v = read();
        // A view of another shape than the frame (the server's, or before a resize) is reshaped round its middle.
        if (Math.abs(v.w / v.h / aspect() - 1) > 0.002) {
            show(v.x, v.y + (v.h - v.w / aspect()) / 2, v.w);
            return;
        }
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
    // Past those, a ring of spots at growing distances in sixteen directions, each tied to its marker by a
    // leader line: on a phone the border's crowd needs them (the points are pixels from the marker, in 24
    // directions at each distance).
    const ring = [32, 48, 66, 86, 110, 136, 165, 200].map((d) => Array.from({ length: 24 }, (_, i) => [d * Math.cos(i * Math.PI / 12), d * Math.sin(i * Math.PI / 12)]));
    const classes = [...spots.filter(Boolean), 'is-ring'];
    // How a label hangs off its line's end: away from the marker first, then the other two ways.
    const anchors = (px, py) => {
        const cos = px / Math.hypot(px, py);
        const first = cos > 0.35 ? 'start' : cos < -0.35 ? 'end' : 'middle';
        return [first, ...['start', 'middle', 'end'].filter((a) => a !== first)];
    };

    // Labels are placed with the real text sizes: each takes the first spot that stays inside the map's
    // frame and clears the labels already placed, every marker and the zoom buttons; a label with no such
    // spot waits for hover or focus. A country name cut by the frame or covering a place label is hidden.
    const place = () => {
        const hits = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const frame = svg.getBoundingClientRect();
        const inside = (r) => r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom;
        const markers = [...root.querySelectorAll('.marker')];
        const controls = root.querySelector('[data-map-controls]:not([hidden])');
        const shapes = new Map(markers.map((m) => [m, m.querySelector('.marker-shape')?.getBoundingClientRect()]));
        const obstacles = [...shapes.values()].filter(Boolean);
        if (controls) obstacles.push(controls.getBoundingClientRect());
        const reset = (marker, label) => {
            marker.classList.remove('is-crowded', ...classes);
            if (!label) return;
            // The label's own position from the server, restored before every layout.
            label.dataset.home ??= [label.getAttribute('x'), label.getAttribute('y'), label.getAttribute('text-anchor') ?? ''].join(' ');
            const [x, y, anchor] = label.dataset.home.split(' ');
            label.setAttribute('x', x);
            label.setAttribute('y', y);
            if (anchor) label.setAttribute('text-anchor', anchor);
            else label.removeAttribute('text-anchor');
            // A drawn area's focus ring is a box round its name, so it goes where the name goes.
            const box = marker.querySelector('rect.marker__focus-ring');
            if (!box) return;
            box.dataset.home ??= ['x', 'y', 'width', 'height'].map((k) => box.getAttribute(k)).join(' ');
            box.dataset.home.split(' ').forEach((value, i) => box.setAttribute(['x', 'y', 'width', 'height'][i], value));
        };
        // One layout of every label, in the given order; it returns the labels it kept and the markers left hidden.
        const run = (order, urgent, boxes) => {
            const kept = [];
            // Leader lines already drawn, as segments on the page: no label or later line may cross them.
            const lines = [];
            const v = read();
            const crossesLine = (r) => lines.some((l) => cuts(l, r));
            const waiting = [];
            const hidden = [];
            const onRing = ({ marker, label, others, clear, home }, circle) => {
                const leader = marker.querySelector('.marker__leader--ring');
                if (!leader || !home) return false;
                // The marker's point on the page, where its leader line starts.
                const ox = frame.left + (Number(marker.dataset.x) - v.x) / v.w * frame.width;
                const oy = frame.top + (Number(marker.dataset.y) - v.y) / v.h * frame.height;
                // The label's box is worked out from its size at home (measuring each try would lay the page out each time).
                const [hx, hy, homeAnchor] = label.dataset.home.split(' ');
                const shift = (a) => (a === 'end' ? home.width : a === 'middle' ? home.width / 2 : 0);
                const baseline = home.top - (oy + Number(hy));
                const start = home.left - (ox + Number(hx) - shift(homeAnchor || 'start'));
                for (const [px, py, anchor] of circle.flatMap(([x, y]) => anchors(x, y).map((a) => [x, y, a]))) {
                    const d = Math.hypot(px, py);
                    // Beside the line's end when the line runs sideways, over or under it when it runs up or down.
                    const steep = Math.abs(py / d) > 0.6;
                    const x = anchor === 'start' ? px + 3 : anchor === 'end' ? px - 3 : px;
                    const y = !steep ? py + 4 : py < 0 ? py - 3 : py + 13;
                    const left = ox + x - shift(anchor) + start, top = oy + y + baseline;
                    const r = { left, top, right: left + home.width, bottom: top + home.height, width: home.width };
                    const line = { x1: ox + px / d * 10, y1: oy + py / d * 10, x2: ox + px, y2: oy + py };
                    const lineClear = () => !kept.some((k) => cuts(line, k)) && !others.some((o) => cuts(line, o)) && !lines.some((l) => crosses(l, line));
                    if (clear(r) && lineClear()) {
                        marker.classList.add('is-ring');
                        label.setAttribute('x', x.toFixed(1));
                        label.setAttribute('y', y.toFixed(1));
                        label.setAttribute('text-anchor', anchor);
                        leader.setAttribute('x1', (px / d * 10).toFixed(1));
                        leader.setAttribute('y1', (py / d * 10).toFixed(1));
                        leader.setAttribute('x2', px.toFixed(1));
                        leader.setAttribute('y2', py.toFixed(1));
                        const box = marker.querySelector('rect.marker__focus-ring');
                        if (box) {
                            const b = label.getBBox();
                            [b.x - 4, b.y - 3, b.width + 8, b.height + 6].forEach((value, i) => box.setAttribute(['x', 'y', 'width', 'height'][i], value.toFixed(1)));
                        }
                        kept.push(r);
                        lines.push(line);
                        return true;
                    }
                }
                return false;
            };
            for (const marker of order) {
                const label = marker.querySelector('.marker__label');
                reset(marker, label);
                if (!label) continue;
                const own = shapes.get(marker);
                const others = obstacles.filter((o) => o !== own && !same(o, own));
                const clear = (r) => r.width > 0 && inside(r) && !kept.some((k) => hits(k, r)) && !others.some((o) => hits(o, r)) && !crossesLine(r);
                const candidates = marker.classList.contains('marker--drawn') ? areaSpots : spots;
                let placed = false, home = null;
                for (const spot of candidates) {
                    const r = boxes.get(marker)[spot];
                    if (!spot) home = r;
                    if (clear(r)) {
                        if (spot) marker.classList.add(spot);
                        kept.push(r);
                        placed = true;
                        break;
                    }
                }
                // The chosen place's label shows even with no free spot (in its first one); the others wait for the ring.
                if (!placed && marker.classList.contains('is-current')) kept.push(home);
                // A label left hidden by an earlier round goes out on the ring at once, before the rest take its room.
                else if (!placed && urgent.includes(marker)) {
                    if (!ring.some((circle) => onRing({ marker, label, others, clear, home }, circle))) hidden.push(marker);
                } else if (!placed) waiting.push({ marker, label, others, clear, home });
            }
            // Only once every label near its marker is placed do the rest go out on the ring: each waiting label
            // tries the nearest circle before any takes a spot further out.
            let unplaced = waiting;
            for (const circle of ring) unplaced = unplaced.filter((w) => !onRing(w, circle));
            hidden.push(...unplaced.map((w) => w.marker));
            for (const marker of hidden) marker.classList.add('is-crowded');
            return { kept, hidden };
        };
        // The chosen place first (its label always shows), then drawn areas (near their middle), then the rest.
        // Where some label finds no spot, the layout is redone with those first (a few rounds; the best one stays).
        let order = [...markers].sort((a, b) => rank(a) - rank(b));
        // Every label's box at each of its spots, measured up front with all labels at home: one layout per
        // spot for all labels at once, not one per label and try (which laid the page out hundreds of times).
        const boxes = new Map();
        const labelled = markers.filter((m) => m.querySelector('.marker__label'));
        for (const marker of labelled) {
            reset(marker, marker.querySelector('.marker__label'));
            boxes.set(marker, {});
        }
        for (const spot of new Set([...spots, ...areaSpots])) {
            const group = labelled.filter((m) => (m.classList.contains('marker--drawn') ? areaSpots : spots).includes(spot));
            if (spot) for (const m of group) m.classList.add(spot);
            for (const m of group) boxes.get(m)[spot] = m.querySelector('.marker__label').getBoundingClientRect();
            if (spot) for (const m of group) m.classList.remove(spot);
        }
        let best = null, last = null, urgent = [];
        for (let round = 0; round < 4; round++) {
            last = order;
            const result = run(order, urgent, boxes);
            if (!best || result.hidden.length < best.hidden.length) best = { ...result, order, urgent };
            if (!result.hidden.length) break;
            urgent = [...urgent, ...result.hidden];
            order = [...order.filter((m) => rank(m) === 0), ...urgent, ...order.filter((m) => rank(m) > 0 && !urgent.includes(m))];
        }
        const { kept } = best.order === last ? best : run(best.order, best.urgent, boxes);
        for (const country of root.querySelectorAll('.map__country:not(.is-crowded)')) {
            const r = country.querySelector('.map__country-name').getBoundingClientRect();
            if (!inside(r) || kept.some((k) => hits(k, r))) country.classList.add('is-crowded');
        }
    };
    // Whether a segment passes through a rectangle's inside (clipped against its four sides, Liang–Barsky)
    // or two segments cross.
    const cuts = (l, r) => {
        const dx = l.x2 - l.x1, dy = l.y2 - l.y1;
        let t0 = 0, t1 = 1;
        for (const [p, q] of [[-dx, l.x1 - r.left], [dx, r.right - l.x1], [-dy, l.y1 - r.top], [dy, r.bottom - l.y1]]) {
            if (p === 0) {
                if (q <= 0) return false;
            } else {
                const t = q / p;
                if (p < 0) t0 = Math.max(t0, t);
                else t1 = Math.min(t1, t);
                if (t0 >= t1) return false;
            }
        }
        return true;
    };
    const turn = (ax, ay, bx, by, cx, cy) => Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
    const crosses = (a, b) => turn(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1) * turn(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2) < 0
        && turn(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1) * turn(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2) < 0;
    const same = (a, b) => b && a.left === b.left && a.top === b.top && a.width === b.width;
    const rank = (m) => (m.classList.contains('is-current') ? 0 : m.classList.contains('marker--drawn') ? 1 : 2);

    const show = (x, y, w) => {
        w = Math.min(Math.max(w, minWidth), maxWidth());
        const h = w / aspect();
        x = Math.min(Math.max(x, 0), extentWidth - w);
        y = h > extentHeight ? (extentHeight - h) / 2 : Math.min(Math.max(y, 0), extentHeight - h);
        geo.setAttribute('viewBox', `${x.toFixed(1)} ${y.toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}`);
        layout();
    };

    // Zoom by a factor, keeping the map point (cx, cy) where it is on screen.
    const zoom = (factor, cx, cy) => {
        const v = read();
        cx ??= v.x + v.w / 2;
        cy ??= v.y + v.h / 2;
        const w = Math.min(Math.max(v.w * factor, minWidth), maxWidth());
        const k = w / v.w;
        show(cx - (cx - v.x) * k, cy - (cy - v.y) * k, w);
    };

    const pan = (dx, dy) => {
        const v = read();
        show(v.x + dx, v.y + dy, v.w);
    };

    const reset = () => {
        const [x, y, w, h] = geo.dataset.view.split(' ').map(Number);
        show(x, y + (h - w / aspect()) / 2, w);
    };

    const toMap = (clientX, clientY) => {
        const v = read();
        const r = svg.getBoundingClientRect();
        return [v.x + (clientX - r.left) / r.width * v.w, v.y + (clientY - r.top) / r.height * v.h];
    };

    new ResizeObserver(() => {
        if (frameSize() !== laidOut) layout();
    }).observe(svg);
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
        // With the script the pannable map may take a taller frame on a phone (the server draws all of
        // its geography; a static map draws only its view's, so it keeps the server's shape).
        if (root.dataset.map === 'interactive') root.classList.add('map--fit');
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
