/**
 * My books, newest first: cover, title, child, status; search by title or child's name; delete with
 * a confirmation. A book still being made links to its progress, and the one this browser was
 * watching is offered at the top.
 */
import { stories } from '../api.js';
import { confirmDialog } from '../dialog.js';
import { h, setTitle, timeAgo, toast } from '../dom.js';
import { links } from '../router.js';
import { CARD_SIZES, pictureAttrs } from '../pictures.js';
import { watching } from '../store.js';

const PAGE_SIZE = 12;
const SEARCH_DELAY_MS = 300;
/** While a book on the shelf is being made, its card is brought up to date this often. */
const LIVE_INTERVAL_MS = 2000;

export function renderLibrary(view, { user, statuses, onLeave }) {
  setTitle('My books');
  const search = h('input', { type: 'search', id: 'library-search', name: 'q', autocomplete: 'off', maxlength: '100',
    placeholder: 'Title or child\'s name' });
  const grid = h('ul', { class: 'book-grid', 'aria-label': 'Books' });
  const summary = h('p', { class: 'library-summary', role: 'status', 'aria-live': 'polite' });
  const more = h('button', { type: 'button', class: 'btn btn-quiet', hidden: true }, 'Show more books');
  const resume = resumeBanner(user, statuses);

  view.append(h('section', { class: 'library' },
    h('div', { class: 'library-head' },
      h('div', {},
        h('h1', { class: 'view-heading', tabindex: '-1' }, `${user.display_name ? `${user.display_name}'s` : 'My'} bookshelf`),
        h('p', { class: 'lead' }, 'Every book you made, newest first.')),
      h('a', { class: 'btn btn-primary btn-big', href: links.newStory() }, '+ New book')),
    resume,
    h('form', { class: 'library-search', role: 'search', onsubmit: (event) => event.preventDefault() },
      h('label', { for: 'library-search', class: 'field-label' }, 'Find a book'),
      search),
    summary,
    grid,
    h('div', { class: 'center' }, more)));

  let page = 0;
  let query = '';
  let timer = null;
  let live = null;
  let generation = 0;
  onLeave(() => {
    clearTimeout(timer);
    clearTimeout(live);
    live = -1;
  });

  /** Cards of books being made follow them: the shelf's first page is asked again every 2 s. */
  const followWorking = () => {
    clearTimeout(live);
    if (live === -1 || !grid.querySelector('.book-card.is-working')) {
      return;
    }
    live = setTimeout(async () => {
      try {
        const result = await stories.list({ q: query, page: 0, size: PAGE_SIZE });
        if (live === -1) {
          return;
        }
        result.items.forEach((item) => {
          const card = grid.querySelector(`.book-card[data-story="${item.story_id}"]`);
          if (card && card.dataset.version !== versionOf(item)) {
            const fresh = bookCard(item, statuses, remove);
            if (card.contains(document.activeElement)) {
              return; // the parent is on this card: it changes with the next answer once they move on
            }
            card.replaceWith(fresh);
          }
        });
      } catch {
        // The next round tries again.
      }
      followWorking();
    }, LIVE_INTERVAL_MS);
  };

  const load = async ({ append = false } = {}) => {
    const mine = ++generation;
    const pageToLoad = append ? page + 1 : 0;
    try {
      const result = await stories.list({ q: query, page: pageToLoad, size: PAGE_SIZE });
      if (mine !== generation) {
        return;
      }
      page = pageToLoad;
      const cards = result.items.map((item) => bookCard(item, statuses, remove));
      if (append) {
        grid.append(...cards);
      } else {
        grid.replaceChildren(...cards);
      }
      more.hidden = page + 1 >= result.total_pages;
      summary.textContent = describe(result.total_items, query);
      if (!result.total_items && !query) {
        grid.replaceChildren(emptyShelf());
      }
      followWorking();
    } catch (error) {
      summary.textContent = error.message;
    }
  };

  const remove = async (item, card) => {
    const yes = await confirmDialog({
      title: 'Delete this book?',
      message: `“${item.title || 'Untitled book'}” and its pictures will be gone for good.`,
      yes: 'Delete it', danger: true,
    });
    if (!yes) {
      return;
    }
    try {
      await stories.remove(item.story_id);
      watching.clear(item.story_id);
      const next = card.nextElementSibling?.querySelector('a, button') ?? search;
      card.remove();
      next.focus();
      toast('The book was deleted.', { tone: 'success' });
      load();
    } catch (error) {
      toast(error.message, { tone: 'error' });
    }
  };

  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      query = search.value.trim();
      load();
    }, SEARCH_DELAY_MS);
  });
  more.addEventListener('click', () => load({ append: true }));
  load();
}

