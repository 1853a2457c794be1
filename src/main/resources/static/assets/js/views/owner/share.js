/** Sharing: a read-only link anyone can open without an account, made and switched off in a dialog. */
import { stories } from '../../api.js';
import { confirmDialog, openDialog } from '../../dialog.js';
import { dateTime, h, toast } from '../../dom.js';
import { busy, field } from '../../forms.js';

/**
 * Books with a link handed out: from the book (its `shared_until`/`shared` answer) or made in this
 * page, so making another asks first — a new link stops the old one working.
 */
const sharedBooks = new Set();

export function markShared(id, shared) {
  if (shared) {
    sharedBooks.add(id);
  } else {
    sharedBooks.delete(id);
  }
}

export function shareButton(id) {
  const button = h('button', { type: 'button', class: 'btn btn-quiet', id: 'share-button' }, 'Share');
  button.addEventListener('click', () => shareDialog(id));
  return button;
}

/** The share dialog: make a link (asking first when one is out), copy it, or stop sharing. */
export async function shareDialog(id) {
  const result = h('div', { class: 'share-result' });
  const make = h('button', { type: 'button', class: 'btn btn-primary' }, 'Make a link');
  const stop = h('button', { type: 'button', class: 'btn btn-quiet' }, 'Stop sharing');
  const lasting = h('select', { name: 'expires_in_days', id: 'share-expiry' },
    [['', 'until I stop sharing'], ['1', 'for 1 day'], ['7', 'for 7 days'], ['30', 'for 30 days']]
      .map(([value, label]) => h('option', { value }, label)));
  make.addEventListener('click', async () => {
    if (sharedBooks.has(id) && !await confirmDialog({ title: 'Make a new link?',
      message: 'This book already has a link. A new link replaces it: the one you handed out stops working.',
      yes: 'Make a new link', no: 'Keep the old link' })) {
      return;
    }
    await busy(make, 'Making a link…', async () => {
      try {
        const link = await stories.share(id, Number(lasting.value) || undefined);
        markShared(id, true);
        showLink(result, new URL(link.url, window.location.origin).href, link.expires_at);
      } catch (error) {
        toast(error.message, { tone: 'error' });
      }
    });
  });
  stop.addEventListener('click', async () => {
    try {
      await stories.unshare(id);
      markShared(id, false);
      result.replaceChildren(h('p', {}, 'Sharing stopped: the link no longer opens the book.'));
    } catch (error) {
      toast(error.message, { tone: 'error' });
    }
  });
  openDialog({
    title: 'Share this book',
    content: [h('p', {}, 'Make a link that opens the book for reading, without an account. A new link replaces the old one.'),
      field({ label: 'The link works', control: lasting, className: 'share-expiry' }), result],
    actions: [stop, make],
  });
}

function showLink(result, url, expiresAt) {
  const input = h('input', { type: 'text', readonly: true, value: url, id: 'share-url', class: 'share-url' });
  const copy = h('button', { type: 'button', class: 'btn btn-small' }, 'Copy');
  copy.addEventListener('click', async () => {
    input.select();
    try {
      await navigator.clipboard.writeText(url);
      toast('Link copied.', { tone: 'success' });
    } catch {
      toast('Select the link and copy it.', { tone: 'info' });
    }
  });
  const until = expiresAt ? ` It works until ${dateTime(expiresAt)}.` : '';
  result.replaceChildren(field({ label: 'Your link', control: input,
    hint: `Anyone with this link can read the book, but not change it.${until}` }), copy);
  input.select();
}
