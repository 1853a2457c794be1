/**
 * The story request's rules, with the numbers the server publishes (limits.js), so most mistakes are
 * caught before sending. The server checks again and its answer wins.
 */

const SINGLE_LINE = /^[^\p{Cc}]*$/u;
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/**
 * Checks a request body as it will be sent, against the published limits. Returns [{field, message}]
 * with the server's field names (child.name, idea, page_count …); empty when all is well.
 */
export function checkStoryRequest(request, limits, { artStyleIds = null } = {}) {
  const errors = [];
  const max = (field) => limits.story(field).max_length;
  const add = (field, message) => errors.push({ field, message });
  const child = request.child ?? {};

  const name = child.name ?? '';
  if (!name.trim()) {
    add('child.name', 'Please tell us the hero\'s name.');
  } else if (name.length > max('child.name')) {
    add('child.name', `Use at most ${max('child.name')} characters.`);
  } else if (!SINGLE_LINE.test(name)) {
    add('child.name', 'Keep the name on one line.');
  }

  const age = limits.story('child.age');
  if (!Number.isInteger(child.age)) {
    add('child.age', 'Please give an age in whole years.');
  } else if (child.age < age.minimum || child.age > age.maximum) {
    add('child.age', `Books are for ages ${age.minimum} to ${age.maximum}.`);
  }

  optionalText(add, 'child.pronouns', child.pronouns, max('child.pronouns'), { singleLine: true });
  optionalText(add, 'child.appearance', child.appearance, max('child.appearance'),
    { tooLong: `Together the looks can use at most ${max('child.appearance')} characters; please shorten them.` });
  optionalText(add, 'child.clothing', child.clothing, max('child.clothing'));

  const interests = child.interests ?? [];
  const { max_items: mostInterests, item_max_length: interestMax } = limits.story('child.interests');
  if (interests.length > mostInterests) {
    add('child.interests', `Choose at most ${mostInterests} favourite things.`);
  } else if (interests.some((interest) => !interest.trim())) {
    add('child.interests', 'Remove the empty favourite thing.');
  } else if (interests.some((interest) => interest.length > interestMax)) {
    add('child.interests', `Each favourite thing can use at most ${interestMax} characters.`);
  }

  optionalText(add, 'companion', request.companion, max('companion'));

  const idea = (request.idea ?? '').trim();
  const { min_length: ideaMin, max_length: ideaMax } = limits.story('idea');
  if (!idea) {
    add('idea', 'Please tell us what the story is about.');
  } else if (idea.length < ideaMin) {
    add('idea', `Please write at least ${ideaMin} characters.`);
  } else if ((request.idea ?? '').length > ideaMax) {
    add('idea', `Use at most ${ideaMax} characters.`);
  }

  optionalText(add, 'lesson', request.lesson, max('lesson'));

  const pages = request.page_count;
  const pageCount = limits.story('page_count');
  if (!Number.isInteger(pages) || pages < pageCount.minimum || pages > pageCount.maximum) {
    add('page_count', `Choose between ${pageCount.minimum} and ${pageCount.maximum} pages.`);
  }

  if (artStyleIds && request.art_style && !artStyleIds.includes(request.art_style)) {
    add('art_style', 'Please choose one of the art styles.');
  }

  const language = request.language ?? '';
  if (language && (language.length > max('language') || !LANGUAGE_TAG.test(language))) {
    add('language', 'Choose a language from the list.');
  }
  return errors;
}

function optionalText(add, field, value, max, { singleLine = false, tooLong } = {}) {
  if (!value) {
    return;
  }
  if (value.length > max) {
    add(field, tooLong ?? `Use at most ${max} characters.`);
  } else if (singleLine && !SINGLE_LINE.test(value)) {
    add(field, 'Keep it on one line.');
  }
}

/** "curly red" + "light brown" + "green" → "curly red hair, light brown skin, green eyes". */
export function describeLooks({ hair, skin, eyes, more }) {
  const parts = [];
  const clean = (text) => (text ?? '').trim();
  if (clean(hair)) {
    parts.push(/\bhair\b/i.test(hair) ? clean(hair) : `${clean(hair)} hair`);
  }
  if (clean(skin)) {
    parts.push(/\bskin\b/i.test(skin) ? clean(skin) : `${clean(skin)} skin`);
  }
  if (clean(eyes)) {
    parts.push(/\beyes?\b/i.test(eyes) ? clean(eyes) : `${clean(eyes)} eyes`);
  }
  if (clean(more)) {
    parts.push(clean(more));
  }
  return parts.join(', ');
}

/** "dinosaurs, puddles ,  ," → ["dinosaurs", "puddles"]. */
export function splitList(text) {
  return (text ?? '').split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
}
