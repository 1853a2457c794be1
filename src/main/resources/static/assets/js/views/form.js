/**
 * The new-book form: what every book needs first (the hero's name and age, the idea), the rest behind
 * "More about the child" (pronouns, looks, clothes, favourite things, a companion, a lesson), then the
 * book itself (pages, language, art style with previews). Checked here with the server's published
 * limits; the server's own field errors (a safety refusal names every field at fault) are shown next
 * to the fields. A draft is kept in the browser until the book is asked for.
 */
import { ApiError, artStyles, stories } from '../api.js';
import { h, setTitle, uid } from '../dom.js';
import { busy, clearErrors, field, fieldGroup, showErrors, summaryBox } from '../forms.js';
import { links, navigate } from '../router.js';
import { watching } from '../store.js';
import { loadLimits } from '../limits.js';
import { checkStoryRequest, describeLooks, splitList } from '../validation.js';

const LANGUAGES = [
  ['en', 'English'], ['es', 'Español'], ['fr', 'Français'], ['de', 'Deutsch'], ['it', 'Italiano'],
  ['pt', 'Português'], ['nl', 'Nederlands'], ['pl', 'Polski'], ['sv', 'Svenska'],
];
const PRONOUNS = ['she/her', 'he/him', 'they/them'];
const LESSONS = ['patience', 'sharing', 'kindness', 'being brave', 'trying new things', 'saying sorry',
  'helping others', 'bedtime is cosy'];

