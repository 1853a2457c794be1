/**
 * What the owner of a book can do in the reader: change a page's words in place, paint a page's
 * picture again (a background job followed through the same status as the whole book), see and
 * restore a page's history, and for the whole book: download, share, see its history.
 */
import { stories } from '../api.js';
import { confirmDialog, openDialog } from '../dialog.js';
import { dateTime, h, toast } from '../dom.js';
import { busy, clearErrors, field, showErrors, summaryBox } from '../forms.js';
import { watchStory } from '../watcher.js';
import { ownerBook, withPage } from './book.js';

/** The longest page text the server takes (PUT /stories/{id}/pages/{n}). */
const PAGE_TEXT_MAX = 1200;

const REVISION_KINDS = {
  WRITTEN: 'Written by the storyteller',
  EDITED: 'Words changed',
  RESTORED: 'Brought back from history',
  DRAWN: 'Painted',
  REDRAWN: 'Painted again',
};

/**
 * @param ctx {id, statuses, styleLabel, onLeave}
 * @returns reader tools, plus resumeRedraw(api, page, status) for a reload during a redraw
 */
export function ownerTools({ id, statuses, styleLabel, onLeave }) {
  let redraw = null;
  onLeave(() => redraw?.watcher?.stop());

  // ---------- editing the words ----------
  function startEditing(api, page) {
    const spread = api.currentSpread();
    const textBlock = spread?.querySelector('.page-text');
    if (!textBlock) {
      return;
    }
    api.stopReading();
    const textarea = h('textarea', { rows: '7', lang: api.book.language, name: 'text', value: page.text,
      class: 'page-editor-text', maxlength: String(PAGE_TEXT_MAX) });
    const save = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Save words');
    const cancel = h('button', { type: 'button', class: 'btn btn-quiet' }, 'Cancel');
    const form = h('form', { class: 'page-editor', novalidate: true },
      summaryBox(),
      field({ label: `Words on page ${page.number}`, control: textarea,
        hint: 'Saved with your name. The storyteller\'s words stay in the page history.' }),
      h('div', { class: 'button-row' }, save, cancel));
    api.pageToolBar().hidden = true;
    textBlock.replaceWith(form);
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);

    const finish = () => {
      api.redraw();
      api.pageToolBar().querySelector('[data-tool="edit"]')?.focus();
    };
    cancel.addEventListener('click', finish);
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        finish();
      } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      const text = textarea.value.trim();
      if (!text) {
        showErrors(form, [{ target: textarea, message: 'A page needs some words.' }]);
        return;
      }
      if (text.length > PAGE_TEXT_MAX) {
        showErrors(form, [{ target: textarea, message: `Use at most ${PAGE_TEXT_MAX} characters.` }]);
        return;
      }
      if (text === page.text.trim()) {
        finish();
        return;
      }
      await busy(save, 'Saving…', async () => {
        try {
          const saved = await stories.editPage(id, page.number, text);
          api.setBook(withPage(api.book, saved));
          api.pageToolBar().querySelector('[data-tool="edit"]')?.focus();
          toast(`Saved the words on page ${page.number}.`, { tone: 'success' });
        } catch (error) {
          const messages = error.fieldErrors?.length
            ? error.fieldErrors.map((e) => ({ target: textarea, message: e.message }))
            : [{ target: textarea, message: error.status === 404 || error.status === 405
              ? 'Changing the words is not available on this server yet.' : error.message }];
          showErrors(form, messages);
        }
      });
    });
  }

  // ---------- painting a picture again ----------
  function overlayElement() {
    const message = h('p', { class: 'redraw-message' });
    const actions = h('div', { class: 'button-row', hidden: true });
    const element = h('div', { class: 'redraw-overlay', role: 'status', 'aria-live': 'polite' },
      h('span', { class: 'redraw-brush', 'aria-hidden': 'true' }), message, actions);
    return { element, message, actions };
  }

  async function askRedraw(api, page) {
    const yes = await confirmDialog({
      title: `Paint page ${page.number} again?`,
      message: 'The storyteller paints a new picture for this page. The current one stays in the page history.',
      yes: 'Paint it again',
    });
    if (yes) {
      await requestRedraw(api, page.number);
    }
  }

  async function requestRedraw(api, number) {
    try {
      const status = await stories.redraw(id, number);
      resumeRedraw(api, number, status);
    } catch (error) {
      toast(error.status === 404 || error.status === 405
        ? 'Painting a page again is not available on this server yet.' : error.message, { tone: 'error' });
    }
  }

  function resumeRedraw(api, number, status) {
    redraw?.watcher?.stop();
    const overlay = overlayElement();
    redraw = { page: number, overlay, watcher: null };
    overlay.message.textContent = status?.status_message ?? 'Getting the paints out…';
    api.redraw();
    redraw.watcher = watchStory(id, {
      statuses,
      initial: status,
      onStatus: (s) => {
        overlay.message.textContent = s.status_message;
      },
      onEnd: async (s) => {
        if (statuses.isComplete(s.status)) {
          const fresh = await stories.book(id);
          redraw = null;
          api.setBook(ownerBook(fresh, styleLabel));
          toast(`Page ${number} has a new picture.`, { tone: 'success' });
        } else {
          overlay.message.textContent = s.status_message;
          const again = h('button', { type: 'button', class: 'btn btn-primary' }, 'Try again');
          const dismiss = h('button', { type: 'button', class: 'btn btn-quiet' }, 'Keep the old picture');
          again.addEventListener('click', () => requestRedraw(api, number));
          dismiss.addEventListener('click', () => {
            redraw = null;
            api.redraw();
          });
          overlay.actions.replaceChildren(again, dismiss);
          overlay.actions.hidden = false;
          overlay.element.classList.add('is-failed');
        }
      },
      onTrouble: () => {
        overlay.message.textContent = 'We lost touch with Storyloom; trying again…';
      },
    });
  }

  // ---------- a page's history ----------
  async function showPageHistory(api, page) {
    const list = h('ol', { class: 'revisions' }, h('li', { class: 'muted' }, 'Opening the history…'));
    openDialog({
      title: `Page ${page.number}: history`,
      className: 'dialog-wide',
      content: [h('p', { class: 'muted' }, 'Every version of this page\'s words and picture, oldest first.'), list],
    });
    const load = async () => {
      try {
        const revisions = await stories.revisions(id, page.number);
        drawRevisions(list, revisions, api, page.number, load);
      } catch (error) {
        list.replaceChildren(h('li', {}, error.status === 404
          ? 'The page history is not available on this server yet.' : error.message));
      }
    };
    await load();
  }

  function drawRevisions(list, revisions, api, number, reload) {
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
        h('p', { class: 'revision-meta' }, [revision.actor, dateTime(revision.changed_at)].filter(Boolean).join(' · ')),
        changesText ? h('blockquote', { class: 'revision-text', lang: api.book.language }, revision.text) : null,
        !changesText && revision.image_url ? h('img', { class: 'revision-picture', src: revision.image_url, width: '320', height: '240',
          alt: `The picture for page ${number} at that time` }) : null,
        isCurrent ? h('p', { class: 'revision-current' }, 'This is the page now') : restore);
    }));
  }

  // ---------- the whole book ----------
  function downloadMenu() {
    const letter = /^(en-US|en-CA|es-MX|fr-CA)$/i.test(navigator.language || '');
    const item = (label, format, paper) => {
      const button = h('button', { type: 'button', class: 'menu-item', dataset: { format } }, label);
      button.addEventListener('click', async () => {
        menu.open = false;
        await download(format, paper);
      });
      return button;
    };
    const menu = h('details', { class: 'menu' },
      h('summary', { class: 'btn btn-quiet' }, 'Download'),
      h('div', { class: 'menu-list' },
        item(letter ? 'PDF · US Letter' : 'PDF · A4', 'pdf', letter ? 'letter' : 'a4'),
        item(letter ? 'PDF · A4' : 'PDF · US Letter', 'pdf', letter ? 'a4' : 'letter'),
        item('EPUB e-book', 'epub')));
    // Closes with Escape, and when focus or a click goes elsewhere.
    menu.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && menu.open) {
        event.preventDefault();
        menu.open = false;
        menu.querySelector('summary').focus();
      }
    });
    menu.addEventListener('focusout', (event) => {
      if (!menu.contains(event.relatedTarget)) {
        menu.open = false;
      }
    });
    return menu;
  }

  async function download(format, paper) {
    toast(format === 'pdf' ? 'Preparing the PDF…' : 'Preparing the e-book…');
    try {
      const { blob, filename } = await stories.exportFile(id, format, paper);
      const url = URL.createObjectURL(blob);
      const link = h('a', { href: url, download: filename ?? `storyloom-book.${format}`, class: 'visually-hidden' });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } catch (error) {
      toast(error.message, { tone: 'error' });
    }
  }

  function shareButton() {
    const button = h('button', { type: 'button', class: 'btn btn-quiet', id: 'share-button' }, 'Share');
    button.addEventListener('click', () => {
      const result = h('div', { class: 'share-result' });
      const make = h('button', { type: 'button', class: 'btn btn-primary' }, 'Make a link');
      const stop = h('button', { type: 'button', class: 'btn btn-quiet' }, 'Stop sharing');
      const lasting = h('select', { name: 'expires_in_days', id: 'share-expiry' },
        [['', 'until I stop sharing'], ['1', 'for 1 day'], ['7', 'for 7 days'], ['30', 'for 30 days']]
          .map(([value, label]) => h('option', { value }, label)));
      make.addEventListener('click', () => busy(make, 'Making a link…', async () => {
        try {
          const link = await stories.share(id, Number(lasting.value) || undefined);
          const url = new URL(link.url, window.location.origin).href;
          const input = h('input', { type: 'text', readonly: true, value: url, id: 'share-url', class: 'share-url' });
          const copy = h('button', { type: 'button', class: 'btn btn-small' }, 'Copy');
          copy.addEventListener('click', async () => {
            input.select();
            try {
              await navigator.clipboard.writeText(url);
              toast('Link copied.', { tone: 'success' });
            } catch {
              toast('Select the link and copy it.', { tone: 'info' });
            }
          });
          const until = link.expires_at ? ` It works until ${dateTime(link.expires_at)}.` : '';
          result.replaceChildren(field({ label: 'Your link', control: input,
            hint: `Anyone with this link can read the book, but not change it.${until}` }), copy);
          input.select();
        } catch (error) {
          toast(error.message, { tone: 'error' });
        }
      }));
      stop.addEventListener('click', async () => {
        try {
          await stories.unshare(id);
          result.replaceChildren(h('p', {}, 'Sharing stopped: the link no longer opens the book.'));
        } catch (error) {
          toast(error.message, { tone: 'error' });
        }
      });
      openDialog({
        title: 'Share this book',
        content: [h('p', {}, 'Make a link that opens the book for reading, without an account. A new link replaces the old one.'),
          field({ label: 'The link works', control: lasting, className: 'share-expiry' }), result],
        actions: [stop, make],
      });
    });
    return button;
  }

  function historyButton() {
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

  return {
    toolbar: () => [downloadMenu(), shareButton(), historyButton()],
    pageTools(page, api) {
      const busyDrawing = redraw !== null;
      const edit = h('button', { type: 'button', class: 'btn btn-small btn-tool', dataset: { tool: 'edit' } },
        h('span', { class: 'tool-icon tool-icon-edit', 'aria-hidden': 'true' }), 'Change the words');
      const paint = h('button', { type: 'button', class: 'btn btn-small btn-tool', dataset: { tool: 'redraw' }, disabled: busyDrawing },
        h('span', { class: 'tool-icon tool-icon-paint', 'aria-hidden': 'true' }), 'Paint again');
      const history = h('button', { type: 'button', class: 'btn btn-small btn-tool', dataset: { tool: 'history' } },
        h('span', { class: 'tool-icon tool-icon-history', 'aria-hidden': 'true' }), 'Page history');
      edit.addEventListener('click', () => startEditing(api, page));
      paint.addEventListener('click', () => askRedraw(api, page));
      history.addEventListener('click', () => showPageHistory(api, page));
      return h('div', { class: 'page-tools', role: 'group', 'aria-labelledby': 'page-tools-label' },
        h('span', { class: 'page-tools-label', id: 'page-tools-label' }, `Page ${page.number}:`), edit, paint, history);
    },
    pictureOverlay(page) {
      return redraw && redraw.page === page.number ? redraw.overlay.element : null;
    },
    resumeRedraw,
  };
}

