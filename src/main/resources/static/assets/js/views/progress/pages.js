/**
 * Each page of the book being made, as soon as it exists: its words once the story is written, its
 * picture once drawn, a placeholder before that.
 */
import { stories } from '../../api.js';
import { h } from '../../dom.js';
import { altText } from '../book.js';
import { CARD_SIZES, pictureAttrs } from '../../pictures.js';

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

const WORDS = { waiting: 'Waiting for paint', painting: 'Painting…', done: 'Painted' };

/**
 * The pages as thumbnails, each in its real state.
 * @param states Map of page number → 'waiting' | 'painting' | 'done' (progress/page-states.js)
 */
export function drawPages(list, book, states) {
  const total = Math.max(book.pages?.length ?? 0, book.page_count ?? 0, states.size);
  const byNumber = new Map((book.pages ?? []).map((page) => [page.number, page]));
  const items = [];
  for (let n = 1; n <= total; n += 1) {
    const page = byNumber.get(n);
    const state = states.get(n) ?? 'waiting';
    const picture = page?.image_url
      ? h('img', { ...pictureAttrs(page.image_url, CARD_SIZES), alt: altText(page), width: '320', height: '240', decoding: 'async' })
      : h('div', { class: ['picture-placeholder', state === 'painting' ? 'is-drawing' : null] },
        h('span', { class: 'placeholder-brush', 'aria-hidden': 'true' }),
        h('span', { class: 'picture-state' }, page || state !== 'waiting' ? WORDS[state] : 'Being written'));
    items.push(h('li', { class: ['page-preview', page?.image_url ? 'has-picture' : null, `is-${state}`],
      dataset: { page: String(n), state } },
    h('figure', {}, picture,
      h('figcaption', {},
        h('span', { class: 'page-number' }, `Page ${n}`),
        page?.text ? h('span', { class: 'page-snippet' }, page.text) : null))));
  }
  list.replaceChildren(...items);
}
