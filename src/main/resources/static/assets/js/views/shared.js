/** A book opened through a share link: read-only, no account needed. */
import { artStyles, stories } from '../api.js';
import { h, setTitle } from '../dom.js';
import { sharedBook } from './book.js';
import { renderReader } from './reader.js';

export async function renderShared(view, { token, onLeave }) {
  setTitle('A shared book');
  let data;
  try {
    data = await stories.shared(token);
  } catch (error) {
    view.append(h('section', { class: 'not-found' },
      h('h1', { class: 'view-heading', tabindex: '-1' }, 'This book is not here'),
      h('p', { class: 'lead' }, error.status === 404
        ? 'The link may have been switched off by the person who shared it.' : error.message),
      h('a', { class: 'btn btn-primary', href: '/signup' }, 'Make your own book')));
    return;
  }
  const styles = await artStyles.list().catch(() => []);
  const label = styles.find((s) => s.id === data.art_style)?.label;
  renderReader(view, {
    book: sharedBook(data, label),
    onLeave,
    banner: h('p', { class: 'shared-banner' }, 'Someone shared this book with you. ',
      h('a', { href: '/signup' }, 'Make one for your child')),
  });
}
