/**
 * Modal dialogs on the native <dialog> element: focus is kept inside while open, Escape closes, and
 * focus goes back to the button that opened it.
 */
import { h, uid } from './dom.js';

/**
 * Opens a dialog. content: nodes for the body; actions: buttons for the footer. Returns
 * {dialog, body, close()}; onClose runs once when it closes, however that happens.
 */
export function openDialog({ title, content = [], actions = [], className, onClose }) {
  const opener = document.activeElement;
  const titleId = uid('dialog-title');
  const body = h('div', { class: 'dialog-body' }, content);
  const closeButton = h('button', { type: 'button', class: 'dialog-close', 'aria-label': 'Close' }, '×');
  const dialog = h('dialog', { class: ['dialog', className], 'aria-labelledby': titleId },
    h('div', { class: 'dialog-head' }, h('h2', { id: titleId }, title), closeButton),
    body,
    actions.length ? h('div', { class: 'dialog-actions' }, actions) : null);
  const close = () => dialog.open && dialog.close();
  closeButton.addEventListener('click', close);
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) {
      close(); // a click on the backdrop
    }
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    onClose?.();
    if (opener instanceof HTMLElement && opener.isConnected) {
      opener.focus();
    }
  });
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, body, close };
}

/** Asks a yes/no question; resolves true for yes. */
export function confirmDialog({ title, message, yes, no = 'Cancel', danger = false }) {
  return new Promise((resolve) => {
    let answer = false;
    const yesButton = h('button', { type: 'button', class: ['btn', danger ? 'btn-danger' : 'btn-primary'] }, yes);
    const noButton = h('button', { type: 'button', class: 'btn btn-quiet' }, no);
    const { close } = openDialog({
      title, className: 'dialog-small', content: h('p', {}, message), actions: [noButton, yesButton],
      onClose: () => resolve(answer),
    });
    yesButton.addEventListener('click', () => {
      answer = true;
      close();
    });
    noButton.addEventListener('click', close);
    noButton.focus();
  });
}
