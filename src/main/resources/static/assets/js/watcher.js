/**
 * Watches a story being made: asks GET /stories/{id}/status at once, then again 2 s after each
 * answer (a chained timeout, never an interval, so slow answers never pile up), and stops for good
 * once the status is terminal in the published list. When the server can not be reached it waits
 * longer each time (4 s, 8 s … up to 30 s) and honours Retry-After.
 */
import { stories } from './api.js';

export const POLL_INTERVAL_MS = 2000;
const MAX_BACKOFF_MS = 30000;

/**
 * @param {string} id the story
 * @param {object} handlers
 *   statuses: the published StatusList;
 *   onStatus(status): every answer, in order;
 *   onEnd(status): once, with the terminal answer;
 *   onTrouble(error, retryInMs): the server could not be reached or was busy; polling goes on;
 *   onGone(error): the story is not there (404) or not ours any more; polling stopped;
 *   initial: a status already known (just created, just retried): shown at once, first poll in 2 s;
 *   firstPollIn: without initial, wait this long before the first question (0: ask at once).
 * @returns {{stop(): void, readonly running: boolean}}
 */
export function watchStory(id, { statuses, onStatus, onEnd, onTrouble, onGone, initial = null,
  interval = POLL_INTERVAL_MS, firstPollIn = 0 }) {
  let timer = null;
  let stopped = false;
  let failures = 0;
  let inFlight = null;

  const schedule = (delay) => {
    if (!stopped) {
      timer = setTimeout(poll, delay);
    }
  };

  const handle = (status) => {
    failures = 0;
    onStatus?.(status);
    if (statuses.isTerminal(status.status)) {
      stopped = true;
      onEnd?.(status);
      return;
    }
    schedule(interval);
  };

  async function poll() {
    timer = null;
    inFlight = new AbortController();
    let status;
    try {
      status = await stories.status(id, inFlight.signal);
    } catch (error) {
      if (stopped || error.name === 'AbortError') {
        return;
      }
      if ([401, 403, 404].includes(error.status)) {
        stopped = true;
        onGone?.(error);
        return;
      }
      failures += 1;
      const wait = error.retryAfter ? error.retryAfter * 1000 : Math.min(interval * 2 ** failures, MAX_BACKOFF_MS);
      onTrouble?.(error, wait);
      schedule(wait);
      return;
    } finally {
      inFlight = null;
    }
    if (!stopped) {
      handle(status);
    }
  }

  if (initial) {
    handle(initial);
  } else if (firstPollIn > 0) {
    schedule(firstPollIn);
  } else {
    poll();
  }
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      inFlight?.abort();
    },
    get running() {
      return !stopped;
    },
  };
}

/**
 * Follows a story by its event stream (GET /stories/{id}/events) where the browser has one, and by
 * asking every 2 s (watchStory) where it has not or as soon as the stream fails. The handlers are
 * watchStory's; "progress" events (pages finished between two statuses) reach onStatus as the latest
 * status with the new progress.
 */
export function followStory(id, handlers) {
  const { statuses, onStatus, onEnd, initial = null } = handlers;
  let latest = initial;
  let stopped = false;
  let polling = null;
  let source = null;

  const fallBack = () => {
    source?.close();
    source = null;
    if (!stopped && !polling) {
      polling = watchStory(id, { ...handlers, initial: null, firstPollIn: latest ? POLL_INTERVAL_MS : 0 });
    }
  };

  const handle = (status) => {
    if (stopped) {
      return;
    }
    latest = status;
    onStatus?.(status);
    if (statuses.isTerminal(status.status)) {
      stopped = true;
      source?.close();
      onEnd?.(status);
    }
  };

  if (initial) {
    handle(initial);
  }
  if (!stopped) {
    if (typeof window.EventSource === 'function') {
      source = new window.EventSource(`/stories/${encodeURIComponent(id)}/events`);
      source.addEventListener('status', (event) => handle(JSON.parse(event.data)));
      source.addEventListener('progress', (event) => {
        const data = JSON.parse(event.data);
        if (latest) {
          // A progress event carries pages_done (and each page's state); the status stays as it was.
          const { pages, ...progress } = data;
          handle({ ...latest, progress: { ...latest.progress, ...progress }, pages: pages ?? latest.pages });
        }
      });
      source.addEventListener('error', fallBack);
    } else {
      fallBack();
    }
  }
  return {
    stop() {
      stopped = true;
      source?.close();
      polling?.stop();
    },
    get running() {
      return !stopped && (source !== null || Boolean(polling?.running));
    },
  };
}
