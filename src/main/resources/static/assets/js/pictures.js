/**
 * Pictures in the sizes a screen needs. Book pictures are served at full size and, on request
 * (`w=320` or `w=640`), as smaller copies in a lighter format the browser accepts; the browser picks
 * one from `srcset` for the room the picture has (`sizes`). Other pictures are used as they are.
 */

const SMALLER = [320, 640];
const FULL_WIDTH = 1024;
const RESIZABLE = /^\/(stories|shared)\/[^?]+\/(image|reference-image)(\?|$)/;

/** The picture's address at that width (the same address when it cannot be resized). */
export function sized(url, width) {
  if (!url || !RESIZABLE.test(url)) {
    return url;
  }
  return `${url}${url.includes('?') ? '&' : '?'}w=${width}`;
}

/**
 * img attributes for a book picture: src is the address the book gave, srcset the smaller copies.
 * @param sizes how wide the picture is shown, as a CSS sizes list
 */
export function pictureAttrs(url, sizes) {
  if (!url || !RESIZABLE.test(url)) {
    return { src: url };
  }
  return {
    src: url,
    srcset: [...SMALLER.map((width) => `${sized(url, width)} ${width}w`), `${url} ${FULL_WIDTH}w`].join(', '),
    sizes,
  };
}

/** A card or thumbnail about 320 CSS pixels wide (the full width of a phone's screen on a phone). */
export const CARD_SIZES = '(max-width: 600px) 92vw, 320px';
/** A page of the open book. */
export const PAGE_SIZES = '(max-width: 900px) 100vw, 60vw';

export function thumbnail(url) {
  return sized(url, 320);
}
