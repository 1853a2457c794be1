/**
 * What the owner of a book can do in the reader: change a page's words in place, paint a page's
 * picture again (a background job followed through the same status as the whole book), see and
 * restore a page's history, and for the whole book: download, share, see its history. Each feature
 * lives in its own module under owner/; this puts them into the reader's toolbars.
 */
import { h } from '../dom.js';
import { historyButton } from './owner/book-history.js';
import { downloadMenu } from './owner/downloads.js';
import { startEditing } from './owner/page-editor.js';
import { showPageHistory } from './owner/page-history.js';
import { pictureRedraws } from './owner/redraw.js';
import { shareButton } from './owner/share.js';

/**
 * @param ctx {id, statuses, limits, styleLabel, onLeave}
 * @returns reader tools, plus resumeRedraw(api, page, status) for a reload during a redraw
 */
export function ownerTools({ id, statuses, limits, styleLabel, onLeave }) {
  const redraws = pictureRedraws({ id, statuses, styleLabel, onLeave });
  const textMax = limits.page('text').max_length;

  const tool = (name, icon, label, disabled = false) => h('button',
    { type: 'button', class: 'btn btn-small btn-tool', dataset: { tool: name }, disabled },
    h('span', { class: ['tool-icon', `tool-icon-${icon}`], 'aria-hidden': 'true' }), label);

  return {
    toolbar: () => [downloadMenu(id), shareButton(id), historyButton(id)],
    pageTools(page, api) {
      const edit = tool('edit', 'edit', 'Change the words');
      const paint = tool('redraw', 'paint', 'Paint again', redraws.busy);
      const history = tool('history', 'history', 'Page history');
      edit.addEventListener('click', () => startEditing(api, page, { id, textMax }));
      paint.addEventListener('click', () => redraws.ask(api, page));
      history.addEventListener('click', () => showPageHistory(api, page, { id }));
      return h('div', { class: 'page-tools', role: 'group', 'aria-labelledby': 'page-tools-label' },
        h('span', { class: 'page-tools-label', id: 'page-tools-label' }, `Page ${page.number}:`), edit, paint, history);
    },
    pictureOverlay: (page) => redraws.overlay(page),
    resumeRedraw: (api, number, status) => redraws.resume(api, number, status),
  };
}
