/**
 * What the page remembers in this browser: the book a parent was watching being made, so that a
 * reload, a new tab or coming back later resumes watching it.
 */

const WATCHING = 'storyloom.watching';

function read() {
  try {
    return JSON.parse(window.localStorage.getItem(WATCHING) ?? 'null');
  } catch {
    return null;
  }
}

export const watching = {
  /** The story this account was last watching being made, or null. */
  get(accountId) {
    const entry = read();
    return entry && entry.account === accountId ? entry.story : null;
  },
  set(accountId, storyId) {
    try {
      window.localStorage.setItem(WATCHING, JSON.stringify({ account: accountId, story: storyId }));
    } catch {
      // Private mode or full storage: the address still carries the story.
    }
  },
  clear(storyId) {
    const entry = read();
    if (entry && (!storyId || entry.story === storyId)) {
      window.localStorage.removeItem(WATCHING);
    }
  },
};