export async function renderNewStory(view, { user }) {
  setTitle('New book');
  const limits = await loadLimits();
  const c = controls(limits);
  const interests = interestPicker(c.interests, limits);
  const age = limits.story('child.age');
  const looks = fieldGroup({
    legend: 'Looks', optional: true, className: 'looks',
    hint: 'So the pictures look like them. Fill in what you like.',
    children: h('div', { class: 'grid-3' },
      field({ label: 'Hair', control: c.hair }),
      field({ label: 'Skin', control: c.skin }),
      field({ label: 'Eyes', control: c.eyes }),
      field({ label: 'Anything else', className: 'span-3', control: c.more })),
  });
  const styles = fieldGroup({ legend: 'Art style', className: 'style-picker',
    hint: 'How the pictures are drawn.', children: h('div', { class: 'style-options', role: 'presentation' },
      h('p', { class: 'muted' }, 'Loading the styles…')) });
  const ideaCounter = h('p', { class: 'counter', 'aria-live': 'off' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-big' }, 'Make my book');

  // What every book needs comes first; the rest waits behind "More about the child".
  const more = h('details', { class: 'more-about', id: 'more-about' },
    h('summary', { class: 'more-about-summary' }, 'More about the child',
      h('span', { class: 'muted more-about-hint' }, ' — looks, clothes, favourite things, a friend, a lesson (all optional)')),
    h('div', { class: 'more-about-body' },
      field({ label: 'Pronouns', optional: true, hint: 'How the story talks about them.', control: c.pronouns }),
      looks,
      field({ label: 'Clothes', optional: true, hint: 'A favourite outfit.', control: c.clothing }),
      interests.field,
      field({ label: 'Companion', optional: true, hint: 'An animal, a robot, a fairy… who shares the adventure.', control: c.companion }),
      field({ label: 'Lesson', optional: true, hint: 'Something gentle to learn.', control: c.lesson })));

  const form = h('form', { class: 'story-form', novalidate: true, 'aria-labelledby': 'new-heading' },
    summaryBox(),
    section(1, 'The hero and the idea', 'sun',
      h('div', { class: 'grid-2' },
        field({ label: 'Name', hint: 'The star of the book.', control: c.name }),
        field({ label: 'Age', hint: `${age.minimum} to ${age.maximum}: the words will fit.`, control: c.age })),
      field({ label: 'Story idea', hint: 'What happens? A sentence or two is plenty.', control: c.idea, className: 'idea' }),
      ideaCounter,
      more),
    section(2, 'The book', 'mint',
      h('div', { class: 'grid-2' },
        field({ label: 'Pages', control: c.pages }),
        field({ label: 'Language', control: c.language })),
      styles),
    h('div', { class: 'form-actions' },
      submit,
      h('p', { class: 'muted' }, 'It takes a minute or two. You can watch the pictures appear.')),
    h('datalist', { id: 'pronoun-options' }, PRONOUNS.map((p) => h('option', { value: p }))),
    h('datalist', { id: 'lesson-options' }, LESSONS.map((l) => h('option', { value: l }))));

  const draft = formDraft(user.id, form, c, interests, more);
  const ideaMax = limits.story('idea').max_length;
  const updateCounter = () => {
    ideaCounter.textContent = `${c.idea.value.length} / ${ideaMax}`;
    ideaCounter.classList.toggle('over', c.idea.value.length > ideaMax);
  };
  c.idea.addEventListener('input', updateCounter);
  updateCounter();

  let styleIds = null;
  artStyles.list().then((list) => {
    styleIds = list.map((s) => s.id);
    styles.querySelector('.style-options').replaceChildren(...list.map((style, i) => styleCard(style, i === 0)));
    draft.restoreStyle();
    form.dispatchEvent(new Event('change'));
  }).catch(() => {
    styles.querySelector('.style-options').replaceChildren(
      h('p', { class: 'muted' }, 'The styles could not be loaded; the book will be drawn in watercolour.'));
  });

  const targets = {
    'child.name': c.name, 'child.age': c.age, 'child.pronouns': c.pronouns, 'child.appearance': looks,
    'child.clothing': c.clothing, 'child.interests': c.interests, companion: c.companion, idea: c.idea,
    lesson: c.lesson, page_count: c.pages, art_style: styles, language: c.language,
  };
  const targetOf = (name) => targets[name.replace(/\[\d+\]$/, '')] ?? null;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    interests.commit();
    const request = readRequest(c, interests.values(), form);
    const problems = checkStoryRequest(request, limits, { artStyleIds: styleIds });
    if (problems.length) {
      openAround(problems.map((p) => targetOf(p.field)));
      showErrors(form, problems.map((p) => ({ target: targetOf(p.field), message: p.message })));
      return;
    }
    await busy(submit, 'Sending your idea…', async () => {
      try {
        const created = await stories.create(request);
        draft.clear();
        watching.set(user.id, created.story_id);
        navigate(links.story(created.story_id), { state: { storyId: created.story_id, status: {
          status: created.status, status_message: created.status_message, progress: null } } });
      } catch (error) {
        openAround((error.fieldErrors ?? []).map((e) => targetOf(e.field)));
        showServerErrors(form, error, targetOf);
      }
    });
  });

  const preview = bookPreview(form, c);
  view.append(h('section', { class: 'new-story' },
    h('div', { class: 'page-intro' },
      h('h1', { id: 'new-heading', class: 'view-heading', tabindex: '-1' }, 'Make a new book'),
      h('p', { class: 'lead' }, 'Tell us about the hero and the idea. We write the story and paint every page.')),
    h('div', { class: 'new-story-layout' }, form, preview.element)));
  form.addEventListener('input', preview.update);
  form.addEventListener('change', preview.update);
  draft.restore();
  updateCounter();
  form.addEventListener('input', draft.save);
  form.addEventListener('change', draft.save);
  more.addEventListener('toggle', draft.save);
  preview.update();
}

/** Opens "More about the child" when a field at fault is inside it, so every marked field shows. */
function openAround(targets) {
  targets.filter(Boolean).forEach((target) => {
    const details = target.closest('details');
    if (details) {
      details.open = true;
    }
  });
}

const DRAFT = 'storyloom.draft';

/**
 * The form as typed so far, kept in this browser (per account) so a reload, Back or a wander to the
 * bookshelf loses nothing; cleared once the book is asked for.
 */
function formDraft(accountId, form, c, interests, more) {
  const key = `${DRAFT}.${accountId}`;
  const named = Object.entries(c).filter(([, control]) => control.name);
  const read = () => {
    try {
      return JSON.parse(window.localStorage.getItem(key) ?? 'null');
    } catch {
      return null;
    }
  };
  let saved = read();
  return {
    save() {
      const values = Object.fromEntries(named.map(([name, control]) => [name, control.value]));
      saved = { values, interests: interests.values(), style: form.querySelector('input[name="art_style"]:checked')?.value ?? saved?.style,
        more: more.open };
      try {
        window.localStorage.setItem(key, JSON.stringify(saved));
      } catch {
        // Private mode or full storage: the form still works, it just forgets on reload.
      }
    },
    restore() {
      if (!saved) {
        return;
      }
      named.forEach(([name, control]) => {
        if (typeof saved.values?.[name] === 'string') {
          control.value = saved.values[name];
        }
      });
      interests.set(Array.isArray(saved.interests) ? saved.interests : []);
      more.open = Boolean(saved.more);
    },
    restoreStyle() {
      const radio = saved?.style ? form.querySelector(`input[name="art_style"][value="${CSS.escape(saved.style)}"]`) : null;
      if (radio) {
        radio.checked = true;
      }
    },
    clear() {
      saved = null;
      window.localStorage.removeItem(key);
    },
  };
}

