// Which calendars dates are shown in (docs/scripts-and-calendars.md). Every page carries every date in
// the Gregorian, Solar Hijri and Hijri calendars; the <html data-cal> attribute says which a reader sees
// (app.css hides the rest). Without this script, or without a choice, Gregorian and Solar Hijri show.
// The choice comes from ?cal=gregorian,persian,hijri (a shared link) or is kept in localStorage: no
// cookie, and the server never sees it, so every page stays one cached answer for every reader.
const known = ["gregorian", "persian", "hijri"];
const fallback = ["gregorian", "persian"];
const storageKey = "explorer.calendars";

function parse(text) {
    const chosen = (text || "").split(/[\s,]+/).filter((c) => known.includes(c));
    return chosen.length > 0 ? known.filter((c) => chosen.includes(c)) : null;
}

function stored() {
    try {
        return parse(window.localStorage.getItem(storageKey));
    } catch {
        return null;
    }
}

function store(calendars) {
    try {
        window.localStorage.setItem(storageKey, calendars.join(","));
    } catch {
        // Storage off (private mode, policy): the choice lasts for this page only.
    }
}

function apply(calendars) {
    document.documentElement.setAttribute("data-cal", calendars.join(" "));
}

const fromUrl = parse(new URLSearchParams(window.location.search).get("cal"));
if (fromUrl) {
    store(fromUrl);
}

let current = fromUrl || stored() || fallback;
apply(current);

function wire() {
    for (const form of document.querySelectorAll("form.calendar-choice")) {
        const boxes = [...form.querySelectorAll("input[name=cal]")];
        for (const box of boxes) {
            box.checked = current.includes(box.value);
            box.addEventListener("change", () => {
                const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
                if (chosen.length === 0) {
                    // At least one calendar: the one just unticked comes back.
                    box.checked = true;
                    return;
                }
                current = known.filter((c) => chosen.includes(c));
                store(current);
                apply(current);
            });
        }
        form.addEventListener("submit", (e) => e.preventDefault());
        form.hidden = false;
    }
}

if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", wire);
} else {
    wire();
}
