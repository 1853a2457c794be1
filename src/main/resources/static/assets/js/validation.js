/**
 * The story request's rules, the same as the server's (StoryRequest and ChildProfile), so most
 * mistakes are caught before sending. The server checks again and its answer wins.
 */

const SINGLE_LINE = /^[^\p{Cc}]*$/u;
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

export const LIMITS = {
  name: 60,
  pronouns: 30,
  appearance: 300,
  clothing: 200,
  interests: 10,
  interest: 40,
  companion: 200,
  ideaMin: 3,
  idea: 1000,
  lesson: 200,
  ageMin: 1,
  ageMax: 12,
  pagesMin: 1,
  pagesMax: 12,
  language: 20,
};

/**
 * Checks a request body as it will be sent. Returns [{field, message}] with the server's field names
 * (child.name, idea, page_count …); empty when all is well.
 */
export function checkStoryRequest(request, { artStyleIds = null } = {}) {
  const errors = [];
  const add = (field, message) => errors.push({ field, message });
  const child = request.child ?? {};

  const name = child.name ?? '';
  if (!name.trim()) {
    add('child.name', 'Please tell us the hero\'s name.');
  } else if (name.length > LIMITS.name) {
    add('child.name', `Use at most ${LIMITS.name} characters.`);
  } else if (!SINGLE_LINE.test(name)) {
    add('child.name', 'Keep the name on one line.');
  }

  if (!Number.isInteger(child.age)) {
    add('child.age', 'Please give an age in whole years.');
  } else if (child.age < LIMITS.ageMin || child.age > LIMITS.ageMax) {
    add('child.age', `Books are for ages ${LIMITS.ageMin} to ${LIMITS.ageMax}.`);
  }

  optionalText(add, 'child.pronouns', child.pronouns, LIMITS.pronouns, { singleLine: true });
  optionalText(add, 'child.appearance', child.appearance, LIMITS.appearance,
    { tooLong: `Together the looks can use at most ${LIMITS.appearance} characters; please shorten them.` });
  optionalText(add, 'child.clothing', child.clothing, LIMITS.clothing);

  const interests = child.interests ?? [];
  if (interests.length > LIMITS.interests) {
    add('child.interests', `Choose at most ${LIMITS.interests} favourite things.`);
  } else if (interests.some((interest) => !interest.trim())) {
    add('child.interests', 'Remove the empty favourite thing.');
  } else if (interests.some((interest) => interest.length > LIMITS.interest)) {
    add('child.interests', `Each favourite thing can use at most ${LIMITS.interest} characters.`);
  }

  optionalText(add, 'companion', request.companion, LIMITS.companion);

  const idea = (request.idea ?? '').trim();
  if (!idea) {
    add('idea', 'Please tell us what the story is about.');
  } else if (idea.length < LIMITS.ideaMin) {
    add('idea', `Please write at least ${LIMITS.ideaMin} characters.`);
  } else if ((request.idea ?? '').length > LIMITS.idea) {
    add('idea', `Use at most ${LIMITS.idea} characters.`);
  }

  optionalText(add, 'lesson', request.lesson, LIMITS.lesson);

  const pages = request.page_count;
  if (!Number.isInteger(pages) || pages < LIMITS.pagesMin || pages > LIMITS.pagesMax) {
    add('page_count', `Choose between ${LIMITS.pagesMin} and ${LIMITS.pagesMax} pages.`);
  }

  if (artStyleIds && request.art_style && !artStyleIds.includes(request.art_style)) {
    add('art_style', 'Please choose one of the art styles.');
  }

  const language = request.language ?? '';
  if (language && (language.length > LIMITS.language || !LANGUAGE_TAG.test(language))) {
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
