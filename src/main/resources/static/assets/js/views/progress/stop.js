/** "Stop making this book", after asking: no further provider calls; the book ends FAILED, "stopped". */
import { stories } from '../../api.js';
import { confirmDialog } from '../../dialog.js';
import { h, toast } from '../../dom.js';

/** @param onStopped (status) → the book's status after stopping */
export function stopButton(id, onStopped) {
  const stop = h('button', { type: 'button', class: 'btn btn-small btn-quiet', id: 'stop-making' }, 'Stop making this book');
  stop.addEventListener('click', async () => {
    const yes = await confirmDialog({ title: 'Stop making this book?', yes: 'Stop it', no: 'Keep going',
      message: 'Nothing more is written or painted. You can pick it up again later with “Continue”.' });
    if (!yes) {
      return;
    }
    try {
      onStopped(await stories.cancel(id));
    } catch (error) {
      toast(error.message, { tone: 'error' });
    }
  });
  return stop;
}
