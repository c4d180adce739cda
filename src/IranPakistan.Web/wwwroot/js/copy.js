// Copy buttons and the reader's access date (Shared/Ui/CopyField.razor, Shared/Citations/CiteThis.razor).
// Pages are the same bytes for everyone, so a citation carries a placeholder for the access date; this
// writes in today's date (the reader's own calendar day) in each format's way, shows the copy buttons
// (hidden without JavaScript: the text areas stay selectable) and announces each copy in the block's
// status region.

// The same words as CitationFormatter.AccessPlaceholder (a unit test keeps them equal).
const PLACEHOLDER = '[date of your visit]';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const pad = (n) => String(n).padStart(2, '0');

function written(style, d) {
    const y = d.getFullYear(), m = d.getMonth(), day = d.getDate();
    switch (style) {
        case 'mdy': return `${MONTHS[m]} ${day}, ${y}`;
        case 'dmy': return `${day} ${MLA_MONTHS[m]} ${y}`;
        case 'iso': return `${y}-${pad(m + 1)}-${pad(day)}`;
        case 'ris': return `${y}/${pad(m + 1)}/${pad(day)}`;
        default: return null;
    }
}

function fillAccessDate(area, today) {
    const style = area.dataset.dateStyle;
    if (!style || !area.value.includes(PLACEHOLDER)) return;
    if (style === 'csl') {
        try {
            const items = JSON.parse(area.value);
            for (const item of items) {
                if (item.accessed) item.accessed = { 'date-parts': [[today.getFullYear(), today.getMonth() + 1, today.getDate()]] };
            }
            area.value = JSON.stringify(items, null, 2);
        } catch {
            // Leave the placeholder: the text is still a valid CSL-JSON literal date.
        }
        return;
    }
    const date = written(style, today);
    if (date) area.value = area.value.split(PLACEHOLDER).join(date);
}

async function copy(area) {
    try {
        await navigator.clipboard.writeText(area.value);
        return true;
    } catch {
        // No clipboard permission (or an older browser): copy the selection the old way.
        area.focus();
        area.select();
        const done = document.execCommand('copy');
        return done;
    }
}

function start() {
    const today = new Date();
    for (const area of document.querySelectorAll('textarea[data-date-style]')) fillAccessDate(area, today);
    for (const note of document.querySelectorAll('[data-copy-nojs]')) note.hidden = true;
    for (const button of document.querySelectorAll('button[data-copy]')) {
        button.hidden = false;
        button.addEventListener('click', async () => {
            const area = document.getElementById(button.dataset.copy);
            const status = button.closest('[data-copy-scope]')?.querySelector('[data-copy-status]');
            if (!area) return;
            const done = await copy(area);
            button.focus();
            if (status) {
                const what = button.dataset.copyWhat || 'the text';
                // Cleared first, so copying the same thing twice is announced twice.
                status.textContent = '';
                setTimeout(() => {
                    status.textContent = done
                        ? `Copied ${what} to the clipboard.`
                        : `Could not copy ${what}: select the text and copy it yourself.`;
                }, 50);
            }
        });
    }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
