/**
 * Building the page without HTML strings. Everything a user or the model wrote (names, ideas, story
 * text) becomes a text node, never markup, so it can not inject elements or scripts. There is no
 * innerHTML anywhere in the page.
 */

const BOOLEAN_ATTRIBUTES = new Set(['hidden', 'disabled', 'required', 'checked', 'selected', 'readonly', 'open',
  'multiple', 'autofocus', 'novalidate']);

/**
 * Creates an element: h('button', {class: 'btn', onclick: fn, 'aria-label': 'Next'}, 'Next page').
 * Props: class (string or array), text, dataset, on<event> handlers, attributes; children: nodes,
 * strings (as text), arrays, and null/false (skipped).
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    setProp(element, key, value);
  }
  append(element, children);
  return element;
}

/** The same for SVG elements (decorations drawn by the page). */
export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attributes)) {
    element.setAttribute(key, String(value));
  }
  append(element, children);
  return element;
}

function setProp(element, key, value) {
  if (value === undefined || value === null || value === false) {
    return;
  }
  if (key === 'style' || key === 'innerHTML' || key === 'outerHTML') {
    // Inline styles are refused by the Content-Security-Policy; markup strings are never used.
    throw new Error(`h(): "${key}" is not allowed`);
  }
  if (key === 'class') {
    element.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
  } else if (key === 'text') {
    element.textContent = value;
  } else if (key === 'dataset') {
    Object.assign(element.dataset, value);
  } else if (key.startsWith('on') && typeof value === 'function') {
    element.addEventListener(key.slice(2).toLowerCase(), value);
  } else if (key === 'value') {
    element.value = value;
  } else if (BOOLEAN_ATTRIBUTES.has(key)) {
    element.toggleAttribute(key, Boolean(value));
  } else {
    element.setAttribute(key, value === true ? '' : String(value));
  }
}

/** Appends children (nodes, text, nested arrays); null, undefined and false are skipped. */
export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces all of an element's children. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** A unique id for label/description wiring. */
let counter = 0;
export function uid(prefix = 'id') {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** "3 minutes ago", in the reader's language. */
export function timeAgo(isoText) {
  if (!isoText) {
    return '';
  }
  const then = new Date(isoText);
  const seconds = Math.round((then.getTime() - Date.now()) / 1000);
  const units = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600],
    ['minute', 60]];
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) {
      return format.format(Math.round(seconds / size), unit);
    }
  }
  return format.format(0, 'second');
}

/** A calendar date and time, in the reader's locale. */
export function dateTime(isoText) {
  if (!isoText) {
    return '';
  }
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(isoText));
}

/** Shows a short message in the corner for a few seconds (announced politely). */
export function toast(message, { tone = 'info', timeout = 5000 } = {}) {
  const region = document.getElementById('toasts');
  if (!region) {
    return;
  }
  const item = h('div', { class: ['toast', `toast-${tone}`] }, message);
  region.append(item);
  setTimeout(() => item.remove(), timeout);
}

/** Sets the document title for the current screen. */
export function setTitle(...parts) {
  document.title = [...parts.filter(Boolean), 'Storyloom'].join(' · ');
}
