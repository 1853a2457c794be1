/**
 * Turning pages: the Back and Next buttons, the arrows beside the book, "Page n of m" and a dot per
 * spread; the arrow keys (Page Up/Down, Home/End too) anywhere but in a text field or a dialog; and
 * a sideways swipe by finger, pen or mouse.
 */
import { h } from '../../dom.js';

const SWIPE_DISTANCE = 50;

/**
 * @param goTo (spread index) → turns to that spread (0: the cover)
 * @returns the controls, and update(index, pageCount) to draw them for the spread shown
 */
export function pager(goTo) {
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
  let index = 0;
  prev.addEventListener('click', () => goTo(index - 1));
  next.addEventListener('click', () => goTo(index + 1));
  sidePrev.addEventListener('click', () => goTo(index - 1));
  sideNext.addEventListener('click', () => goTo(index + 1));

  function update(shown, pageCount) {
    index = shown;
    const count = pageCount + 1;
    indicator.textContent = index === 0 ? `Cover · ${pageCount} pages` : `Page ${index} of ${count - 1}`;
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
        'aria-current': i === index ? 'page' : null, onclick: () => goTo(i) }))));
  }

  return { prev, next, sidePrev, sideNext, indicator, dots, update };
}

/**
 * Keyboard turning while the reader is on the page.
 * @param moves () → {key: target spread index}
 * @returns a function that stops listening
 */
export function turnWithKeys(view, moves, goTo) {
  const onKey = (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || !view.isConnected) {
      return;
    }
    if (event.target.closest?.('input, textarea, select, [contenteditable], dialog') || document.querySelector('dialog[open]')) {
      return;
    }
    const targets = moves();
    if (event.key in targets) {
      event.preventDefault();
      goTo(targets[event.key]);
    }
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}

/** A mostly sideways drag of 50 px or more on the stage turns a page: step(+1) forward, step(-1) back. */
export function turnWithSwipes(stage, step) {
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
      step(dx < 0 ? 1 : -1);
    }
  });
  stage.addEventListener('pointercancel', () => {
    swipe = null;
  });
}
