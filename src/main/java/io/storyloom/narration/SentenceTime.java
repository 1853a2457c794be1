package io.storyloom.narration;

/**
 * When one sentence of a page is heard in the page's recording.
 *
 * @param start   where the sentence begins in the page's text (a character index)
 * @param end     where it ends, exclusive
 * @param beginMs when it begins, in milliseconds from the start of the recording
 * @param endMs   when it ends
 */
public record SentenceTime(int start, int end, long beginMs, long endMs) {
}
