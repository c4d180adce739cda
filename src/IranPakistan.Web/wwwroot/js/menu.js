// The phone menu as a disclosure (docs/design.md). Without JavaScript the "Menu" link jumps to the
// navigation, which CSS shows while it is the :target. With it, the link becomes a button that says
// whether the menu is open (aria-expanded) and shows or hides the navigation in place; Escape closes
// it and gives focus back to the button. On wide screens CSS hides the button and always shows the nav.

const link = document.querySelector('a.menu-toggle');
const nav = document.getElementById('site-nav');
if (link && nav) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'menu-toggle';
    button.textContent = link.textContent;
    button.setAttribute('aria-controls', nav.id);
    button.setAttribute('aria-expanded', 'false');
    link.replaceWith(button);

    const setOpen = (open) => {
        button.setAttribute('aria-expanded', String(open));
        nav.classList.toggle('is-open', open);
    };
    button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
    nav.addEventListener('keydown', (e) => {
        if (e.key === 'Escape' && button.getAttribute('aria-expanded') === 'true' && getComputedStyle(button).display !== 'none') {
            setOpen(false);
            button.focus();
        }
    });
    button.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
            setOpen(false);
        }
    });
}
