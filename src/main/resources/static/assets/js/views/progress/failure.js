/**
 * When a book could not be finished: why, and Try again (which picks up where it stopped); a book its
 * parent stopped just says so, with Continue.
 */
import { stories } from '../../api.js';
import { h, toast } from '../../dom.js';
import { links } from '../../router.js';
import { FAILED } from '../../statuses.js';

/**
 * Fills the failure box and shows it, with the focus on Try again.
 * @param onRetried (status) → the book is being made again, from that status
 */
export function showRetry(box, { id, statuses, onRetried, stopped = false }) {
  const retry = h('button', { type: 'button', class: 'btn btn-primary', id: 'retry-button' }, stopped ? 'Continue' : 'Try again');
  retry.addEventListener('click', async () => {
    retry.disabled = true;
    try {
      onRetried(await stories.retry(id));
    } catch (error) {
      retry.disabled = false;
      toast(error.message, { tone: 'error' });
    }
  });
  box.replaceChildren(
    h('p', { class: 'failure-text' }, stopped ? 'Stopped'
      : statuses.find(FAILED)?.status_message ?? 'We could not finish this book'),
    h('p', { class: 'muted' }, stopped ? 'Continue picks up where it stopped: finished pages are kept.'
      : 'Trying again picks up where it stopped: finished pages are kept.'),
    h('div', { class: 'button-row' }, retry, h('a', { class: 'btn btn-quiet', href: links.library() }, 'Back to my books')));
  box.hidden = false;
  retry.focus();
}

/** The book is not there any more: a way back to the bookshelf. */
export function showGone(box) {
  box.replaceChildren(h('a', { class: 'btn btn-primary', href: links.library() }, 'Back to my books'));
  box.hidden = false;
}
