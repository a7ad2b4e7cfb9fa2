/**
 * What the CRM page shows where the panel was, once the extension was reloaded or updated under
 * it: the old panel cannot work any more (its extension context is gone) and Chrome does not put
 * a new one into open tabs. A short note in the panel's closed shadow root, no coaching data,
 * which can be dismissed (no reload button: the script every CRM page loads has a size budget).
 * Its words are read while the extension is still there (`i18n` throws after).
 */
export interface UpdatedNoticeText {
  message: string;
  dismiss: string;
}

const hostStyle = [
  'all: initial',
  'position: fixed',
  'right: 16px',
  'bottom: 16px',
  'z-index: 2147483000',
  'display: block',
  'max-width: 360px',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

// Inside the closed shadow root the page's stylesheets do not apply; only the host needs !important.
const noteStyle =
  'display: flex; gap: 8px; align-items: center; padding: 10px 12px; border-radius: 8px; ' +
  'background: #1f2937; color: #f9fafb; font: 13px/1.4 system-ui, sans-serif;';

const buttonStyle =
  'all: initial; cursor: pointer; font: inherit; color: inherit; padding: 2px 8px; ' +
  'border: 1px solid #9ca3af; border-radius: 4px;';

/** Replaces the shadow root's content (the dead panel iframe) with the note; the host gets the note's style. */
export function showUpdatedNotice(host: HTMLElement, shadow: ShadowRoot, text: UpdatedNoticeText): void {
  const note = document.createElement('div');
  note.setAttribute('role', 'status');
  note.setAttribute('style', noteStyle);
  const message = document.createElement('span');
  message.textContent = text.message;
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = '×';
  dismiss.setAttribute('aria-label', text.dismiss);
  dismiss.setAttribute('style', buttonStyle);
  dismiss.addEventListener('click', () => host.remove());
  note.append(message, dismiss);
  shadow.replaceChildren(note);
  host.setAttribute('style', hostStyle);
}
