/**
 * "Read aloud": plays the page's recording where the book has one (reader/narration.js), else reads the
 * spread's sentences with the browser's voice; highlights the sentence (and, with the browser's voice,
 * the word) being read, and says when the spread is done so the reader can turn the page. Hidden where
 * the browser has no voice and the book no recordings.
 */
import { h } from '../../dom.js';
import { ReadAloud, speechAvailable } from '../../speech.js';
import { RecordedVoice } from './narration.js';

/**
 * @param holder the element the spread is drawn in (where highlights are cleared)
 * @param sentences () → the shown spread's sentences [{text, element, words}]
 * @param language () → the book's language
 * @param onSpreadRead called when the last sentence of the spread has been read
 * @param recording () → the shown page's recording {audioUrl, sentences} and text, or null
 * @returns {readButton, stopButton, read(), stop(), readonly playing, recordingsChanged(any)}
 */
export function readAloud({ holder, sentences, language, onSpreadRead, recording = () => null }) {
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
  const recorded = new RecordedVoice({
    onState: (state) => drawReadButton(state),
    onSentence: (i) => highlight(i, null),
    onDone: () => {
      clearHighlight();
      onSpreadRead();
    },
    // A recording that cannot be played: the browser's voice reads the page instead.
    onFailed: () => voice?.speak(sentences().map((s) => s.text), language()),
  });
  let hasRecordings = false;
  let active = voice ?? recorded;
  readButton.hidden = !voice;

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
    const page = recording();
    if (page) {
      voice?.stop();
      active = recorded;
      recorded.play(page.recording, page.text, sentences());
    } else if (voice) {
      recorded.stop();
      active = voice;
      voice.speak(sentences().map((s) => s.text), language());
    }
  }

  function stop() {
    recorded.stop();
    voice?.stop();
  }

  readButton.addEventListener('click', () => {
    if (active.state === 'playing') {
      active.pause();
    } else if (active.state === 'paused') {
      active.resume();
    } else {
      read();
    }
  });
  stopButton.addEventListener('click', () => {
    stop();
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
    stop,
    get playing() {
      return active.state === 'playing';
    },
    /** The book's recordings were loaded: with any, the button shows even where the browser has no voice. */
    recordingsChanged(any) {
      hasRecordings = any;
      readButton.hidden = !voice && !hasRecordings;
    },
  };
}
