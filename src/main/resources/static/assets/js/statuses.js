/**
 * The story statuses, as the server publishes them at GET /stories/statuses. The page keeps no list
 * of its own: which statuses exist, their order, their messages, the pattern each value matches and
 * which ones end the work all come from there. Only the two outcome names the API contract promises
 * (COMPLETE and FAILED) are named here, to tell a finished book from a failed one.
 */
import { loadOnce, stories } from './api.js';

export const COMPLETE = 'COMPLETE';
export const FAILED = 'FAILED';

/** The published list, loaded once per page (and again after a failed load). */
export const loadStatuses = loadOnce(() => stories.statuses().then((definitions) => new StatusList(definitions)));

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class StatusList {
  constructor(definitions) {
    this.entries = definitions.map((definition, index) => ({
      ...definition,
      index,
      matcher: new RegExp(definition.pattern),
      // A per-page status is published as a template such as GENERATING_PAGE_IMAGE_{n}.
      pageMatcher: definition.status.includes('{n}')
        ? new RegExp(`^${escapeRegExp(definition.status).replace(escapeRegExp('{n}'), '(\\d+)')}$`)
        : null,
    }));
  }

  /** The published entry a status value belongs to, or null for a value the list does not know. */
  find(value) {
    return this.entries.find((entry) => entry.matcher.test(value ?? '')) ?? null;
  }

  isTerminal(value) {
    return this.find(value)?.terminal === true;
  }

  isComplete(value) {
    return value === COMPLETE && this.isTerminal(value);
  }

  isFailed(value) {
    return value === FAILED && this.isTerminal(value);
  }

  /** The page a per-page status names (GENERATING_PAGE_IMAGE_3 → 3), else 0. */
  pageOf(value) {
    const match = this.find(value)?.pageMatcher?.exec(value ?? '');
    return match ? Number(match[1]) : 0;
  }

  /** The steps a book goes through, for the step list: every working status, then the happy ending. */
  steps() {
    return this.entries.filter((entry) => !entry.terminal || entry.status === COMPLETE);
  }

  /**
   * A step's label: its message, or for the per-page step the pictures counted ("Drawing the
   * pictures — 3 of 8 done"), never a page number that is only one of several being drawn.
   */
  stepLabel(entry, progress) {
    if (!entry.pageMatcher) {
      return entry.status_message;
    }
    const label = entry.step_label || 'Drawing the pictures';
    const total = progress?.pages_total;
    return total ? `${label} — ${Math.min(progress.pages_done ?? 0, total)} of ${total} done` : label;
  }

  /**
   * How far along a book is, 0…1. Each step before the pictures counts one; the pictures count one
   * per page, so a six-page book spends most of its bar on drawing, as it does in reality. The step
   * under way counts half, a picture being painted counts half, and a book being made never shows an
   * empty bar: it moves from the first second.
   */
  fraction(value, progress, pages = null) {
    if (this.isComplete(value)) {
      return 1;
    }
    const working = this.entries.filter((entry) => !entry.terminal);
    const total = Math.max(1, progress?.pages_total ?? 0);
    const weight = (entry) => (entry.pageMatcher ? total : 1);
    const whole = working.reduce((sum, entry) => sum + weight(entry), 0);
    const current = this.find(value);
    const done = Math.min(progress?.pages_done ?? 0, total);
    if (!current || current.terminal) {
      // Failed (or unknown): show what was achieved, counting finished pictures.
      const before = working.filter((entry) => !entry.pageMatcher).length;
      return done > 0 ? (before + done) / whole : 0;
    }
    const before = working.filter((entry) => entry.index < current.index).reduce((sum, e) => sum + weight(e), 0);
    const painting = Array.isArray(pages) ? pages.filter((p) => p.state === 'painting').length : 1;
    const within = current.pageMatcher ? done + 0.5 * Math.min(painting, total - done) : 0.5;
    return Math.min(1, Math.max(MIN_FRACTION, (before + within) / whole));
  }
}

/** What the bar shows while a book waits in the queue: a sliver, so it is plainly under way. */
const MIN_FRACTION = 0.04;
