/**
 * The book reader: the cover, then one spread per page (picture and words side by side, stacked on
 * a phone). Turn pages with the buttons, the arrow keys (Home/End too) or a swipe (reader/turning.js).
 * "Read aloud" plays each page's recording where the book is narrated (reader/narration.js), else reads
 * it with the browser's voice, highlights the sentence (and word) being read, and turns the page when it
 * is done (reader/read-aloud.js). Owners get tools (edit, paint again,
 * history, download, share) through `tools`.
 */
import { h, setTitle } from '../dom.js';
import { loadRecordings } from './reader/narration.js';
import { readAloud } from './reader/read-aloud.js';
import { coverSpread, pageSpread } from './reader/spreads.js';
import { pager, turnWithKeys, turnWithSwipes } from './reader/turning.js';

/**
 * @param view element to draw into
 * @param options
 *   book: from book.js; startAt: 0 for the cover, n for page n;
 *   onTurn(index): the spread changed; onLeave(fn): register cleanup;
 *   tools: optional {toolbar(api) → nodes, pageTools(page, api) → node, pictureOverlay(page, api) → node|null};
 *   back: optional {href, label} for the link above the book; banner: optional node above the book.
 */
export function renderReader(view, { book: initialBook, startAt = 0, onTurn, onLeave, tools = null, back = null, banner = null }) {
  let book = initialBook;
  let index = Math.min(Math.max(0, startAt), book.pages.length);
  let sentences = [];
  let direction = 0;
  let recordings = new Map();

  const spreadCount = () => book.pages.length + 1;
  const titleHeading = h('h1', { class: 'reader-title view-heading', tabindex: '-1' }, book.title);
  const spreadHolder = h('div', { class: 'spread-holder' });
  const toolBar = h('div', { class: 'page-tools-bar', hidden: true });
  const turns = pager((target) => show(target));
  const aloud = readAloud({
    holder: spreadHolder,
    sentences: () => sentences,
    language: () => book.language,
    recording: () => {
      const page = index > 0 ? book.pages[index - 1] : null;
      const found = page ? recordings.get(page.number) : null;
      return found ? { recording: found, text: page.text } : null;
    },
    onSpreadRead: () => {
      if (index < spreadCount() - 1) {
        show(index + 1);
        aloud.read();
      }
    },
  });

  /** The book's recordings, again after a page's words changed (its old recording no longer fits). */
  function loadNarration() {
    const forBook = book.id;
    loadRecordings(forBook).then((found) => {
      if (book.id === forBook) {
        recordings = found;
        aloud.recordingsChanged(found.size > 0);
      }
    });
  }

  function draw() {
    const spread = index === 0
      ? coverSpread(book, { onStart: () => {
        show(1);
        turns.next.focus();
      } })
      : pageSpread(book.pages[index - 1], book, tools?.pictureOverlay?.(book.pages[index - 1], api) ?? null);
    sentences = spread.sentences;
    if (direction !== 0) {
      spread.element.classList.add(direction > 0 ? 'turn-forward' : 'turn-back');
    }
    spreadHolder.replaceChildren(spread.element);
    const pageTools = index > 0 ? tools?.pageTools?.(book.pages[index - 1], api) : null;
    toolBar.replaceChildren(...(pageTools ? [pageTools] : []));
    toolBar.hidden = !pageTools;
    turns.update(index, book.pages.length);
  }

  function show(target) {
    const bounded = Math.min(Math.max(0, target), spreadCount() - 1);
    if (bounded === index) {
      return;
    }
    const wasPlaying = aloud.playing;
    aloud.stop();
    direction = Math.sign(bounded - index);
    index = bounded;
    draw();
    onTurn?.(index);
    if (wasPlaying) {
      aloud.read();
    }
  }

  const stopKeys = turnWithKeys(view, () => ({ ArrowRight: index + 1, PageDown: index + 1, ArrowLeft: index - 1,
    PageUp: index - 1, Home: 0, End: spreadCount() - 1 }), show);
  const stage = h('div', { class: 'book-stage' }, turns.sidePrev, spreadHolder, turns.sideNext);
  turnWithSwipes(stage, (step) => show(index + step));

  onLeave?.(() => {
    aloud.stop();
    stopKeys();
  });

  /** What the owner's tools may do with the reader. */
  const api = {
    get book() {
      return book;
    },
    get index() {
      return index;
    },
    setBook(updated) {
      book = updated;
      loadNarration();
      titleHeading.textContent = book.title;
      direction = 0;
      draw();
    },
    redraw() {
      direction = 0;
      draw();
    },
    stopReading() {
      aloud.stop();
    },
    currentSpread() {
      return spreadHolder.firstElementChild;
    },
    pageToolBar() {
      return toolBar;
    },
  };

  setTitle(book.title);
  draw();
  loadNarration();
  view.append(h('section', { class: 'reader', 'aria-labelledby': 'reader-title' },
    h('div', { class: 'reader-top' },
      h('div', { class: 'reader-heading' },
        back ? h('a', { class: 'back-link', href: back.href }, `← ${back.label}`) : null,
        titleHeading),
      h('div', { class: 'reader-tools', role: 'group', 'aria-label': 'Book tools' },
        aloud.readButton, aloud.stopButton, aloud.settings, tools?.toolbar?.(api) ?? null)),
    banner,
    stage,
    h('nav', { class: 'pager', 'aria-label': 'Pages' }, turns.prev, turns.indicator, turns.next),
    turns.dots,
    toolBar));
  titleHeading.id = 'reader-title';
  return api;
}
