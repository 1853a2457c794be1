/**
 * Changing a page's words in place: the words become a text box (as long as the server takes), saved
 * with Ctrl/⌘+Enter or the button, left with Escape or Cancel.
 */
import { stories } from '../../api.js';
import { h, toast } from '../../dom.js';
import { busy, clearErrors, field, showErrors, summaryBox } from '../../forms.js';
import { withPage } from '../book.js';

/**
 * @param api the reader's api
 * @param page the page shown
 * @param ctx {id, textMax (the longest text PUT /stories/{id}/pages/{n} takes, from the published limits)}
 */
export function startEditing(api, page, { id, textMax }) {
  const spread = api.currentSpread();
  const textBlock = spread?.querySelector('.page-text');
  if (!textBlock) {
    return;
  }
  api.stopReading();
  const textarea = h('textarea', { rows: '7', lang: api.book.language, name: 'text', value: page.text,
    class: 'page-editor-text', maxlength: textMax });
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
    if (text.length > textMax) {
      showErrors(form, [{ target: textarea, message: `Use at most ${textMax} characters.` }]);
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
