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
 *   initial: a status already known (just created, just retried): shown at once, first poll in 2 s.
 * @returns {{stop(): void, readonly running: boolean}}
 */
export function watchStory(id, { statuses, onStatus, onEnd, onTrouble, onGone, initial = null,
  interval = POLL_INTERVAL_MS }) {
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