/** Two picture URLs show the same picture when they carry the same version (v=…). */
function sameVersion(a, b) {
  const version = (url) => (url ? new URL(url, window.location.origin).searchParams.get('v') : null);
  return Boolean(a && b) && version(a) === version(b);
}

const PERSONS_CHANGES = ['EDITED', 'RESTORED', 'REDRAWN'];

function drawBookHistory(body, history) {
  const statuses = Array.isArray(history) ? history : history?.statuses ?? [];
  const edits = (Array.isArray(history) ? [] : history?.edits ?? []).filter((e) => PERSONS_CHANGES.includes(e.kind));
  const sections = [];
  if (edits.length) {
    sections.push(h('h3', {}, 'Changes to pages'), h('ol', { class: 'history-list' }, edits.map((edit) => h('li', {},
      h('p', { class: 'revision-kind' }, [edit.page ?? edit.page_number ? `Page ${edit.page ?? edit.page_number}` : null,
        REVISION_KINDS[edit.kind] ?? edit.kind].filter(Boolean).join(': ')),
      h('p', { class: 'revision-meta' }, [edit.actor, dateTime(edit.changed_at)].filter(Boolean).join(' · ')),
      edit.text ? h('blockquote', { class: 'revision-text' }, edit.text) : null))));
  }
  sections.push(h('h3', {}, 'How it was made'), h('ol', { class: 'history-list' }, statuses.map((entry) => h('li', {},
    h('p', { class: 'revision-kind' }, entry.status_message ?? entry.status),
    h('p', { class: 'revision-meta' }, [entry.actor, dateTime(entry.changed_at)].filter(Boolean).join(' · '))))));
  body.replaceChildren(...sections);
}
