/**
 * Each page's picture state — waiting, painting or done — as the server reports it in the status's
 * `pages` array. An older answer without that array is read from what it does say: a page with a
 * picture is done, the page the status names is being painted, and the rest wait.
 */

/** @returns Map of page number → 'waiting' | 'painting' | 'done' */
export function pageStates(status, book, statuses) {
  const total = Math.max(book?.pages?.length ?? 0, book?.page_count ?? 0, status?.progress?.pages_total ?? 0);
  const states = new Map();
  for (let n = 1; n <= total; n += 1) {
    states.set(n, 'waiting');
  }
  if (Array.isArray(status?.pages)) {
    status.pages.forEach((page) => states.set(page.number, page.state));
    return states;
  }
  (book?.pages ?? []).filter((page) => page.image_url).forEach((page) => states.set(page.number, 'done'));
  const drawing = statuses.pageOf(status?.status);
  if (drawing > 0 && states.get(drawing) !== 'done') {
    states.set(drawing, 'painting');
  }
  if (statuses.isComplete(status?.status)) {
    states.forEach((_, n) => states.set(n, 'done'));
  }
  return states;
}
