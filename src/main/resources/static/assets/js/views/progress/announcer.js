/**
 * Says every change in words, in order, for the screen reader and for the "Everything so far" list:
 * each step the book passes (also one that came and went between two answers) and each page as its
 * picture starts and as it is finished.
 */
import { h } from '../../dom.js';

export function announcer(log, statuses) {
  const said = h('ol', {});
  const region = h('div', { class: 'visually-hidden', id: 'page-announcements', role: 'log', 'aria-live': 'polite',
    'aria-label': 'What is happening' }, said);
  let lastIndex = null;
  let known = null;
  const say = (text) => {
    said.append(h('li', {}, text));
    log.append(h('li', {}, text));
  };
  return {
    region,
    /** A status answer and the page states that go with it. */
    update(status, states) {
      const current = statuses.find(status.status);
      if (lastIndex === null) {
        // The first answer (a new book, or a reload): what is under way now, not all that came before.
        lastIndex = current ? current.index - 1 : -1;
        known = new Map([...states].filter(([, state]) => state === 'done'));
      }
      if (current && !current.terminal && !current.pageMatcher) {
        statuses.steps().filter((step) => step.index > lastIndex && step.index <= current.index && !step.pageMatcher)
          .forEach((step) => say(step.status_message));
        lastIndex = current.index;
      } else if (current?.pageMatcher && lastIndex < current.index) {
        statuses.steps().filter((step) => step.index > lastIndex && step.index < current.index)
          .forEach((step) => say(step.status_message));
        lastIndex = current.index;
      }
      const order = [...states.keys()].sort((a, b) => a - b);
      // Starts first, then finishes, page by page: the order they happened in as far as one answer tells.
      order.forEach((n) => {
        const before = known.get(n) ?? 'waiting';
        const now = states.get(n);
        if (before === 'waiting' && (now === 'painting' || now === 'done')) {
          say(`Painting page ${n}`);
        }
      });
      order.forEach((n) => {
        if (known.get(n) !== 'done' && states.get(n) === 'done') {
          say(`Page ${n} is painted`);
        }
      });
      known = new Map(states);
    },
  };
}