/** A little book beside the form that fills in as the parent types (decoration: hidden from screen readers). */
function bookPreview(form, c) {
  const picture = h('div', { class: 'mock-picture' });
  const title = h('p', { class: 'mock-title' });
  const starring = h('p', { class: 'mock-line' });
  const details = h('p', { class: 'mock-details' });
  const element = h('aside', { class: 'book-mock', 'aria-hidden': 'true' },
    h('div', { class: 'mock-cover' }, picture, title, starring), details);
  const update = () => {
    const name = c.name.value.trim();
    title.textContent = name ? `${name}'s adventure` : 'Your child\'s adventure';
    const companion = c.companion.value.trim();
    const age = c.age.value.trim();
    starring.textContent = [name ? `Starring ${name}${age ? `, ${age}` : ''}` : 'Starring your child',
      companion ? `with ${companion}` : null].filter(Boolean).join(' ');
    const style = form.querySelector('input[name="art_style"]:checked');
    const image = style?.closest('.style-option')?.querySelector('img');
    const label = style?.closest('.style-option')?.querySelector('.style-name')?.textContent;
    picture.replaceChildren(...(image ? [h('img', { src: image.src, alt: '' })] : []));
    details.textContent = [c.pages.selectedOptions[0]?.textContent, label, c.language.selectedOptions[0]?.textContent]
      .filter(Boolean).join(' · ');
  };
  return { element, update };
}

/** The form's controls, each held to the published limit of the request field it fills. */
function controls(limits) {
  const max = (field) => limits.story(field).max_length;
  const age = limits.story('child.age');
  const pages = limits.story('page_count');
  return {
    name: h('input', { type: 'text', name: 'child.name', autocomplete: 'off', maxlength: max('child.name'), required: true }),
    age: h('input', { type: 'number', name: 'child.age', inputmode: 'numeric', min: age.minimum,
      max: age.maximum, step: '1', required: true, class: 'input-short' }),
    pronouns: h('input', { type: 'text', name: 'child.pronouns', list: 'pronoun-options', maxlength: max('child.pronouns'),
      autocomplete: 'off', class: 'input-medium', placeholder: 'e.g. she/her' }),
    hair: h('input', { type: 'text', name: 'hair', placeholder: 'e.g. curly red', autocomplete: 'off' }),
    skin: h('input', { type: 'text', name: 'skin', placeholder: 'e.g. light brown', autocomplete: 'off' }),
    eyes: h('input', { type: 'text', name: 'eyes', placeholder: 'e.g. green', autocomplete: 'off' }),
    more: h('input', { type: 'text', name: 'looks-more', placeholder: 'e.g. freckles, round glasses', autocomplete: 'off' }),
    clothing: h('input', { type: 'text', name: 'child.clothing', maxlength: max('child.clothing'), autocomplete: 'off',
      placeholder: 'e.g. a yellow raincoat and red boots' }),
    interests: h('input', { type: 'text', name: 'child.interests', autocomplete: 'off', placeholder: 'e.g. dinosaurs, puddles' }),
    companion: h('input', { type: 'text', name: 'companion', maxlength: max('companion'), autocomplete: 'off',
      placeholder: 'e.g. a small blue dragon' }),
    idea: h('textarea', { name: 'idea', rows: '4', required: true,
      placeholder: 'e.g. Mia finds a dragon egg in the garden and has to wait for it to hatch.' }),
    lesson: h('input', { type: 'text', name: 'lesson', list: 'lesson-options', maxlength: max('lesson'),
      autocomplete: 'off', placeholder: 'e.g. patience' }),
    pages: h('select', { name: 'page_count' }, Array.from({ length: pages.maximum - pages.minimum + 1 }, (_, i) => pages.minimum + i)
      .map((n) => h('option', { value: String(n), selected: n === 6 }, n === 1 ? '1 page' : `${n} pages`))),
    language: h('select', { name: 'language' }, LANGUAGES.map(([tag, label]) =>
      h('option', { value: tag, lang: tag, selected: tag === preferredLanguage() }, label))),
  };
}

