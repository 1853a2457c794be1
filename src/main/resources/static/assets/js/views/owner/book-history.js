/** The whole book's history in a dialog: the changes people made to its pages, then how it was made. */
import { stories } from '../../api.js';
import { openDialog } from '../../dialog.js';
import { h } from '../../dom.js';
import { byWhomAndWhen, REVISION_KINDS } from './revisions.js';

const PERSONS_CHANGES = ['EDITED', 'RESTORED', 'REDRAWN'];

export function historyButton(id) {
  const button = h('button', { type: 'button', class: 'btn btn-quiet', id: 'book-history-button' }, 'History');
  button.addEventListener('click', async () => {
    const body = h('div', { class: 'book-history' }, h('p', { class: 'muted' }, 'Opening the history…'));
    openDialog({ title: 'The story of this book', className: 'dialog-wide', content: body });
    try {
      const history = await stories.history(id);
      drawBookHistory(body, history);
    } catch (error) {
      body.replaceChildren(h('p', {}, error.message));
    }
  });
  return button;
}

function drawBookHistory(body, history) {
  const statuses = Array.isArray(history) ? history : history?.statuses ?? [];
  const edits = (Array.isArray(history) ? [] : history?.edits ?? []).filter((e) => PERSONS_CHANGES.includes(e.kind));
  const sections = [];
  if (edits.length) {
    sections.push(h('h3', {}, 'Changes to pages'), h('ol', { class: 'history-list' }, edits.map((edit) => h('li', {},
      h('p', { class: 'revision-kind' }, [edit.page ?? edit.page_number ? `Page ${edit.page ?? edit.page_number}` : null,
        REVISION_KINDS[edit.kind] ?? edit.kind].filter(Boolean).join(': ')),
      h('p', { class: 'revision-meta' }, byWhomAndWhen(edit)),
      edit.text ? h('blockquote', { class: 'revision-text' }, edit.text) : null))));
  }
  sections.push(h('h3', {}, 'How it was made'), h('ol', { class: 'history-list' }, statuses.map((entry) => h('li', {},
    h('p', { class: 'revision-kind' }, entry.status_message ?? entry.status),
    h('p', { class: 'revision-meta' }, byWhomAndWhen(entry))))));
  body.replaceChildren(...sections);
}
