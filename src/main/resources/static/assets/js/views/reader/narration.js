/**
 * A book's recordings, when the server has a narrator: one per page, with when each sentence is heard
 * (GET /stories/{id}/narration). RecordedVoice plays a page's recording and says which of the shown
 * sentences is being heard, with the same states as the browser's voice (speech.js), so "Read aloud"
 * uses a recording where there is one and the browser's voice elsewhere.
 */
import { request } from '../../api.js';

/** page number → {audioUrl, sentences: [{start, end, begin_ms, end_ms}]}; empty without narration or on failure. */
export async function loadRecordings(bookId) {
  if (!bookId) {
    return new Map();
  }
  try {
    const narration = await request('GET', `/stories/${encodeURIComponent(bookId)}/narration`, { expect401: true });
    return new Map((narration?.pages ?? []).filter((p) => p.audio_url)
      .map((p) => [p.page, { audioUrl: p.audio_url, sentences: p.sentences ?? [] }]));
  } catch {
    return new Map(); // no recordings: the browser's voice reads instead
  }
}

/**
 * Where each shown sentence starts in the page's text, so the recording's sentences (character ranges
 * of the same text) find theirs even where the browser splits sentences differently from the server.
 */
function shownStarts(text, shown) {
  let from = 0;
  return shown.map((sentence) => {
    const at = text.indexOf(sentence.text, from);
    if (at < 0) {
      return from;
    }
    from = at + sentence.text.length;
    return at;
  });
}

/** states: idle → playing ⇄ paused → idle; handlers: onState(state), onSentence(index), onDone(). */
export class RecordedVoice {
  #audio = null;
  #timer = null;

  constructor({ onState, onSentence, onDone, onFailed }) {
    this.handlers = { onState, onSentence, onDone, onFailed };
    this.state = 'idle';
  }

  #set(state) {
    this.state = state;
    this.handlers.onState?.(state);
  }

  /** Plays a page's recording from the start, lighting up the shown sentence heard at each moment. */
  play(recording, text, shown) {
    this.stop();
    const starts = shownStarts(text, shown);
    const audio = new Audio(recording.audioUrl);
    audio.className = 'narration';
    this.#audio = audio;
    let current = -1;
    const follow = () => {
      const ms = audio.currentTime * 1000;
      const heard = recording.sentences.findLast((s) => s.begin_ms <= ms) ?? recording.sentences[0];
      if (!heard) {
        return;
      }
      const index = starts.findLastIndex((start) => start <= heard.start);
      if (index >= 0 && index !== current) {
        current = index;
        this.handlers.onSentence?.(index);
      }
    };
    audio.addEventListener('play', follow);
    audio.addEventListener('timeupdate', follow);
    audio.addEventListener('ended', () => {
      if (this.#audio === audio) {
        this.#release();
        this.#set('idle');
        this.handlers.onDone?.();
      }
    });
    audio.addEventListener('error', () => {
      if (this.#audio === audio) {
        this.#release();
        this.#set('idle');
        this.handlers.onFailed?.();
      }
    });
    // timeupdate comes about four times a second; a finer clock keeps the highlight with the voice.
    this.#timer = window.setInterval(follow, 100);
    this.#set('playing');
    audio.play().catch((error) => {
      if (this.#audio === audio && error?.name !== 'AbortError') {
        this.#release();
        this.#set('idle');
        this.handlers.onFailed?.();
      }
    });
  }

  pause() {
    if (this.state === 'playing') {
      this.#audio?.pause();
      this.#set('paused');
    }
  }

  resume() {
    if (this.state === 'paused') {
      this.#audio?.play().catch(() => {});
      this.#set('playing');
    }
  }

  stop() {
    const wasActive = this.state !== 'idle';
    this.#release();
    if (wasActive) {
      this.#set('idle');
    }
  }

  #release() {
    window.clearInterval(this.#timer);
    this.#timer = null;
    if (this.#audio) {
      const audio = this.#audio;
      this.#audio = null;
      audio.pause();
      audio.removeAttribute('src');
    }
  }
}
