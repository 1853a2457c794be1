/**
 * The book reader: the cover, then one spread per page (picture and words side by side, stacked on
 * a phone). Turn pages with the buttons, the arrow keys (Home/End too) or a swipe. "Read aloud" reads
 * each page with the browser's voice, highlights the sentence and word being read, and turns the page
 * when it is done. Owners get tools (edit, paint again, history, download, share) through `tools`.
 */
import { h, setTitle, timeAgo } from '../dom.js';
import { ReadAloud, segment, speechAvailable } from '../speech.js';

const SWIPE_DISTANCE = 50;

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

  const spreadCount = () => book.pages.length + 1;
  const titleHeading = h('h1', { class: 'reader-title view-heading', tabindex: '-1' }, book.title);
  const spreadHolder = h('div', { class: 'spread-holder' });
  const toolBar = h('div', { class: 'page-tools-bar', hidden: true });
  const indicator = h('p', { class: 'page-indicator', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const dots = h('ol', { class: 'page-dots', 'aria-label': 'Go to page' });
  const prev = h('button', { type: 'button', class: 'btn btn-turn', id: 'prev-page' },
    h('span', { 'aria-hidden': 'true' }, '←'), h('span', { class: 'turn-label' }, ' Back'));
  const next = h('button', { type: 'button', class: 'btn btn-turn btn-turn-next', id: 'next-page' },
    h('span', { class: 'turn-label' }, 'Next '), h('span', { 'aria-hidden': 'true' }, '→'));
  prev.setAttribute('aria-label', 'Previous page');
  next.setAttribute('aria-label', 'Next page');
  const sidePrev = h('button', { type: 'button', class: 'side-turn side-turn-prev', 'aria-hidden': 'true', tabindex: '-1' }, '‹');
  const sideNext = h('button', { type: 'button', class: 'side-turn side-turn-next', 'aria-hidden': 'true', tabindex: '-1' }, '›');

  // ---------- read aloud ----------
  const readButton = h('button', { type: 'button', class: 'btn btn-read', id: 'read-aloud', 'aria-pressed': 'false' });
  const stopButton = h('button', { type: 'button', class: 'btn btn-quiet btn-stop', id: 'stop-reading', hidden: true }, 'Stop');
  const voice = speechAvailable() ? new ReadAloud({
    onState: (state) => drawReadButton(state),
    onSentence: (i) => highlight(i, null),
    onWord: (i, charIndex) => highlight(i, charIndex),
    onDone: () => {
      clearHighlight();
      if (index < spreadCount() - 1) {
        show(index + 1);
        readCurrent();
      }
    },
  }) : null;
  if (!voice) {
    readButton.hidden = true;
  }

  function drawReadButton(state) {
    readButton.replaceChildren(
      h('span', { class: ['read-icon', `read-icon-${state}`], 'aria-hidden': 'true' }),
      state === 'playing' ? 'Pause' : state === 'paused' ? 'Keep reading' : 'Read aloud');
    readButton.setAttribute('aria-pressed', String(state === 'playing'));
    readButton.dataset.state = state;
    stopButton.hidden = state === 'idle';
    if (state === 'idle') {
      clearHighlight();
    }
  }
  drawReadButton('idle');

  function readCurrent() {
    voice?.speak(sentences.map((s) => s.text), book.language);
  }

  readButton.addEventListener('click', () => {
    if (!voice) {
      return;
    }
    if (voice.state === 'playing') {
      voice.pause();
    } else if (voice.state === 'paused') {
      voice.resume();
    } else {
      readCurrent();
    }
  });
  stopButton.addEventListener('click', () => {
    voice?.stop();
    readButton.focus();
  });

  function clearHighlight() {
    spreadHolder.querySelectorAll('.is-reading, .is-reading-word')
      .forEach((el) => el.classList.remove('is-reading', 'is-reading-word'));
  }

  function highlight(sentenceIndex, charIndex) {
    const sentence = sentences[sentenceIndex];
    if (!sentence) {
      return;
    }
    clearHighlight();
    sentence.element.classList.add('is-reading');
    if (charIndex !== null) {
      const word = [...sentence.words].reverse().find((w) => w.start <= charIndex);
      word?.element.classList.add('is-reading-word');
    }
  }

  // ---------- spreads ----------
  function readableText(text, language) {
    sentences = [];
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
    return block;
  }

  function picture(page) {
    const overlay = tools?.pictureOverlay?.(page, api) ?? null;
    const image = page.imageUrl
      ? h('img', { src: page.imageUrl, alt: page.alt, width: '1024', height: '768', decoding: 'async', draggable: 'false' })
      : h('div', { class: 'picture-placeholder' }, h('span', {}, 'No picture yet'));
    return h('figure', { class: 'spread-picture' }, image, overlay);
  }

  function coverSpread() {
    const start = h('button', { type: 'button', class: 'btn btn-primary btn-big', id: 'start-reading' }, 'Start reading →');
    start.addEventListener('click', () => {
      show(1);
      next.focus();
    });
    const cover = book.coverUrl
      ? h('img', { src: book.coverUrl, alt: book.coverAlt, width: '1024', height: '768', decoding: 'async', draggable: 'false' })
      : h('div', { class: 'picture-placeholder' });
    sentences = [];
    const title = h('p', { class: 'cover-title', lang: book.language }, book.title);
    const forWhom = book.childName ? h('p', { class: 'cover-for' }, `A story for ${book.childName}`) : null;
    sentences.push({ text: book.title, element: title, words: [] });
    if (forWhom) {
      sentences.push({ text: forWhom.textContent, element: forWhom, words: [] });
    }
    return h('article', { class: 'spread spread-cover', 'aria-label': 'Cover' },
      h('figure', { class: 'spread-picture cover-picture' }, cover),
      h('div', { class: 'spread-words cover-words' },
        h('p', { class: 'cover-kicker' }, 'A Storyloom picture book'),
        title,
        forWhom,
        h('p', { class: 'cover-meta' }, [`${book.pages.length} ${book.pages.length === 1 ? 'page' : 'pages'}`,
          book.artStyle].filter(Boolean).join(' · ')),
        start));
  }

  function pageSpread(page) {
    const edited = page.source === 'USER';
    return h('article', { class: 'spread spread-page', 'aria-label': `Page ${page.number}`, dataset: { page: String(page.number) } },
      picture(page),
      h('div', { class: 'spread-words' },
        readableText(page.text, book.language),
        edited ? h('p', { class: 'edit-note' },
          `Words changed${page.updatedBy ? ` by ${page.updatedBy}` : ''}${page.updatedAt ? ` · ${timeAgo(page.updatedAt)}` : ''}`) : null,
        h('p', { class: 'folio', 'aria-hidden': 'true' }, String(page.number))));
  }

  function draw() {
    const spread = index === 0 ? coverSpread() : pageSpread(book.pages[index - 1]);
    if (direction !== 0) {
      spread.classList.add(direction > 0 ? 'turn-forward' : 'turn-back');
    }
    spreadHolder.replaceChildren(spread);
    const pageTools = index > 0 ? tools?.pageTools?.(book.pages[index - 1], api) : null;
    toolBar.replaceChildren(...(pageTools ? [pageTools] : []));
    toolBar.hidden = !pageTools;
    const count = spreadCount();
    indicator.textContent = index === 0 ? `Cover · ${book.pages.length} pages` : `Page ${index} of ${count - 1}`;
    const focused = document.activeElement;
    prev.disabled = index === 0;
    next.disabled = index === count - 1;
    sidePrev.hidden = index === 0;
    sideNext.hidden = index === count - 1;
    if (focused === prev && prev.disabled) {
      next.focus();
    } else if (focused === next && next.disabled) {
      prev.focus();
    }
    dots.replaceChildren(...Array.from({ length: count }, (_, i) => h('li', {},
      h('button', { type: 'button', class: 'dot', 'aria-label': i === 0 ? 'Cover' : `Page ${i}`,
        'aria-current': i === index ? 'page' : null, onclick: () => show(i) }))));
  }

  function show(target) {
    const bounded = Math.min(Math.max(0, target), spreadCount() - 1);
    if (bounded === index) {
      return;
    }
    const wasPlaying = voice?.state === 'playing';
    voice?.stop();
    direction = Math.sign(bounded - index);
    index = bounded;
    draw();
    onTurn?.(index);
    if (wasPlaying) {
      readCurrent();
    }
  }

  prev.addEventListener('click', () => show(index - 1));
  next.addEventListener('click', () => show(index + 1));
  sidePrev.addEventListener('click', () => show(index - 1));
  sideNext.addEventListener('click', () => show(index + 1));

  // Keyboard: arrows, Page Up/Down, Home/End, anywhere but in a text field or an open dialog.
  const onKey = (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || !view.isConnected) {
      return;
    }
    if (event.target.closest?.('input, textarea, select, [contenteditable], dialog') || document.querySelector('dialog[open]')) {
      return;
    }
    const moves = { ArrowRight: index + 1, PageDown: index + 1, ArrowLeft: index - 1, PageUp: index - 1,
      Home: 0, End: spreadCount() - 1 };
    if (event.key in moves) {
      event.preventDefault();
      show(moves[event.key]);
    }
  };
  document.addEventListener('keydown', onKey);

  // Swipe: a mostly sideways drag of 50 px or more, by finger, pen or mouse.
  const stage = h('div', { class: 'book-stage' }, sidePrev, spreadHolder, sideNext);
  let swipe = null;
  stage.addEventListener('pointerdown', (event) => {
    if (event.target.closest('button, a, textarea, input, select') || (event.pointerType === 'mouse' && event.button !== 0)) {
      return;
    }
    swipe = { x: event.clientX, y: event.clientY, id: event.pointerId };
  });
  stage.addEventListener('pointerup', (event) => {
    if (!swipe || swipe.id !== event.pointerId) {
      return;
    }
    const dx = event.clientX - swipe.x;
    const dy = event.clientY - swipe.y;
    swipe = null;
    if (Math.abs(dx) >= SWIPE_DISTANCE && Math.abs(dx) > Math.abs(dy) * 1.5) {
      show(dx < 0 ? index + 1 : index - 1);
    }
  });
  stage.addEventListener('pointercancel', () => {
    swipe = null;
  });

  onLeave?.(() => {
    voice?.stop();
    document.removeEventListener('keydown', onKey);
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
      titleHeading.textContent = book.title;
      direction = 0;
      draw();
    },
    redraw() {
      direction = 0;
      draw();
    },
    stopReading() {
      voice?.stop();
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
  view.append(h('section', { class: 'reader', 'aria-labelledby': 'reader-title' },
    h('div', { class: 'reader-top' },
      h('div', { class: 'reader-heading' },
        back ? h('a', { class: 'back-link', href: back.href }, `← ${back.label}`) : null,
        titleHeading),
      h('div', { class: 'reader-tools', role: 'group', 'aria-label': 'Book tools' },
        readButton, stopButton, tools?.toolbar?.(api) ?? null)),
    banner,
    stage,
    h('nav', { class: 'pager', 'aria-label': 'Pages' }, prev, indicator, next),
    dots,
    toolBar));
  titleHeading.id = 'reader-title';
  return api;
}
