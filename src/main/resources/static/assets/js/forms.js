/**
 * Form pieces shared by the screens: a labelled field with its hint and its error, showing the
 * server's field errors next to the right field, and a summary for the rest.
 */
import { h, uid } from './dom.js';

/**
 * A labelled field. The control gets an id, aria-describedby (hint + error) and the field's name.
 * Returns the wrapper; the control is at wrapper.control.
 */
export function field({ label, control, hint, optional = false, className }) {
  const id = control.id || uid('field');
  control.id = id;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const wrapper = h('div', { class: ['field', className] },
    h('label', { for: id, class: 'field-label' }, label, optional ? h('span', { class: 'optional' }, ' (optional)') : null),
    hint ? h('p', { class: 'field-hint', id: hintId }, hint) : null,
    control,
    h('p', { class: 'field-error', id: errorId, hidden: true }));
  control.setAttribute('aria-describedby', [hint ? hintId : null, errorId].filter(Boolean).join(' '));
  wrapper.control = control;
  return wrapper;
}

/** A group of controls (radio cards, the looks) with a legend, a hint and one error for the group. */
export function fieldGroup({ legend, hint, children, className, optional = false }) {
  const id = uid('group');
  const fieldset = h('fieldset', { class: ['field-group', className], 'aria-describedby': `${id}-error` },
    h('legend', { class: 'field-label' }, legend, optional ? h('span', { class: 'optional' }, ' (optional)') : null),
    hint ? h('p', { class: 'field-hint', id: `${id}-hint` }, hint) : null,
    children,
    h('p', { class: 'field-error', id: `${id}-error`, hidden: true }));
  if (hint) {
    fieldset.setAttribute('aria-describedby', `${id}-hint ${id}-error`);
  }
  return fieldset;
}

function errorElementFor(target) {
  const container = target.closest('.field, .field-group');
  return container?.querySelector(':scope > .field-error') ?? null;
}

/** Shows a message under a control (or group) and marks it invalid. */
export function showError(target, message) {
  const error = errorElementFor(target);
  if (error) {
    error.textContent = message;
    error.hidden = false;
  }
  const controls = target.matches('input, select, textarea') ? [target] : target.querySelectorAll('input, select, textarea');
  controls.forEach((control) => control.setAttribute('aria-invalid', 'true'));
  target.closest('.field, .field-group')?.classList.add('has-error');
}

/** Removes every error from a form. */
export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((error) => {
    error.textContent = '';
    error.hidden = true;
  });
  form.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
  form.querySelectorAll('.has-error').forEach((container) => container.classList.remove('has-error'));
  form.querySelectorAll('.form-summary').forEach((summary) => {
    summary.hidden = true;
    summary.replaceChildren();
  });
}

/** The box at the top of a form that lists what to fix (focused so it is read out). */
export function summaryBox() {
  return h('div', { class: 'form-summary', role: 'alert', tabindex: '-1', hidden: true });
}

/**
 * Shows errors: [{target (control or group) | null, message, label}]. Each with a target goes next to
 * its field; the summary lists them all with links to the fields. Focus moves to the first field.
 */
export function showErrors(form, errors, { title = 'Please check these:' } = {}) {
  const summary = form.querySelector('.form-summary');
  const items = [];
  for (const { target, message, label } of errors) {
    if (target) {
      showError(target, message);
    }
    const focusTarget = target && (target.matches('input, select, textarea') ? target : target.querySelector('input, select, textarea'));
    const name = label ?? (target ? labelOf(target) : null);
    const text = name ? `${name}: ${message}` : message;
    items.push(h('li', {}, focusTarget
      ? h('a', { href: `#${focusTarget.id}`, onclick: (event) => { event.preventDefault(); focusTarget.focus(); } }, text)
      : text));
  }
  if (summary) {
    summary.replaceChildren(h('p', { class: 'form-summary-title' }, title), h('ul', {}, items));
    summary.hidden = false;
  }
  const first = errors.find((e) => e.target)?.target;
  const focusable = first && (first.matches('input, select, textarea') ? first : first.querySelector('input, select, textarea'));
  (focusable ?? summary)?.focus();
}

/** The visible label of a control or group, without "(optional)". */
function labelOf(target) {
  const container = target.closest('.field, .field-group');
  const label = container?.querySelector(':scope > .field-label');
  return label ? label.firstChild?.textContent?.trim() ?? null : null;
}

/** Sets a submit button busy (disabled, with a different label) while a request runs. */
export async function busy(button, label, work) {
  const original = button.textContent;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  button.textContent = label;
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    button.textContent = original;
  }
}