function preferredLanguage() {
  const wanted = (navigator.language || 'en').toLowerCase().split('-')[0];
  return LANGUAGES.some(([tag]) => tag === wanted) ? wanted : 'en';
}

function section(number, title, tone, ...children) {
  const id = uid('section');
  return h('section', { class: ['form-section', `tone-${tone}`], 'aria-labelledby': id },
    h('h2', { id, class: 'form-section-title' }, h('span', { class: 'step-badge', 'aria-hidden': 'true' }, String(number)), title),
    children);
}

/** Favourite things as removable chips; typing a comma or Enter adds one. */
function interestPicker(input, limits) {
  const items = [];
  const list = h('ul', { class: 'chips', 'aria-label': 'Chosen so far' });
  const draw = () => {
    list.replaceChildren(...items.map((item, i) => h('li', { class: 'chip' },
      h('span', {}, item),
      h('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove ${item}`,
        onclick: () => { items.splice(i, 1); draw(); input.focus(); } }, '×'))));
    list.hidden = items.length === 0;
  };
  const commit = () => {
    for (const item of splitList(input.value)) {
      if (!items.includes(item)) {
        items.push(item);
      }
    }
    input.value = '';
    draw();
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Backspace' && !input.value && items.length) {
      items.pop();
      draw();
    }
  });
  input.addEventListener('blur', () => {
    if (input.value.trim()) {
      commit();
    }
  });
  draw();
  const set = (values) => {
    items.splice(0, items.length, ...values.filter((v) => typeof v === 'string'));
    draw();
  };
  const wrapper = field({ label: 'Favourite things', optional: true, control: input,
    hint: `Up to ${limits.story('child.interests').max_items}. Press Enter or type a comma after each one.` });
  wrapper.querySelector('.field-error').before(list);
  return { field: wrapper, commit, set, values: () => [...items] };
}

function styleCard(style, checked) {
  const id = `style-${style.id}`;
  return h('label', { class: 'style-option', for: id },
    h('input', { type: 'radio', name: 'art_style', id, value: style.id, checked, class: 'style-radio' }),
    h('img', { src: style.preview_url, alt: '', width: '240', height: '180', decoding: 'async' }),
    h('span', { class: 'style-name' }, style.label),
    h('span', { class: 'style-description' }, style.description));
}

function readRequest(c, interests, form) {
  const text = (control) => control.value.trim();
  const optional = (control) => text(control) || undefined;
  const age = c.age.value.trim() === '' ? null : Number(c.age.value);
  return {
    child: {
      name: c.name.value.trim(),
      age,
      pronouns: optional(c.pronouns),
      appearance: describeLooks({ hair: c.hair.value, skin: c.skin.value, eyes: c.eyes.value, more: c.more.value }) || undefined,
      clothing: optional(c.clothing),
      interests,
    },
    companion: optional(c.companion),
    idea: c.idea.value.trim(),
    lesson: optional(c.lesson),
    page_count: Number(c.pages.value),
    art_style: form.querySelector('input[name="art_style"]:checked')?.value,
    language: c.language.value,
  };
}

function showServerErrors(form, error, targetOf) {
  if (!(error instanceof ApiError)) {
    showErrors(form, [{ target: null, message: 'Something went wrong. Please try again.' }]);
    return;
  }
  if (error.status === 429) {
    const minutes = error.retryAfter ? Math.max(1, Math.ceil(error.retryAfter / 60)) : null;
    showErrors(form, [{ target: null, message: minutes
      ? `${error.message} You can make another book in about ${minutes} minute${minutes === 1 ? '' : 's'}.`
      : error.message }], { title: 'That is a lot of books for today!' });
    return;
  }
  const fields = error.fieldErrors.map((e) => ({
    target: targetOf(e.field), message: e.message, label: targetOf(e.field) ? undefined : e.field,
  }));
  if (fields.length) {
    const title = error.status === 422 ? `${error.problem.title || 'Let\'s keep it gentle'}: please change these words.`
      : 'Please check these:';
    showErrors(form, fields, { title });
  } else {
    showErrors(form, [{ target: null, message: error.message }]);
  }
}
