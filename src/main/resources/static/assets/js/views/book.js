/**
 * One shape for a book, whether it is the owner's (GET /stories/{id}) or shared (GET /shared/{token}),
 * so the reader draws both the same way.
 */

/** The picture's alt text: the moment the picture shows, as the scene moment describes it. */
export function altText(page) {
  const description = page?.scene_moment?.description;
  if (typeof description === 'string' && description.trim()) {
    return description.trim();
  }
  return page?.number ? `The picture for page ${page.number}` : 'A picture from the book';
}

function normalizePage(page) {
  return {
    number: page.number,
    text: page.text ?? '',
    imageUrl: page.image_url ?? null,
    alt: altText(page),
    source: page.source ?? null,
    updatedBy: page.updated_by ?? null,
    updatedAt: page.updated_at ?? null,
  };
}

/** The owner's book. */
export function ownerBook(book, styleLabel) {
  const pages = (book.pages ?? []).map(normalizePage).sort((a, b) => a.number - b.number);
  return {
    id: book.story_id,
    title: book.title || 'Untitled book',
    childName: book.child?.name ?? '',
    language: book.language || 'en',
    artStyle: styleLabel ?? book.art_style ?? '',
    status: book.status,
    pages,
    coverUrl: pages.find((p) => p.imageUrl)?.imageUrl ?? book.reference_image_url ?? null,
    coverAlt: pages.find((p) => p.imageUrl)?.alt ?? `${book.child?.name ?? 'The hero'} as drawn for this book`,
  };
}

/** A book opened through a share link. */
export function sharedBook(book, styleLabel) {
  const pages = (book.pages ?? []).map(normalizePage).sort((a, b) => a.number - b.number);
  return {
    id: null,
    title: book.title || 'Untitled book',
    childName: book.child_name ?? '',
    language: book.language || 'en',
    artStyle: styleLabel ?? book.art_style ?? '',
    status: 'COMPLETE',
    pages,
    coverUrl: pages.find((p) => p.imageUrl)?.imageUrl ?? null,
    coverAlt: pages.find((p) => p.imageUrl)?.alt ?? 'The cover picture',
  };
}

/** Replaces one page of a book with the page the server answered with (after an edit or restore). */
export function withPage(book, page) {
  const updated = normalizePage(page);
  return { ...book, pages: book.pages.map((p) => (p.number === updated.number ? updated : p)) };
}
