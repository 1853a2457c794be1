/** How the page and book histories name a change, and who made it when. */
import { dateTime } from '../../dom.js';
import { personName } from '../../people.js';

export const REVISION_KINDS = {
  WRITTEN: 'Written by the storyteller',
  EDITED: 'Words changed',
  RESTORED: 'Brought back from history',
  DRAWN: 'Painted',
  REDRAWN: 'Painted again',
};

/** "Sam · 22 November 2026, 10:15" */
export function byWhomAndWhen(change) {
  return [personName(change.actor), dateTime(change.changed_at)].filter(Boolean).join(' · ');
}
