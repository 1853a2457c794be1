/**
 * What is happening now in a message window, a progress bar with "n of m pictures painted", a line
 * for connection trouble, and the log of every step and page so far. The words are said aloud by the
 * announcer's log (progress/announcer.js), so the window itself is not a live region.
 */
import { h } from '../../dom.js';

export function statusPanel() {
  const message = h('p', { class: 'message-text', id: 'status-message' }, 'Checking on your book…');
  const messageWindow = h('div', { class: 'message-window' },
    h('span', { class: 'message-quill', 'aria-hidden': 'true' }), message);
  const trouble = h('p', { class: 'trouble', role: 'alert', hidden: true });
  const fill = h('div', { class: 'progress-fill' });
  const bar = h('div', { class: 'progress-track', role: 'progressbar', 'aria-label': 'How much of the book is ready',
    'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': '0' }, fill);
  const caption = h('p', { class: 'progress-caption' });
  const log = h('ol', { class: 'message-log', 'aria-label': 'What happened so far' });

  return {
    messageWindow,
    progress: h('div', { class: 'progress' }, bar, caption),
    trouble,
    log,
    /** A status answer, the words to show for it, and how far along the book is (0…1). */
    show(status, text, fraction) {
      trouble.hidden = true;
      message.textContent = text;
      const percent = Math.round(fraction * 100);
      fill.style.width = `${percent}%`;
      bar.setAttribute('aria-valuenow', String(percent));
      bar.setAttribute('aria-valuetext', `${percent}% — ${text}`);
      const { pages_done: done = 0, pages_total: total = 0 } = status.progress ?? {};
      caption.textContent = total ? `${done} of ${total} pictures painted` : '';
    },
    /** A message in the window that is not a status (the book has gone, the book is ready). */
    say(text) {
      message.textContent = text;
    },
    troubled(text) {
      trouble.textContent = text;
      trouble.hidden = false;
    },
    failed(yes) {
      messageWindow.classList.toggle('is-failed', yes);
    },
  };
}
