/**
 * The moment a book is ready: its cover, "Your book is ready!", and what to do next — read it,
 * download it, share it. It replaces the progress view and stays until the parent moves on.
 */
import { stories } from '../../api.js';
import { h, setTitle, toast } from '../../dom.js';
import { PAGE_SIZES, pictureAttrs } from '../../pictures.js';
import { links } from '../../router.js';
import { altText } from '../book.js';
import { saveExport } from '../owner/downloads.js';
import { shareDialog } from '../owner/share.js';

export async function showFinish(section, { id, status, book: known }) {
  let book = known;
  try {
    book = await stories.book(id);
  } catch {
    // The book as last seen will do for the cover; Read opens it anyway.
  }
  const first = (book?.pages ?? []).find((page) => page.image_url);
  const title = book?.title || 'Your book';
  setTitle(title, 'Your book is ready!');
  const heading = h('h1', { class: 'view-heading finish-heading', tabindex: '-1' }, status?.status_message || 'Your book is ready!');
  const download = h('button', { type: 'button', class: 'btn btn-big', id: 'finish-download' }, 'Download');
  download.addEventListener('click', () => saveExport(id, 'pdf', /^(en-US|en-CA|es-MX|fr-CA)$/i.test(navigator.language || '') ? 'letter' : 'a4'));
  const share = h('button', { type: 'button', class: 'btn btn-big', id: 'finish-share' }, 'Share');
  share.addEventListener('click', () => shareDialog(id).catch((error) => toast(error.message, { tone: 'error' })));
  section.replaceChildren(h('div', { class: 'finish-moment' },
    h('div', { class: 'finish-cover' },
      first
        ? h('img', { ...pictureAttrs(first.image_url, PAGE_SIZES), alt: altText(first), width: '1024', height: '768', decoding: 'async' })
        : h('div', { class: 'cover-placeholder', 'aria-hidden': 'true' }, h('span', {}))),
    h('div', { class: 'finish-words' },
      heading,
      h('p', { class: 'lead finish-title' }, `“${title}”${book?.child?.name ? ` for ${book.child.name}` : ''}`),
      h('div', { class: 'button-row finish-actions' },
        h('a', { class: 'btn btn-primary btn-big', href: links.read(id), id: 'finish-read' }, 'Read'),
        download,
        share))));
  heading.focus();
}
