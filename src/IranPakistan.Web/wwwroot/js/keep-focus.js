// Blazor does not hydrate a prerendered interactive island: when its circuit connects it replaces the
// island's DOM with a fresh render. Whoever had already tabbed into the header search box (or a
// timeline filter) would lose focus, and what they had typed, at that moment. This puts both back:
// when the focused element leaves the document and an element with the same id arrives, focus moves
// to it with the same text and caret, and an input event tells the component what was typed.
let focused = null;

document.addEventListener('focusin', e => {
    focused = e.target instanceof HTMLElement && e.target.id ? e.target : null;
});

// A reader who clicks or tabs away has left on purpose: forget the element, unless it left because
// it was removed from the document (then the observer below needs it).
document.addEventListener('focusout', e => {
    const left = e.target;
    setTimeout(() => {
        if (focused === left && left.isConnected) focused = null;
    });
});

new MutationObserver(() => {
    if (!focused || focused.isConnected) return;
    const lost = focused;
    focused = null;
    const active = document.activeElement;
    if (active && active !== document.body) return; // focus has already gone somewhere on purpose
    const replacement = document.getElementById(lost.id);
    if (!replacement || replacement.tagName !== lost.tagName) return;
    replacement.focus({ preventScroll: true });
    if (lost instanceof HTMLInputElement && replacement instanceof HTMLInputElement && lost.value !== replacement.value) {
        replacement.value = lost.value;
        replacement.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (lost instanceof HTMLInputElement && replacement instanceof HTMLInputElement && lost.selectionStart !== null) {
        try {
            replacement.setSelectionRange(lost.selectionStart, lost.selectionEnd);
        } catch {
            // Not every input type has a caret.
        }
    }
}).observe(document.documentElement, { childList: true, subtree: true });
