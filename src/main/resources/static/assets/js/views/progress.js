/**
 * Watching a book being made (seed 000 §2): the latest status_message in a message window, a
 * progress bar, the steps from the published status list, and each page as soon as it exists (its
 * words once the story is written, its picture once drawn). Stops on a terminal status: a finished
 * book opens, a failed one shows why and offers to try again.
 */
import { stories } from '../api.js';
import { confirmDialog } from '../dialog.js';
import { h, setTitle, toast } from '../dom.js';
import { links, navigate } from '../router.js';
import { FAILED } from '../statuses.js';
import { watching } from '../store.js';
import { watchStory } from '../watcher.js';
import { altText } from './book.js';

const INTRO = 'We are writing the story and painting every page. Stay here to watch, or come back later: it keeps going.';

/**
 * @param view the element to draw into
 * @param ctx {id, user, statuses, onLeave, status (the latest known status)}
 */
export function renderProgress(view, { id, user, statuses, onLeave, status: known }) {
  setTitle('Making your book');
  watching.set(user.id, id);

  const heading = h('h1', { class: 'view-heading', tabindex: '-1' }, 'Your book is on its way');
  const intro = h('p', { class: 'lead' }, INTRO);
  const message = h('p', { class: 'message-text', id: 'status-message' }, 'Checking on your book…');
  const messageWindow = h('div', { class: 'message-window', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' },
    h('span', { class: 'message-quill', 'aria-hidden': 'true' }), message);
  const trouble = h('p', { class: 'trouble', role: 'alert', hidden: true });
  const fill = h('div', { class: 'progress-fill' });
  const bar = h('div', { class: 'progress-track', role: 'progressbar', 'aria-label': 'How much of the book is ready',
    'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': '0' }, fill);
  const caption = h('p', { class: 'progress-caption' });
  const stepList = h('ol', { class: 'steps', 'aria-label': 'Steps' });
  const log = h('ol', { class: 'message-log', 'aria-label': 'What happened so far' });
  const pages = h('ol', { class: 'page-previews', 'aria-label': 'Pages' });
  const failure = h('div', { class: 'failure', hidden: true });
  const stop = h('button', { type: 'button', class: 'btn btn-small btn-quiet', id: 'stop-making' }, 'Stop making this book');

  view.append(h('section', { class: 'progress-view' },
    h('div', { class: 'progress-head' },
      heading,
      intro),
    h('div', { class: 'progress-panel' },
      messageWindow,
      h('div', { class: 'progress' }, bar, caption),
      trouble,
      failure,
      h('div', { class: 'progress-columns' },
        h('div', {}, h('h2', { class: 'small-heading' }, 'Steps'), stepList),
        h('div', {},
          h('details', { class: 'message-log-box' }, h('summary', {}, 'Everything so far'), log),
          h('p', { class: 'stop-row' }, stop)))),
    h('h2', { class: 'section-heading' }, 'Pages'),
    pages));

  let lastStatus = null;
  let lastPagesDone = -1;
  let bookRequest = null;
  let bookAgain = false;
  let watcher = null;
  let left = false;
  onLeave(() => {
    left = true;
    watcher?.stop();
  });

  let lastWorking = null;
  const showStatus = (status) => {
    trouble.hidden = true;
    if (!statuses.isTerminal(status.status)) {
      lastWorking = status;
    }
    if (status.status_message !== message.textContent) {
      message.textContent = status.status_message;
      log.append(h('li', {}, status.status_message));
    }
    const fraction = statuses.fraction(status.status, status.progress);
    const percent = Math.round(fraction * 100);
    fill.style.width = `${percent}%`;
    bar.setAttribute('aria-valuenow', String(percent));
    bar.setAttribute('aria-valuetext', `${percent}% — ${status.status_message}`);
    const { pages_done: done = 0, pages_total: total = 0 } = status.progress ?? {};
    caption.textContent = total ? `${done} of ${total} pictures painted` : '';
    drawSteps(stepList, statuses, status, lastWorking);
    const changed = status.status !== lastStatus?.status || done !== lastPagesDone;
    lastStatus = status;
    lastPagesDone = done;
    if (changed) {
      refreshBook();
    }
  };

  const refreshBook = () => {
    if (bookRequest) {
      bookAgain = true;
      return;
    }
    bookRequest = stories.book(id).then((book) => {
      if (!left) {
        drawBook(book);
      }
    }).catch(() => {
      // The pages show on the next change; the status keeps coming.
    }).finally(() => {
      bookRequest = null;
      if (bookAgain && !left) {
        bookAgain = false;
        refreshBook();
      }
    });
  };

  const drawBook = (book) => {
    if (book.title && failure.hidden) {
      heading.textContent = `“${book.title}” is on its way`;
      setTitle(book.title, 'Making your book');
    }
    drawPages(pages, book, lastStatus, statuses);
  };

  const ended = (status) => {
    watching.clear(id);
    if (statuses.isComplete(status.status)) {
      message.textContent = status.status_message;
      toast('Your book is ready!', { tone: 'success' });
      navigate(links.read(id), { replace: true, state: { storyId: id, status } });
    } else {
      showFailure();
    }
  };

  stop.addEventListener('click', async () => {
    const yes = await confirmDialog({ title: 'Stop making this book?', yes: 'Stop it', no: 'Keep going',
      message: 'Nothing more is written or painted. You can pick it up again later with “Try again”.' });
    if (!yes) {
      return;
    }
    try {
      const stopped = await stories.cancel(id);
      watcher?.stop();
      showStatus(stopped);
      ended(stopped);
    } catch (error) {
      toast(error.message, { tone: 'error' });
    }
  });

  const showFailure = () => {
    stop.hidden = true;
    heading.textContent = 'We hit a snag';
    intro.textContent = 'Something went wrong while making this book. The message above says what happened.';
    messageWindow.classList.add('is-failed');
    const retry = h('button', { type: 'button', class: 'btn btn-primary', id: 'retry-button' }, 'Try again');
    retry.addEventListener('click', async () => {
      retry.disabled = true;
      try {
        const restarted = await stories.retry(id);
        failure.hidden = true;
        stop.hidden = false;
        messageWindow.classList.remove('is-failed');
        heading.textContent = 'Your book is on its way';
        intro.textContent = INTRO;
        watching.set(user.id, id);
        start(restarted);
      } catch (error) {
        retry.disabled = false;
        toast(error.message, { tone: 'error' });
      }
    });
    failure.replaceChildren(
      h('p', { class: 'failure-text' }, statuses.find(FAILED)?.status_message ?? 'We could not finish this book'),
      h('p', { class: 'muted' }, 'Trying again picks up where it stopped: finished pages are kept.'),
      h('div', { class: 'button-row' }, retry, h('a', { class: 'btn btn-quiet', href: links.library() }, 'Back to my books')));
    failure.hidden = false;
    retry.focus();
  };

  const start = (initial) => {
    watcher = watchStory(id, {
      statuses,
      initial,
      onStatus: showStatus,
      onEnd: ended,
      onTrouble: (error, wait) => {
        trouble.textContent = `${error.offline ? 'We lost touch with Storyloom.' : 'Storyloom is busy.'} `
          + `Trying again in ${Math.round(wait / 1000)} seconds…`;
        trouble.hidden = false;
      },
      onGone: (error) => {
        watching.clear(id);
        if (error.status === 404) {
          message.textContent = 'This book is not here any more.';
          failure.replaceChildren(h('a', { class: 'btn btn-primary', href: links.library() }, 'Back to my books'));
          failure.hidden = false;
        }
      },
    });
  };
  start(known);
}

/** The steps from the published list: done, now (or where it stopped), still to come. */
function drawSteps(list, statuses, status, lastWorking) {
  const complete = statuses.isComplete(status.status);
  const failed = statuses.isFailed(status.status);
  const current = statuses.find(failed ? lastWorking?.status : status.status);
  list.replaceChildren(...statuses.steps().map((step) => {
    let state = 'todo';
    if (complete || (current && step.index < current.index)) {
      state = 'done';
    } else if (current && step.index === current.index) {
      state = failed ? 'stopped' : 'now';
    }
    const spoken = { done: ' (done)', now: ' (now)', stopped: ' (stopped here)', todo: '' }[state];
    return h('li', { class: ['step', `step-${state}`], 'aria-current': state === 'now' ? 'step' : null },
      h('span', { class: 'step-dot', 'aria-hidden': 'true' }),
      h('span', { class: 'step-label' }, statuses.stepLabel(step, status.progress)),
      h('span', { class: 'visually-hidden' }, spoken));
  }));
}

function drawPages(list, book, status, statuses) {
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