function describe(total, query) {
  if (query) {
    return total === 0 ? `No books match “${query}”.` : `${total} ${total === 1 ? 'book matches' : 'books match'} “${query}”.`;
  }
  return total === 1 ? '1 book on your shelf.' : `${total} books on your shelf.`;
}

function resumeBanner(user, statuses) {
  const id = watching.get(user.id);
  if (!id) {
    return null;
  }
  const banner = h('div', { class: 'resume-banner', hidden: true });
  stories.status(id).then((status) => {
    if (statuses.isTerminal(status.status)) {
      watching.clear(id);
      return;
    }
    banner.replaceChildren(
      h('span', { class: 'resume-sparkle', 'aria-hidden': 'true' }),
      h('p', {}, h('strong', {}, 'A book is being made. '), status.status_message),
      h('a', { class: 'btn btn-small', href: links.story(id) }, 'Watch it'));
    banner.hidden = false;
  }).catch(() => watching.clear(id));
  return banner;
}

function bookCard(item, statuses, remove) {
  const complete = statuses.isComplete(item.status);
  const failed = statuses.isFailed(item.status);
  const href = complete ? links.read(item.story_id) : links.story(item.story_id);
  const title = item.title || 'A new book';
  const percent = Math.round(statuses.fraction(item.status, item.progress) * 100);
  const deleteButton = h('button', { type: 'button', class: 'btn btn-small btn-quiet btn-delete',
    'aria-label': `Delete “${title}”` }, 'Delete');
  const card = h('li', { class: ['book-card', complete ? 'is-complete' : failed ? 'is-failed' : 'is-working'],
    dataset: { story: item.story_id, version: versionOf(item) } },
    h('a', { class: 'book-card-link', href },
      h('div', { class: 'book-cover' },
        item.cover_url
          ? h('img', { ...pictureAttrs(item.cover_url, CARD_SIZES), alt: '', width: '320', height: '240', loading: 'lazy', decoding: 'async' })
          : h('div', { class: 'cover-placeholder', 'aria-hidden': 'true' }, h('span', {}))),
      h('h2', { class: 'book-card-title' }, title),
      h('p', { class: 'book-card-child' }, `for ${item.child_name}`)),
    h('p', { class: ['status-badge', complete ? 'status-complete' : failed ? 'status-failed' : 'status-working'] },
      complete ? 'Ready to read' : item.status_message),
    !complete && !failed ? h('div', { class: 'mini-progress', role: 'progressbar', 'aria-label': `Progress of “${title}”`,
      'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(percent) }, progressFill(percent)) : null,
    h('div', { class: 'book-card-foot' },
      h('span', { class: 'muted' }, timeAgo(item.created_at)),
      deleteButton));
  deleteButton.addEventListener('click', () => remove(item, card));
  return card;
}

/** What a card shows that can change while the book is made. */
function versionOf(item) {
  return [item.status, item.status_message, item.progress?.pages_done, item.cover_url, item.title].join('|');
}

function progressFill(percent) {
  const fill = h('span', { class: 'mini-progress-fill' });
  fill.style.width = `${percent}%`;
  return fill;
}

function emptyShelf() {
  return h('li', { class: 'empty-shelf' },
    h('div', { class: 'empty-art', 'aria-hidden': 'true' }, h('span', {}), h('span', {}), h('span', {})),
    h('h2', {}, 'Your shelf is waiting for its first book'),
    h('p', {}, 'Tell us about your child and an idea; we write and paint the rest.'),
    h('a', { class: 'btn btn-primary btn-big', href: links.newStory() }, 'Make the first book'));
}
