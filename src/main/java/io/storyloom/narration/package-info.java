/**
 * Narrated books: one recording per page from the configured narrator (ElevenLabs or OpenAI), stored
 * like pictures, with when each sentence is heard so the reader and e-readers can follow along. A
 * recording belongs to the page's text and the book's voice and speed: when either changes it is made
 * again. With narration off there are no recordings and the reader uses the browser's own speech.
 */
package io.storyloom.narration;
