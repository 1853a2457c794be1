/**
 * "Read aloud": plays the page's recording where the book has one (reader/narration.js), else reads the
 * spread's sentences with the browser's voice; highlights the sentence (and, with the browser's voice,
 * the word) being read, and says when the spread is done so the reader can turn the page. Where the
 * browser has no voice it says so (the button then shows only for a book with recordings); otherwise the
 * parent can choose the browser's voice and the speed.
 */
import { h } from '../../dom.js';
import { DEFAULT_RATE, ReadAloud, saveVoiceSettings, speechAvailable, voiceSettings, voicesFor } from '../../speech.js';
import { RecordedVoice } from './narration.js';

/**
 * @param holder the element the spread is drawn in (where highlights are cleared)
 * @param sentences () → the shown spread's sentences [{text, element, words}]
 * @param language () → the book's language
 * @param onSpreadRead called when the last sentence of the spread has been read
 * @param recording () → the shown page's recording {audioUrl, sentences} and text, or null
 * @returns {readButton, stopButton, settings (voice and speed, or the no-voice note), read(), stop(),
 *   readonly playing, recordingsChanged(any)}
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
    onFailed: () => {
      if (voice) {
        active = voice;
        voice.speak(sentences().map((s) => s.text), language());
      }
    },
  });
  let active = voice ?? recorded;
  const settings = voiceChooser(language);
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
    settings: settings.element,
    read,
    stop,
    get playing() {
      return active.state === 'playing';
    },
    /** The book's recordings were loaded: with any, the button shows even where the browser has no voice. */
    recordingsChanged(any) {
      readButton.hidden = !voice && !any;
    },
  };
}

/**
 * The voice and speed, kept in this browser; or, where the browser has no voice at all, a note that
 * says so (voices can arrive late, so the choice is drawn again when they do).
 */
function voiceChooser(language) {
  const note = h('p', { class: 'read-aloud-note', id: 'no-voice', role: 'note', hidden: true },
    'This browser has no voice to read aloud with. A voice can be added in the device’s speech settings — or read it together!');
  const voiceSelect = h('select', { id: 'voice-choice' });
  const saved = voiceSettings();
  const speed = h('input', { type: 'range', id: 'voice-speed', min: '0.5', max: '1.5', step: '0.1', value: String(saved.rate) });
  const speedValue = h('output', { for: 'voice-speed', class: 'voice-speed-value' }, `${saved.rate}×`);
  const chooser = h('details', { class: 'voice-settings', hidden: true },
    h('summary', { class: 'btn btn-quiet' }, 'Voice and speed'),
    h('div', { class: 'voice-settings-list' },
      h('label', { for: 'voice-choice', class: 'field-label' }, 'Voice'), voiceSelect,
      h('label', { for: 'voice-speed', class: 'field-label' }, 'Speed'), h('div', { class: 'voice-speed' }, speed, speedValue)));
  const save = () => {
    const rate = Number(speed.value) || DEFAULT_RATE;
    speedValue.textContent = `${rate}×`;
    saveVoiceSettings({ voice: voiceSelect.value || null, rate });
  };
  voiceSelect.addEventListener('change', save);
  speed.addEventListener('input', save);
  const draw = () => {
    const voices = voicesFor(language());
    note.hidden = voices.length > 0;
    // The speed applies to the browser's usual voice too; the list names the voices it reports.
    chooser.hidden = !speechAvailable();
    const chosen = voiceSettings().voice;
    voiceSelect.replaceChildren(h('option', { value: '' }, 'The usual voice'),
      ...voices.map((v) => h('option', { value: v.name, selected: v.name === chosen }, `${v.name} (${v.lang})`)));
  };
  draw();
  if (speechAvailable()) {
    window.speechSynthesis.addEventListener?.('voiceschanged', draw);
  }
  return { element: h('span', { class: 'voice-box' }, note, chooser) };
}
