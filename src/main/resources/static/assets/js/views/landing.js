/**
 * The first visit: what Storyloom makes, in one sentence and in a real book to leaf through (a sample
 * made by Storyloom's own offline writer and illustrator, shipped with the page), a way to start, a
 * plain note on what is kept about a child, and sign-in one click away.
 */
import { h, setTitle } from '../dom.js';
import { links } from '../router.js';

const SAMPLE = '/assets/sample/book.json';

export function renderLanding(view) {
  setTitle('Picture books starring your child');
  const book = h('div', { class: 'sample-book', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'Opening a sample book…'));
  view.append(h('section', { class: 'landing' },
    h('div', { class: 'landing-hero' },
      h('div', { class: 'landing-words' },
        h('h1', { class: 'view-heading', tabindex: '-1' }, 'A picture book starring your child'),
        h('p', { class: 'lead' }, 'Tell Storyloom about your child and a story idea; it writes the story and paints every page.'),
        h('div', { class: 'button-row' },
          h('a', { class: 'btn btn-primary btn-big', href: links.signUp(), id: 'landing-start' }, 'Make a book'),
          h('a', { class: 'btn btn-big btn-quiet', href: links.signIn() }, 'Sign in')),
        h('p', { class: 'muted' }, 'Free to try. A book of up to 12 pages takes a few minutes.')),
      h('div', { class: 'landing-sample' },
        h('h2', { class: 'small-heading' }, 'Leaf through a sample book'),
        book)),
    dataNote()));
  loadSample(book);
}

function dataNote() {
  return h('section', { class: 'data-note', 'aria-labelledby': 'data-note-heading' },
    h('h2', { id: 'data-note-heading', class: 'section-heading' }, 'About your child’s details'),
    h('ul', {},
      h('li', {}, h('strong', {}, 'What we keep: '),
        'what you type in — your child’s first name, age, looks and interests, and the story idea — and the book made from it.'),
      h('li', {}, h('strong', {}, 'Who sees it: '),
        'only you, in your account, and anyone you give a book’s share link to. To write and paint, the details are sent to the story and picture service Storyloom uses.'),
      h('li', {}, h('strong', {}, 'How to delete it: '),
        'delete a book from your bookshelf, or your whole account with everything in it from your account page, at any time. You can download all of it first.')));
}

async function loadSample(box) {
  let sample;
  try {
    const response = await fetch(SAMPLE, { headers: { Accept: 'application/json' } });
    sample = await response.json();
  } catch {
    box.replaceChildren(h('p', { class: 'muted' }, 'The sample book could not be opened just now.'));
    return;
  }
  const spreads = [{ cover: true }, ...sample.pages];
  let index = 0;
  const picture = h('img', { class: 'sample-picture', width: '640', height: '480', alt: '' });
  const words = h('p', { class: 'sample-text' });
  const indicator = h('p', { class: 'sample-indicator muted' });
  const back = h('button', { type: 'button', class: 'btn btn-small', 'aria-label': 'Previous page' }, '←');
  const next = h('button', { type: 'button', class: 'btn btn-small', 'aria-label': 'Next page', id: 'sample-next' }, '→');
  const show = () => {
    const spread = spreads[index];
    const page = spread.cover ? sample.pages[0] : spread;
    picture.src = spread.cover ? sample.cover : page.picture;
    picture.alt = spread.cover ? `The cover of “${sample.title}”` : page.alt;
    words.textContent = spread.cover ? `“${sample.title}” — a story for ${sample.child}` : page.text;
    words.classList.toggle('sample-title', Boolean(spread.cover));
    indicator.textContent = spread.cover ? 'Cover' : `Page ${index} of ${sample.pages.length}`;
    back.disabled = index === 0;
    next.disabled = index === spreads.length - 1;
  };
  back.addEventListener('click', () => {
    index = Math.max(0, index - 1);
    show();
  });
  next.addEventListener('click', () => {
    index = Math.min(spreads.length - 1, index + 1);
    show();
  });
  box.removeAttribute('aria-live');
  box.replaceChildren(
    h('figure', { class: 'sample-spread' }, picture, h('figcaption', { 'aria-live': 'polite' }, words, indicator)),
    h('div', { class: 'sample-controls' }, back, next));
  show();
}
