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
    // Past those, a ring of spots at growing distances in 24 directions, each tied to its marker by a leader
    // line: on a phone the border's crowd needs them (the points are pixels from the marker).
    const ring = [32, 48, 66, 86, 110, 136, 165, 200].map((d) => Array.from({ length: 24 }, (_, i) => [d * Math.cos(i * Math.PI / 12), d * Math.sin(i * Math.PI / 12)]));
    const classes = [...spots.filter(Boolean), 'is-ring'];
    // How a label hangs off its line's end: away from the marker first, then the other two ways.
    const anchors = (px, py) => {
        const cos = px / Math.hypot(px, py);
        const first = cos > 0.35 ? 'start' : cos < -0.35 ? 'end' : 'middle';
        return [first, ...['start', 'middle', 'end'].filter((a) => a !== first)];
    };

    // Labels are placed with the real text sizes, measured once per layout; the rest is arithmetic. Each label
    // has its spots in order of preference (beside its marker, then out on the ring), each inside the frame and
    // clear of every other marker and the zoom buttons. A first round takes the labels in order, each the first
    // spot that clears the labels and leader lines already placed. Where that leaves a label out (on a phone, the
    // crowded border), a search places them all again, then tidies (see below). A label with no spot at all
    // waits for hover or focus. A country name cut by the frame or covering a place label is hidden.
    const place = () => {
        const frame = svg.getBoundingClientRect();
        const inside = (r) => r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom;
        const markers = [...root.querySelectorAll('.marker')];
        const controls = root.querySelector('[data-map-controls]:not([hidden])');
        const shapes = new Map(markers.map((m) => [m, m.querySelector('.marker-shape')?.getBoundingClientRect()]));
        const obstacles = [...shapes.values()].filter(Boolean);
        if (controls) obstacles.push(controls.getBoundingClientRect());
        const labelOf = (marker) => marker.querySelector('.marker__label');
        const labelled = markers.filter(labelOf);
        for (const marker of markers) resetLabel(marker, labelOf(marker));
        // Every label's box at home hung by its start, its middle and its end, measured up front for all labels at
        // once (one layout each, not one per label and try, which laid the page out hundreds of times); and for one
        // label of each kind its box at each spot beside the marker. A spot moves a label a fixed way from how it
        // hangs (PlaceMap.razor.css), so each label's box there is its own box hung that way, moved as that one's.
        const boxes = new Map(labelled.map((m) => [m, {}]));
        const nearSpots = (m) => (m.classList.contains('marker--drawn') ? areaSpots : spots);
        for (const anchor of ['start', 'middle', 'end']) {
            for (const m of labelled) labelOf(m).setAttribute('text-anchor', anchor);
            for (const m of labelled) boxes.get(m)[anchor] = labelOf(m).getBoundingClientRect();
        }
        for (const m of labelled) resetLabel(m, labelOf(m));
        const moves = new Map();
        for (const sample of [labelled.find((m) => !m.classList.contains('marker--drawn')), labelled.find((m) => m.classList.contains('marker--drawn'))]) {
            if (!sample) continue;
            const label = labelOf(sample);
            const shift = {};
            for (const spot of nearSpots(sample)) {
                if (spot) sample.classList.add(spot);
                const anchor = getComputedStyle(label).textAnchor;
                const box = label.getBoundingClientRect(), hung = boxes.get(sample)[anchor];
                shift[spot] = { anchor, dx: box.left - hung.left, dy: box.top - hung.top };
                if (spot) sample.classList.remove(spot);
            }
            moves.set(sample.classList.contains('marker--drawn'), shift);
        }
        for (const m of labelled) {
            for (const [spot, { anchor, dx, dy }] of Object.entries(moves.get(m.classList.contains('marker--drawn')))) {
                const b = boxes.get(m)[anchor];
                boxes.get(m)[spot] = { left: b.left + dx, top: b.top + dy, right: b.right + dx, bottom: b.bottom + dy, width: b.width, height: b.height };
            }
        }
        const v = read();
        // What a label may never cover: the frame's edge, the other markers, the zoom buttons.
        const others = new Map(labelled.map((m) => {
            const own = shapes.get(m);
            return [m, obstacles.filter((o) => o !== own && !same(o, own))];
        }));
        const free = (marker, r, line) => r.width > 0 && inside(r) && !others.get(marker).some((o) => hits(o, r) || (line && cuts(line, o)));
        // The marker's point on the page, where its leader lines start.
        // Markers are placed in percent of the frame's inside (its border excluded).
        const area = { left: frame.left + svg.clientLeft, top: frame.top + svg.clientTop, width: svg.clientWidth, height: svg.clientHeight };
        const origin = (m) => [area.left + (Number(m.dataset.x) - v.x) / v.w * area.width, area.top + (Number(m.dataset.y) - v.y) / v.h * area.height];
        // The short leader lines of the spots beside a marker (PlaceMap.razor: up, down, and a drawn area's to its left).
        const stubs = { 'is-above-far': [0, -9, 0, -24], 'is-below-far': [0, 9, 0, 25] };
        const stub = (m, spot) => {
            const [ox, oy] = origin(m);
            const [x1, y1, x2, y2] = m.classList.contains('marker--drawn') ? (spot === 'is-flipped' ? [-20, 0, -2, 0] : []) : stubs[spot] ?? [];
            return x1 === undefined ? null : { x1: ox + x1, y1: oy + y1, x2: ox + x2, y2: oy + y2 };
        };
        // A spot's box with its leader line, for a quick first test of whether two spots may clash.
        const spot = (s) => {
            s.bb = s.line ? { left: Math.min(s.r.left, s.line.x1, s.line.x2), right: Math.max(s.r.right, s.line.x1, s.line.x2), top: Math.min(s.r.top, s.line.y1, s.line.y2), bottom: Math.max(s.r.bottom, s.line.y1, s.line.y2) } : s.r;
            return s;
        };
        const near = new Map(labelled.map((m) => [m, nearSpots(m).map((name) => spot({ marker: m, spot: name, r: boxes.get(m)[name], line: stub(m, name), cost: nearSpots(m).indexOf(name) })).filter((s) => free(m, s.r, s.line))]));
        // The ring's spots, worked out only for the labels that need them, from the label's boxes hung each way
        // (a glyph's overhang, as of an italic J, moves the box a few pixels from where its width alone would put it).
        const far = new Map();
        const within = ([x, y]) => x >= area.left && x <= area.left + area.width && y >= area.top && y <= area.top + area.height;
        const ringOf = (marker) => {
            if (far.has(marker)) return far.get(marker);
            // A place outside the view (Davos on a phone) is not pointed at from its edge.
            if (!within(origin(marker))) return [];
            const list = [];
            const label = labelOf(marker);
            const home = boxes.get(marker)[''];
            if (marker.querySelector('.marker__leader--ring') && home.width > 0) {
                const [ox, oy] = origin(marker);
                // Where the label's box sits from its anchor point, for each way of hanging it.
                const [hx, hy] = label.dataset.home.split(' ').map(Number);
                const offset = Object.fromEntries(['start', 'middle', 'end'].map((a) => [a, boxes.get(marker)[a].left - (ox + hx)]));
                const baseline = home.top - (oy + hy);
                // (A label out on the ring also keeps off its own marker.)
                const blocks = [...others.get(marker), shapes.get(marker)].filter(Boolean);
                const blocked = (r) => {
                    for (const o of blocks) if (hits(o, r)) return true;
                    return false;
                };
                // Out along each direction until the line meets a marker or the frame's edge (a longer line would too).
                for (let direction = 0; direction < ring[0].length; direction++) {
                    const hang = anchors(...ring[0][direction]);
                    for (let distance = 0; distance < ring.length; distance++) {
                        const [px, py] = ring[distance][direction];
                        const d = Math.hypot(px, py);
                        const line = { x1: ox + px / d * 10, y1: oy + py / d * 10, x2: ox + px, y2: oy + py };
                        if (!within([line.x2, line.y2]) || others.get(marker).some((o) => cuts(line, o))) break;
                        for (const [preference, anchor] of hang.entries()) {
                            // Beside the line's end when the line runs sideways, over or under it when it runs up or down.
                            const steep = Math.abs(py / d) > 0.6;
                            const x = anchor === 'start' ? px + 3 : anchor === 'end' ? px - 3 : px;
                            const y = !steep ? py + 4 : py < 0 ? py - 3 : py + 13;
                            const left = ox + x + offset[anchor], top = oy + y + baseline;
                            const r = { left, top, right: left + home.width, bottom: top + home.height, width: home.width };
                            if (inside(r) && !blocked(r)) {
                                list.push(spot({ marker, distance, direction, px, py, x, y, anchor, r, line, cost: 10 + d / 4 + 2 * preference }));
                            }
                        }
                    }
                }
                // The nearest circle first, each in the order of its directions.
                list.sort((p, q) => p.distance - q.distance || p.direction - q.direction);
            }
            far.set(marker, list);
            return list;
        };
        // Two labels clash where their boxes overlap, a leader line runs through the other's box or two lines cross.
        const clash = (a, b) => hits(a.bb, b.bb) && (hits(a.r, b.r) || (a.line && (cuts(a.line, b.r) || (b.line && crosses(a.line, b.line)))) || (b.line && cuts(b.line, a.r)));
        const fits = (chosen, s) => {
            for (const other of chosen.values()) if (other.marker !== s.marker && clash(other, s)) return false;
            return true;
        };
        // One round in the given order: the labels near their markers first; only then do the rest go out on the
        // ring, each waiting label trying the nearest circle before any takes a spot further out.
        const round = (order) => {
            const chosen = new Map();
            const waiting = [];
            for (const marker of order) {
                const s = near.get(marker).find((t) => fits(chosen, t));
                // The chosen place's label shows even with no free spot (at home).
                if (s) chosen.set(marker, s);
                else if (marker.classList.contains('is-current')) chosen.set(marker, spot({ marker, spot: '', r: boxes.get(marker)[''], fixed: true, cost: 0 }));
                else waiting.push(marker);
            }
            for (let distance = 0; distance < ring.length; distance++) {
                for (const marker of waiting) {
                    if (chosen.has(marker)) continue;
                    const s = ringOf(marker).find((t) => t.distance === distance && fits(chosen, t));
                    if (s) chosen.set(marker, s);
                }
            }
            return chosen;
        };
        // Every spot of a label, cheapest first.
        const sorted = new Map();
        const options = (m) => {
            if (!sorted.has(m)) sorted.set(m, [...near.get(m), ...ringOf(m)].sort((x, y) => x.cost - y.cost));
            return sorted.get(m);
        };
        // Where that leaves a label with no spot (on a phone, the crowded border), every label is placed again by a
        // search: the label with the fewest spots left goes next, in its cheapest spot (beside its marker first,
        // then the ring by distance), and each choice strikes the spots it clashes with from the labels still to
        // place; a choice that leaves one of them with none is undone and the next spot tried. The search stops
        // after a fixed number of steps (at 360 px and wider it needs about 150 of its 600).
        const search = (fixed, strict) => {
            const start = new Map();
            for (const m of labelled) {
                if (fixed.has(m)) continue;
                // (The cheapest 150: more would slow each step and only add long lines.)
                const list = options(m).filter((t) => ![...fixed.values()].some((f) => clash(f, t))).slice(0, 150);
                if (list.length) start.set(m, list);
            }
            // Where each label's spots lie, all together: a choice outside it strikes none of them.
            const reach = new Map([...start].map(([m, list]) => [m, list.reduce((u, t) => ({
                left: Math.min(u.left, t.bb.left), top: Math.min(u.top, t.bb.top), right: Math.max(u.right, t.bb.right), bottom: Math.max(u.bottom, t.bb.bottom),
            }), list[0].bb)]));
            const placed = new Map(fixed);
            let steps = 0;
            const next = (domains) => {
                let pick = null;
                for (const [m, list] of domains) if (!pick || list.length < domains.get(pick).length) pick = m;
                if (!pick) return true;
                for (const s of domains.get(pick)) {
                    if (++steps > 600) return false;
                    const rest = new Map();
                    let dead = false;
                    for (const [m, list] of domains) {
                        if (m === pick) continue;
                        const left = hits(reach.get(m), s.bb) ? list.filter((t) => !clash(s, t)) : list;
                        if (left.length) rest.set(m, left);
                        else if (strict) {
                            dead = true;
                            break;
                        }
                    }
                    if (dead) continue;
                    placed.set(pick, s);
                    if (next(rest)) return true;
                    placed.delete(pick);
                }
                return false;
            };
            return next(start) ? placed : null;
        };
        // Then each label (the costliest first, a few times over) moves to the cheapest spot the others leave free,
        // if cheaper than its own; a hidden label takes any. Then a label may take a cheaper spot held by a single
        // other label, if that one moves to another and the two cost less than before.
        const tidy = (chosen, movable) => {
            const cost = (m) => chosen.get(m)?.cost ?? Infinity;
            for (let pass = 0, moved = true; pass < 3 && moved; pass++) {
                moved = false;
                for (const m of [...movable].sort((x, y) => cost(y) - cost(x))) {
                    const now = chosen.get(m);
                    chosen.delete(m);
                    const t = options(m).find((u) => u.cost < (now?.cost ?? Infinity) && fits(chosen, u));
                    if (t ?? now) chosen.set(m, t ?? now);
                    moved ||= !!t;
                }
            }
            for (const m of [...movable].filter((x) => chosen.has(x)).sort((x, y) => cost(y) - cost(x))) {
                const now = chosen.get(m);
                for (const s of options(m)) {
                    if (s.cost >= now.cost) break;
                    let blocker = null, count = 0;
                    for (const other of chosen.values()) if (other.marker !== m && clash(other, s) && ++count === 1) blocker = other;
                    if (count !== 1 || blocker.fixed) continue;
                    chosen.delete(blocker.marker);
                    chosen.set(m, s);
                    const moved = options(blocker.marker).find((t) => t !== blocker && s.cost + t.cost < now.cost + blocker.cost && fits(chosen, t));
                    if (moved) {
                        chosen.set(blocker.marker, moved);
                        break;
                    }
                    chosen.set(m, now);
                    chosen.set(blocker.marker, blocker);
                }
            }
        };
        // The chosen place first (its label always shows), then drawn areas (near their middle), then the rest.
        let chosen = round([...labelled].sort((a, b) => rank(a) - rank(b)));
        // (A place outside the view, Beijing in the default view, has no spot and is not missing.)
        const movable = labelled.filter((m) => !chosen.get(m)?.fixed && (chosen.has(m) || options(m).length));
        if (movable.some((m) => !chosen.has(m))) {
            const fixed = new Map([...chosen].filter(([, t]) => t.fixed));
            // (On a narrower screen still, where no such layout turns up, the search goes once more without undoing
            // anything: a label left with no spot is hidden. The better of that and the first round stays.)
            const lenient = () => {
                const found = search(fixed, false);
                return found.size > chosen.size ? found : chosen;
            };
            chosen = search(fixed, true) ?? lenient();
            tidy(chosen, movable);
        }
        for (const marker of labelled) {
            const s = chosen.get(marker);
            if (!s) marker.classList.add('is-crowded');
            else if (s.spot !== undefined) {
                if (s.spot) marker.classList.add(s.spot);
            } else {
                const label = labelOf(marker);
                const leader = marker.querySelector('.marker__leader--ring');
                const d = Math.hypot(s.px, s.py);
                marker.classList.add('is-ring');
                label.setAttribute('x', s.x.toFixed(1));
                label.setAttribute('y', s.y.toFixed(1));
                label.setAttribute('text-anchor', s.anchor);
                leader.setAttribute('x1', (s.px / d * 10).toFixed(1));
                leader.setAttribute('y1', (s.py / d * 10).toFixed(1));
                leader.setAttribute('x2', s.px.toFixed(1));
                leader.setAttribute('y2', s.py.toFixed(1));
                // A drawn area's focus ring is a box round its name, so it goes where the name goes (in the marker's
                // own units, pixels from its point).
                const box = marker.querySelector('rect.marker__focus-ring');
                if (box) {
                    const [ox, oy] = origin(marker);
                    [s.r.left - ox - 4, s.r.top - oy - 3, s.r.right - s.r.left + 8, s.r.bottom - s.r.top + 6].forEach((value, i) => box.setAttribute(['x', 'y', 'width', 'height'][i], value.toFixed(1)));
                }
            }
        }
        const kept = [...chosen.values()].map((s) => s.r);
        for (const country of root.querySelectorAll('.map__country:not(.is-crowded)')) {
            const r = country.querySelector('.map__country-name').getBoundingClientRect();
            if (!inside(r) || kept.some((k) => hits(k, r))) country.classList.add('is-crowded');
        }
    };
    // A label's own position from the server, restored before every layout; its spot classes cleared.
    const resetLabel = (marker, label) => {
        marker.classList.remove('is-crowded', ...classes);
        if (!label) return;
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
    const hits = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    // Whether a segment passes through a rectangle's inside (clipped against its four sides, Liang–Barsky)
    // or two segments cross.
    const cuts = (l, r) => {
        // Most boxes are nowhere near the segment.
        if (Math.max(l.x1, l.x2) <= r.left || Math.min(l.x1, l.x2) >= r.right || Math.max(l.y1, l.y2) <= r.top || Math.min(l.y1, l.y2) >= r.bottom) return false;
        const dx = l.x2 - l.x1, dy = l.y2 - l.y1;
        let t0 = 0, t1 = 1;
        for (let side = 0; side < 4; side++) {
            const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
            const q = side === 0 ? l.x1 - r.left : side === 1 ? r.right - l.x1 : side === 2 ? l.y1 - r.top : r.bottom - l.y1;
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
        // The controls show before the labels are laid out, so that no label goes under them.
        if (root.dataset.map === 'interactive') {
            for (const hidden of root.querySelectorAll('[data-map-controls], [data-map-help]')) hidden.hidden = false;
        }
        if (!ready.has(root)) {
            ready.add(root);
            setUp(root);
        } else {
            root.dispatchEvent(new Event('map:refresh'));
        }
    }
}

scan();
