/**
 * The limits of what the page sends, as the server publishes them at GET /stories/limits (read from
 * its own validation rules). The page keeps no numbers of its own: the maxlength of each field, the
 * ages and page counts offered, how many favourite things, and the checks before sending all come
 * from there.
 */
import { loadOnce, stories } from './api.js';

/** The published limits, loaded once per page (and again after a failed load). */
export const loadLimits = loadOnce(() => stories.limits().then((published) => new Limits(published)));

export class Limits {
  constructor({ story = {}, page = {} } = {}) {
    this.storyFields = story;
    this.pageFields = page;
  }

  /**
   * A field of a new book's request, by the name the server's errors use (child.name, page_count …):
   * {required, min_length, max_length, minimum, maximum, max_items, item_max_length}, each only when
   * the field has that limit.
   */
  story(field) {
    return this.storyFields[field] ?? {};
  }

  /** A field of a page's new words (text). */
  page(field) {
    return this.pageFields[field] ?? {};
  }
}
