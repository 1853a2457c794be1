/**
 * The reader's spreads: the cover, and a page (picture and words side by side). Each comes with the
 * sentences it shows, in reading order, for reading aloud and highlighting.
 */
import { h, timeAgo } from '../../dom.js';
import { personName } from '../../people.js';
import { PAGE_SIZES, pictureAttrs } from '../../pictures.js';
import { segment } from '../../speech.js';

/** The cover: picture, title, for whom, pages and style, and a button to start reading. */
export function coverSpread(book, { onStart }) {
  const start = h('button', { type: 'button', class: 'btn btn-primary btn-big', id: 'start-reading' }, 'Start reading →');
  start.addEventListener('click', onStart);
  const cover = book.coverUrl
    ? h('img', { ...pictureAttrs(book.coverUrl, PAGE_SIZES), alt: book.coverAlt, width: '1024', height: '768', decoding: 'async', draggable: 'false' })
    : h('div', { class: 'picture-placeholder' });
  const sentences = [];
  const title = h('p', { class: 'cover-title', lang: book.language }, book.title);
  const forWhom = book.childName ? h('p', { class: 'cover-for' }, `A story for ${book.childName}`) : null;
  sentences.push({ text: book.title, element: title, words: [] });
  if (forWhom) {
    sentences.push({ text: forWhom.textContent, element: forWhom, words: [] });
  }
  const element = h('article', { class: 'spread spread-cover', 'aria-label': 'Cover' },
    h('figure', { class: 'spread-picture cover-picture' }, cover),
    h('div', { class: 'spread-words cover-words' },
      h('p', { class: 'cover-kicker' }, 'A Storyloom picture book'),
      title,
      forWhom,
      h('p', { class: 'cover-meta' }, [`${book.pages.length} ${book.pages.length === 1 ? 'page' : 'pages'}`,
        book.artStyle].filter(Boolean).join(' · ')),
      start));
  return { element, sentences };
}

/** A page: its picture (with the owner's overlay while it is painted again), its words and number. */
export function pageSpread(page, book, overlay) {
  const edited = page.source === 'USER';
  const { block, sentences } = readableText(page.text, book.language);
  const element = h('article', { class: 'spread spread-page', 'aria-label': `Page ${page.number}`, dataset: { page: String(page.number) } },
    picture(page, overlay),
    h('div', { class: 'spread-words' },
      block,
      edited ? h('p', { class: 'edit-note' },
        `Words changed${page.updatedBy ? ` by ${personName(page.updatedBy)}` : ''}${page.updatedAt ? ` · ${timeAgo(page.updatedAt)}` : ''}`) : null,
      h('p', { class: 'folio', 'aria-hidden': 'true' }, String(page.number))));
  return { element, sentences };
}

/** The words as paragraphs of sentences of words, each its own element so reading aloud can light it up. */
function readableText(text, language) {
  const sentences = [];
  const block = h('div', { class: 'page-text', lang: language });
  for (const paragraph of segment(text, language)) {
    const p = h('p', {});
    paragraph.forEach((sentence, i) => {
      const words = sentence.words.map((word) => ({ ...word, element: h('span', { class: 'word' }, word.text) }));
      const element = h('span', { class: 'sentence' });
      words.forEach((word, w) => {
        element.append(word.element);
        if (w < words.length - 1) {
          element.append(' ');
        }
      });
      p.append(element);
      if (i < paragraph.length - 1) {
        p.append(' ');
      }
      sentences.push({ text: sentence.text, element, words });
    });
    block.append(p);
  }
  return { block, sentences };
}

function picture(page, overlay) {
  const image = page.imageUrl
    ? h('img', { ...pictureAttrs(page.imageUrl, PAGE_SIZES), alt: page.alt, width: '1024', height: '768', decoding: 'async', draggable: 'false' })
    : h('div', { class: 'picture-placeholder' }, h('span', {}, 'No picture yet'));
  return h('figure', { class: 'spread-picture' }, image, overlay);
}
