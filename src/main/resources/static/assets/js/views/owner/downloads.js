/** The Download menu: the book as a PDF (the reader's usual paper size first) or an EPUB e-book. */
import { stories } from '../../api.js';
import { h, toast } from '../../dom.js';

export function downloadMenu(id) {
  const letter = /^(en-US|en-CA|es-MX|fr-CA)$/i.test(navigator.language || '');
  const item = (label, format, paper) => {
    const button = h('button', { type: 'button', class: 'menu-item', dataset: { format } }, label);
    button.addEventListener('click', async () => {
      menu.open = false;
      await saveExport(id, format, paper);
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

/** Fetches the book as a file and hands it to the browser to save. */
export async function saveExport(id, format, paper) {
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
