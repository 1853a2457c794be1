/** Sharing: a read-only link anyone can open without an account, made and switched off in a dialog. */
import { stories } from '../../api.js';
import { openDialog } from '../../dialog.js';
import { h, toast } from '../../dom.js';
import { busy, field } from '../../forms.js';

export function shareButton(id) {
  const button = h('button', { type: 'button', class: 'btn btn-quiet', id: 'share-button' }, 'Share');
  button.addEventListener('click', () => {
    const result = h('div', { class: 'share-result' });
    const make = h('button', { type: 'button', class: 'btn btn-primary' }, 'Make a link');
    const stop = h('button', { type: 'button', class: 'btn btn-quiet' }, 'Stop sharing');
    make.addEventListener('click', () => busy(make, 'Making a link…', async () => {
      try {
        const link = await stories.share(id);
        showLink(result, new URL(link.url, window.location.origin).href);
      } catch (error) {
        toast(error.message, { tone: 'error' });
      }
    }));
    stop.addEventListener('click', async () => {
      try {
        await stories.unshare(id);
        result.replaceChildren(h('p', {}, 'Sharing stopped: the link no longer opens the book.'));
      } catch (error) {
        toast(error.message, { tone: 'error' });
      }
    });
    openDialog({
      title: 'Share this book',
      content: [h('p', {}, 'Make a link that opens the book for reading, without an account. A new link replaces the old one.'), result],
      actions: [stop, make],
    });
  });
  return button;
}

function showLink(result, url) {
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
  result.replaceChildren(field({ label: 'Your link', control: input,
    hint: 'Anyone with this link can read the book, but not change it.' }), copy);
  input.select();
}
