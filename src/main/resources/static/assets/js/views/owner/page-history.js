/**
 * A page's history in a dialog: every version of its words and picture, oldest first, each but the
 * current one with a button to bring it back.
 */
import { stories } from '../../api.js';
import { openDialog } from '../../dialog.js';
import { h, toast } from '../../dom.js';
import { withPage } from '../book.js';
import { byWhomAndWhen, REVISION_KINDS } from './revisions.js';

export async function showPageHistory(api, page, { id }) {
  const list = h('ol', { class: 'revisions' }, h('li', { class: 'muted' }, 'Opening the history…'));
  openDialog({
    title: `Page ${page.number}: history`,
    className: 'dialog-wide',
    content: [h('p', { class: 'muted' }, 'Every version of this page\'s words and picture, oldest first.'), list],
  });
  const load = async () => {
    try {
      const revisions = await stories.revisions(id, page.number);
      drawRevisions(list, revisions, { api, id, number: page.number, reload: load });
    } catch (error) {
      list.replaceChildren(h('li', {}, error.status === 404
        ? 'The page history is not available on this server yet.' : error.message));
    }
  };
  await load();
}

function drawRevisions(list, revisions, { api, id, number, reload }) {
  const current = api.book.pages.find((p) => p.number === number);
  if (!revisions.length) {
    list.replaceChildren(h('li', { class: 'muted' }, 'No changes yet.'));
    return;
  }
  // The newest revision that set the words, and the one that set the picture, are the page as it is now.
  const lastText = revisions.findLast((r) => r.text != null);
  const lastPicture = revisions.findLast((r) => r.text == null && r.image_url);
  list.replaceChildren(...revisions.map((revision) => {
    const changesText = revision.text != null;
    const isCurrent = changesText
      ? revision === lastText && revision.text === current?.text
      : revision === lastPicture && sameVersion(revision.image_url, current?.imageUrl);
    const restore = h('button', { type: 'button', class: 'btn btn-small' },
      changesText ? 'Bring back these words' : 'Bring back this picture');
    restore.addEventListener('click', async () => {
      restore.disabled = true;
      try {
        const page = await stories.restore(id, number, revision.revision_id);
        api.setBook(withPage(api.book, page));
        toast(`Brought back an earlier version of page ${number}.`, { tone: 'success' });
        await reload();
      } catch (error) {
        restore.disabled = false;
        toast(error.message, { tone: 'error' });
      }
    });
    return h('li', { class: ['revision', `revision-${(revision.kind ?? '').toLowerCase()}`] },
      h('p', { class: 'revision-kind' }, REVISION_KINDS[revision.kind] ?? revision.kind ?? 'Change'),
      h('p', { class: 'revision-meta' }, byWhomAndWhen(revision)),
      changesText ? h('blockquote', { class: 'revision-text', lang: api.book.language }, revision.text) : null,
      !changesText && revision.image_url ? h('img', { class: 'revision-picture', src: revision.image_url, width: '320', height: '240',
        alt: `The picture for page ${number} at that time` }) : null,
      isCurrent ? h('p', { class: 'revision-current' }, 'This is the page now') : restore);
  }));
}

/** Two picture URLs show the same picture when they carry the same version (v=…). */
function sameVersion(a, b) {
  const version = (url) => (url ? new URL(url, window.location.origin).searchParams.get('v') : null);
  return Boolean(a && b) && version(a) === version(b);
}
