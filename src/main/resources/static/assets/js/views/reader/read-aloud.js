/**
 * "Read aloud": reads the spread's sentences with the browser's voice, highlights the sentence and
 * word being read, and says when the spread is done so the reader can turn the page. Hidden where the
 * browser has no voice.
 */
import { h } from '../../dom.js';
import { ReadAloud, speechAvailable } from '../../speech.js';

/**
 * @param holder the element the spread is drawn in (where highlights are cleared)
 * @param sentences () → the shown spread's sentences [{text, element, words}]
 * @param language () → the book's language
 * @param onSpreadRead called when the last sentence of the spread has been read
 * @returns {readButton, stopButton, read(), stop(), readonly playing}
 */
export function readAloud({ holder, sentences, language, onSpreadRead }) {
  const readButton = h('button', { type: 'button', class: 'btn btn-read', id: 'read-aloud', 'aria-pressed': 'false' });
  const stopButton = h('button', { type: 'button', class: 'btn btn-quiet btn-stop', id: 'stop-reading', hidden: true }, 'Stop');
  const voice = speechAvailable() ? new ReadAloud({
    onState: (state) => drawReadButton(state),
    onSentence: (i) => highlight(i, null),
    onWord: (i, charIndex) => highlight(i, charIndex),
    onDone: () => {
      clearHighlight();
      onSpreadRead();
    },
  }) : null;
  if (!voice) {
    readButton.hidden = true;
  }

  function drawReadButton(state) {
    readButton.replaceChildren(
      h('span', { class: ['read-icon', `read-icon-${state}`], 'aria-hidden': 'true' }),
      state === 'playing' ? 'Pause' : state === 'paused' ? 'Keep reading' : 'Read aloud');
    readButton.setAttribute('aria-pressed', String(state === 'playing'));
    readButton.dataset.state = state;
    stopButton.hidden = state === 'idle';
    if (state === 'idle') {
      clearHighlight();
    }
  }
  drawReadButton('idle');

  function read() {
    voice?.speak(sentences().map((s) => s.text), language());
  }

  readButton.addEventListener('click', () => {
    if (!voice) {
      return;
    }
    if (voice.state === 'playing') {
      voice.pause();
    } else if (voice.state === 'paused') {
      voice.resume();
    } else {
      read();
    }
  });
  stopButton.addEventListener('click', () => {
    voice?.stop();
    readButton.focus();
  });

  function clearHighlight() {
    holder.querySelectorAll('.is-reading, .is-reading-word')
      .forEach((el) => el.classList.remove('is-reading', 'is-reading-word'));
  }

  function highlight(sentenceIndex, charIndex) {
    const sentence = sentences()[sentenceIndex];
    if (!sentence) {
      return;
    }
    clearHighlight();
    sentence.element.classList.add('is-reading');
    if (charIndex !== null) {
      const word = [...sentence.words].reverse().find((w) => w.start <= charIndex);
      word?.element.classList.add('is-reading-word');
    }
  }

  return {
    readButton,
    stopButton,
    read,
    stop: () => voice?.stop(),
    get playing() {
      return voice?.state === 'playing';
    },
  };
}
