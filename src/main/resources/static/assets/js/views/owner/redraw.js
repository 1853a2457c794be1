/**
 * Painting a page's picture again: a background job followed through the same status as the whole
 * book, shown as an overlay on the picture until the new one arrives (or Try again after a failure).
 * One page at a time; the overlay survives the reader drawing the spread again.
 */
import { stories } from '../../api.js';
import { confirmDialog } from '../../dialog.js';
import { h, toast } from '../../dom.js';
import { watchStory } from '../../watcher.js';
import { ownerBook } from '../book.js';

/**
 * @param ctx {id, statuses, styleLabel, onLeave}
 * @returns {ask(api, page), resume(api, number, status), overlay(page), readonly busy}
 */
export function pictureRedraws({ id, statuses, styleLabel, onLeave }) {
  let redraw = null;
  onLeave(() => redraw?.watcher?.stop());

  function overlayElement() {
    const message = h('p', { class: 'redraw-message' });
    const actions = h('div', { class: 'button-row', hidden: true });
    const element = h('div', { class: 'redraw-overlay', role: 'status', 'aria-live': 'polite' },
      h('span', { class: 'redraw-brush', 'aria-hidden': 'true' }), message, actions);
    return { element, message, actions };
  }

  async function ask(api, page) {
    const yes = await confirmDialog({
      title: `Paint page ${page.number} again?`,
      message: 'The storyteller paints a new picture for this page. The current one stays in the page history.',
      yes: 'Paint it again',
    });
    if (yes) {
      await request(api, page.number);
    }
  }

  async function request(api, number) {
    try {
      const status = await stories.redraw(id, number);
      resume(api, number, status);
    } catch (error) {
      toast(error.status === 404 || error.status === 405
        ? 'Painting a page again is not available on this server yet.' : error.message, { tone: 'error' });
    }
  }

  function resume(api, number, status) {
    redraw?.watcher?.stop();
    const overlay = overlayElement();
    redraw = { page: number, overlay, watcher: null };
    overlay.message.textContent = status?.status_message ?? 'Getting the paints out…';
    api.redraw();
    redraw.watcher = watchStory(id, {
      statuses,
      initial: status,
      onStatus: (s) => {
        overlay.message.textContent = s.status_message;
      },
      onEnd: async (s) => {
        if (statuses.isComplete(s.status)) {
          const fresh = await stories.book(id);
          redraw = null;
          api.setBook(ownerBook(fresh, styleLabel));
          toast(`Page ${number} has a new picture.`, { tone: 'success' });
        } else {
          showFailure(api, number, overlay, s);
        }
      },
      onTrouble: () => {
        overlay.message.textContent = 'We lost touch with Storyloom; trying again…';
      },
    });
  }

  function showFailure(api, number, overlay, status) {
    overlay.message.textContent = status.status_message;
    const again = h('button', { type: 'button', class: 'btn btn-primary' }, 'Try again');
    const dismiss = h('button', { type: 'button', class: 'btn btn-quiet' }, 'Keep the old picture');
    again.addEventListener('click', () => request(api, number));
    dismiss.addEventListener('click', () => {
      redraw = null;
      api.redraw();
    });
    overlay.actions.replaceChildren(again, dismiss);
    overlay.actions.hidden = false;
    overlay.element.classList.add('is-failed');
  }

  return {
    ask,
    resume,
    overlay: (page) => (redraw && redraw.page === page.number ? redraw.overlay.element : null),
    get busy() {
      return redraw !== null;
    },
  };
}
