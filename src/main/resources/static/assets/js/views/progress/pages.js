/**
 * Each page of the book being made, as soon as it exists: its words once the story is written, its
 * picture once drawn, a placeholder before that.
 */
import { stories } from '../../api.js';
import { h } from '../../dom.js';
import { altText } from '../book.js';

/**
 * Fetches the book after a change, one request at a time: a change during a request asks once more
 * when it ends. Failures are let go (the pages show on the next change; the status keeps coming).
 * @returns refresh()
 */
export function bookRefresher(id, { onBook, isLeft }) {
  let request = null;
  let again = false;
  const refresh = () => {
    if (request) {
      again = true;
      return;
    }
    request = stories.book(id).then((book) => {
      if (!isLeft()) {
        onBook(book);
      }
    }).catch(() => {
      // The pages show on the next change; the status keeps coming.
    }).finally(() => {
      request = null;
      if (again && !isLeft()) {
        again = false;
        refresh();
      }
    });
  };
  return refresh;
}

export function drawPages(list, book, status, statuses) {
  const drawing = statuses.pageOf(status?.status);
  const total = Math.max(book.pages?.length ?? 0, book.page_count ?? 0);
  const byNumber = new Map((book.pages ?? []).map((page) => [page.number, page]));
  const items = [];
  for (let n = 1; n <= total; n += 1) {
    const page = byNumber.get(n);
    const picture = page?.image_url
      ? h('img', { src: page.image_url, alt: altText(page), width: '320', height: '240', decoding: 'async' })
      : h('div', { class: ['picture-placeholder', n >= drawing && drawing > 0 ? 'is-drawing' : null] },
        h('span', { class: 'placeholder-brush', 'aria-hidden': 'true' }),
        h('span', {}, page ? (drawing > 0 && n >= drawing ? 'Painting…' : 'Waiting for paint') : 'Being written'));
    items.push(h('li', { class: ['page-preview', page?.image_url ? 'has-picture' : null], dataset: { page: String(n) } },
      h('figure', {}, picture,
        h('figcaption', {},
          h('span', { class: 'page-number' }, `Page ${n}`),
          page?.text ? h('span', { class: 'page-snippet' }, page.text) : null))));
  }
  list.replaceChildren(...items);
}
