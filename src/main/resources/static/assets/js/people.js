/**
 * Who did something, as a parent reads it: the book's owner by their display name ("Sam"), and the
 * storyteller, the illustrator and the watchdog as "Storyloom" — never an email or an internal name.
 * Only the owner (signed in or through their API token) can change a book, so a person is them.
 */

let viewer = null;

/** The signed-in account ({display_name, email}), or null. */
export function setViewer(account) {
  viewer = account;
}

export function personName(actor) {
  if (!actor) {
    return null;
  }
  if (actor.includes('@')) {
    return viewer?.display_name || 'You';
  }
  return 'Storyloom';
}
