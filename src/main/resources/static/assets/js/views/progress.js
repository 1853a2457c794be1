/**
 * Watching a book being made (seed 000 §2): the latest status_message in a message window, a
 * progress bar, the steps from the published status list, and each page as soon as it exists (its
 * words once the story is written, its picture once drawn). Stops on a terminal status: a finished
 * book opens, a failed one shows why and offers to try again. The parts live under progress/.
 */
import { h, setTitle } from '../dom.js';
import { watching } from '../store.js';
import { followStory } from '../watcher.js';
import { announcer } from './progress/announcer.js';
import { showGone, showRetry } from './progress/failure.js';
import { showFinish } from './progress/finish.js';
import { pageStates } from './progress/page-states.js';
import { bookRefresher, drawPages } from './progress/pages.js';
import { statusPanel } from './progress/status-panel.js';
import { drawSteps } from './progress/steps.js';
import { stopButton } from './progress/stop.js';

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
  const panel = statusPanel();
  const stepList = h('ol', { class: 'steps', 'aria-label': 'Steps' });
  const news = announcer(panel.log, statuses);
  const pages = h('ol', { class: 'page-previews', 'aria-label': 'Pages' });
  const failure = h('div', { class: 'failure', hidden: true });
  const stop = stopButton(id, (stopped) => {
    watcher?.stop();
    showStatus(stopped);
    ended(stopped);
  });

  const section = h('section', { class: 'progress-view' },
    h('div', { class: 'progress-head' },
      heading,
      intro),
    h('div', { class: 'progress-panel' },
      panel.messageWindow,
      panel.progress,
      panel.trouble,
      failure,
      h('div', { class: 'progress-columns' },
        h('div', {}, h('h2', { class: 'small-heading' }, 'Steps'), stepList),
        h('div', {},
          h('details', { class: 'message-log-box' }, h('summary', {}, 'Everything so far'), panel.log),
          h('p', { class: 'stop-row' }, stop)))),
    h('h2', { class: 'section-heading' }, 'Pages'),
    pages);
  // The announcements outlive the progress view's own parts, which the finish moment replaces.
  view.append(section, news.region);

  let lastStatus = null;
  let lastBook = null;
  let lastPagesDone = -1;
  let lastWorking = null;
  let watcher = null;
  let left = false;
  onLeave(() => {
    left = true;
    watcher?.stop();
  });

  const refreshBook = bookRefresher(id, {
    isLeft: () => left,
    onBook: (book) => {
      if (book.title && failure.hidden) {
        heading.textContent = `“${book.title}” is on its way`;
        setTitle(book.title, 'Making your book');
      }
      lastBook = book;
      drawPages(pages, book, pageStates(lastStatus, book, statuses));
    },
  });

  const showStatus = (status) => {
    if (!statuses.isTerminal(status.status)) {
      lastWorking = status;
    }
    const states = pageStates(status, lastBook, statuses);
    const entry = statuses.find(status.status);
    // Several pages are painted at once: the window counts pictures rather than naming one page.
    const text = entry?.pageMatcher ? statuses.stepLabel(entry, status.progress) : status.status_message;
    panel.show(status, text, statuses.fraction(status.status, status.progress, status.pages));
    drawSteps(stepList, statuses, status, lastWorking);
    news.update(status, states);
    const { pages_done: done = 0 } = status.progress ?? {};
    const changed = status.status !== lastStatus?.status || done !== lastPagesDone
      || JSON.stringify(status.pages ?? null) !== JSON.stringify(lastStatus?.pages ?? null);
    lastStatus = status;
    lastPagesDone = done;
    if (changed) {
      refreshBook();
    }
  };

  const ended = (status) => {
    watching.clear(id);
    if (statuses.isComplete(status.status)) {
      panel.say(status.status_message);
      showFinish(section, { id, status, book: lastBook });
    } else {
      showFailure(status);
    }
  };

  const showFailure = (status) => {
    const stopped = isStopped(status);
    stop.hidden = true;
    heading.textContent = stopped ? 'Stopped' : 'We hit a snag';
    intro.textContent = stopped
      ? 'You stopped making this book. Pages already painted are kept; Continue picks up where it stopped.'
      : 'Something went wrong while making this book. The message above says what happened.';
    if (stopped) {
      panel.say('Stopped');
    }
    panel.failed(!stopped);
    showRetry(failure, { id, statuses, stopped, onRetried: (restarted) => {
      failure.hidden = true;
      stop.hidden = false;
      panel.failed(false);
      heading.textContent = 'Your book is on its way';
      intro.textContent = INTRO;
      watching.set(user.id, id);
      start(restarted);
    } });
  };

  const start = (initial) => {
    watcher = followStory(id, {
      statuses,
      initial,
      onStatus: showStatus,
      onEnd: ended,
      onTrouble: (error, wait) => panel.troubled(`${error.offline ? 'We lost touch with Storyloom.' : 'Storyloom is busy.'} `
        + `Trying again in ${Math.round(wait / 1000)} seconds…`),
      onGone: (error) => {
        watching.clear(id);
        if (error.status === 404) {
          panel.say('This book is not here any more.');
          showGone(failure);
        }
      },
    });
  };
  start(known);
}

/** A book its parent stopped, rather than one that failed on its own. */
export function isStopped(status) {
  return status?.stopped === true;
}
