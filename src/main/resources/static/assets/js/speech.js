/**
 * Reading aloud with the browser's speech synthesis. A page is spoken one sentence at a time (long
 * utterances stall in some browsers, and it lets the page highlight the sentence being read); where
 * the voice reports word boundaries, the current word is highlighted too.
 */

export function speechAvailable() {
  return typeof window.speechSynthesis !== 'undefined' && typeof window.SpeechSynthesisUtterance === 'function';
}

const SETTINGS = 'storyloom.voice';
export const DEFAULT_RATE = 0.9;

/** The voice and speed the parent chose in this browser: {voice (a voice's name, or null), rate}. */
export function voiceSettings() {
  try {
    const saved = JSON.parse(window.localStorage.getItem(SETTINGS) ?? 'null');
    return { voice: typeof saved?.voice === 'string' ? saved.voice : null,
      rate: Number.isFinite(saved?.rate) ? saved.rate : DEFAULT_RATE };
  } catch {
    return { voice: null, rate: DEFAULT_RATE };
  }
}

export function saveVoiceSettings(settings) {
  try {
    window.localStorage.setItem(SETTINGS, JSON.stringify(settings));
  } catch {
    // Private mode: the choice lasts until the page is left.
  }
}

/** The browser's voices for a language (all of them when none speaks it); empty when it has none. */
export function voicesFor(language) {
  if (!speechAvailable()) {
    return [];
  }
  const voices = window.speechSynthesis.getVoices();
  const base = language.toLowerCase().split('-')[0];
  const speaking = voices.filter((v) => v.lang.toLowerCase().startsWith(base));
  return speaking.length ? speaking : voices;
}

function pickVoice(language) {
  const voices = window.speechSynthesis.getVoices();
  const chosen = voiceSettings().voice;
  const base = language.toLowerCase().split('-')[0];
  return voices.find((v) => v.name === chosen && v.lang.toLowerCase().startsWith(base))
    ?? voices.find((v) => v.lang.toLowerCase() === language.toLowerCase())
    ?? voices.find((v) => v.lang.toLowerCase().startsWith(base))
    ?? null;
}

/**
 * states: idle → playing ⇄ paused → idle.
 * handlers: onState(state), onSentence(index), onWord(sentenceIndex, charIndex), onDone() when the
 * last sentence was read (not when stopped).
 */
export class ReadAloud {
  #session = 0;

  constructor({ onState, onSentence, onWord, onDone }) {
    this.handlers = { onState, onSentence, onWord, onDone };
    this.state = 'idle';
  }

  #set(state) {
    this.state = state;
    this.handlers.onState?.(state);
  }

  /** Reads the sentences in order, replacing anything being read. */
  speak(sentences, language = 'en') {
    const synth = window.speechSynthesis;
    this.#session += 1;
    const session = this.#session;
    synth.cancel();
    if (!sentences.length) {
      this.#set('idle');
      return;
    }
    this.#set('playing');
    const voice = pickVoice(language);
    sentences.forEach((text, index) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = language;
      utterance.rate = voiceSettings().rate;
      if (voice) {
        utterance.voice = voice;
      }
      const current = () => session === this.#session;
      utterance.onstart = () => current() && this.handlers.onSentence?.(index);
      utterance.onboundary = (event) => {
        if (current() && event.name !== 'sentence') {
          this.handlers.onWord?.(index, event.charIndex);
        }
      };
      utterance.onend = () => {
        if (current() && index === sentences.length - 1) {
          this.#set('idle');
          this.handlers.onDone?.();
        }
      };
      utterance.onerror = (event) => {
        if (current() && !['interrupted', 'canceled'].includes(event.error)) {
          this.stop();
        }
      };
      synth.speak(utterance);
    });
  }

  pause() {
    if (this.state === 'playing') {
      window.speechSynthesis.pause();
      this.#set('paused');
    }
  }

  resume() {
    if (this.state === 'paused') {
      window.speechSynthesis.resume();
      this.#set('playing');
    }
  }

  stop() {
    this.#session += 1;
    if (speechAvailable()) {
      window.speechSynthesis.cancel();
    }
    if (this.state !== 'idle') {
      this.#set('idle');
    }
  }
}

/**
 * Splits text into paragraphs of sentences of words, with each word's place in its sentence, so a
 * boundary event's charIndex finds its word.
 */
export function segment(text, language = 'en') {
  const paragraphs = text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
  return paragraphs.map((paragraph) => sentencesOf(paragraph, language).map((sentence) => ({
    text: sentence,
    words: [...sentence.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length })),
  })));
}

function sentencesOf(paragraph, language) {
  if (typeof Intl.Segmenter === 'function') {
    const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    return [...segmenter.segment(paragraph)].map((s) => s.segment.trim()).filter(Boolean);
  }
  return (paragraph.match(/[^.!?…]+[.!?…]*["”’»)]*/g) ?? [paragraph]).map((s) => s.trim()).filter(Boolean);
}
