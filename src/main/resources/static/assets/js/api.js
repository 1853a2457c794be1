/**
 * Talking to the Storyloom API: JSON in snake_case, session cookie plus CSRF header for changes,
 * errors as RFC 9457 problem+json turned into an ApiError the screens can show.
 */

const JSON_TYPE = 'application/json';
const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';

/** A failed call: HTTP status (0 when the server could not be reached) and the problem document. */
export class ApiError extends Error {
  constructor(status, problem = {}, retryAfterSeconds = null) {
    super(problem.detail || problem.title || `The request failed (${status}).`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfterSeconds;
  }

  /** [{field, message}] for bad fields (400) or child-unsafe content (422). */
  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors.filter((e) => e && e.field) : [];
  }

  get offline() {
    return this.status === 0;
  }
}

let unauthorizedHandler = () => {};

/** Called whenever the server says the session is gone (401), except where a screen expects it. */
export function onUnauthorized(handler) {
  unauthorizedHandler = handler;
}

function readCookie(name) {
  const prefix = `${name}=`;
  const found = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith(prefix));
  return found ? decodeURIComponent(found.slice(prefix.length)) : null;
}

/** The CSRF token the session expects; asks the server to set the cookie when there is none yet. */
async function csrfToken({ fresh = false } = {}) {
  let token = fresh ? null : readCookie(CSRF_COOKIE);
  if (!token) {
    await fetch('/account/csrf', { credentials: 'same-origin', headers: { Accept: JSON_TYPE } });
    token = readCookie(CSRF_COOKIE);
  }
  return token;
}

/** Gets a new CSRF token (the server changes it when someone signs in or out). */
export function refreshCsrf() {
  return csrfToken({ fresh: true });
}

function retryAfterSeconds(response, problem) {
  const header = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  if (Number.isFinite(header)) {
    return header;
  }
  return Number.isFinite(problem?.retry_after_seconds) ? problem.retry_after_seconds : null;
}

async function readBody(response) {
  const type = response.headers.get('Content-Type') ?? '';
  if (response.status === 204) {
    return null;
  }
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch {
      return null;
    }
  }
  return type.startsWith('text/') ? response.text() : response.blob();
}

/**
 * One API call. Options: json (a body to send as JSON), form (fields to send form-encoded), signal,
 * expect401 (a 401 is an answer, not a lost session: sign-in, "who am I"), accept (another media type).
 */
export async function request(method, url, options = {}) {
  const { json, form, signal, expect401 = false, accept = JSON_TYPE, onResponse } = options;
  const changes = !['GET', 'HEAD'].includes(method);
  const send = async (fresh) => {
    const headers = { Accept: accept };
    let body;
    if (json !== undefined) {
      headers['Content-Type'] = JSON_TYPE;
      body = JSON.stringify(json);
    } else if (form !== undefined) {
      body = new URLSearchParams(form);
    }
    if (changes) {
      headers[CSRF_HEADER] = await csrfToken({ fresh });
    }
    return fetch(url, { method, headers, body, signal, credentials: 'same-origin' });
  };

  let response;
  try {
    response = await send(false);
    if (changes && response.status === 403) {
      // The token may have rotated (sign-in, sign-out, expired session): fetch a new one and try once more.
      response = await send(true);
    }
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError(0, {
      title: 'Offline',
      detail: 'We could not reach Storyloom. Please check your connection.',
    });
  }

  onResponse?.(response);
  const data = await readBody(response);
  if (!response.ok) {
    const problem = data && typeof data === 'object' && !(data instanceof Blob) ? data : {};
    const error = new ApiError(response.status, problem, retryAfterSeconds(response, problem));
    if (response.status === 401 && !expect401) {
      unauthorizedHandler(error);
    }
    throw error;
  }
  return data;
}

const get = (url, options) => request('GET', url, options);
const post = (url, json, options = {}) => request('POST', url, { ...options, json });
const put = (url, json, options = {}) => request('PUT', url, { ...options, json });
const remove = (url, options) => request('DELETE', url, options);

const path = (strings, ...values) => strings.reduce(
  (out, part, i) => out + part + (i < values.length ? encodeURIComponent(values[i]) : ''), '');

/**
 * Something the server publishes (the status list, the request limits), loaded once per page and
 * again after a failed load.
 */
export function loadOnce(load) {
  let loading = null;
  return () => {
    if (!loading) {
      loading = load().catch((error) => {
        loading = null;
        throw error;
      });
    }
    return loading;
  };
}

/** Accounts: sign-up, sign-in/out, who am I, API tokens, download and delete. */
export const accounts = {
  me: () => get('/account/me', { expect401: true }),
  signUp: (email, password, displayName) =>
    post('/account/signup', { email, password, display_name: displayName }, { expect401: true }),
  async signIn(email, password) {
    const account = await request('POST', '/account/signin', { form: { email, password }, expect401: true });
    await refreshCsrf();
    return account;
  },
  async signOut() {
    await request('POST', '/account/signout', { expect401: true });
    await refreshCsrf();
  },
  /** Deletes the account and everything in it; the password confirms it. */
  remove: (password) => remove('/account', { json: { password } }),
  /** Where the browser downloads all of the account's data as a zip (a plain link: it streams to disk). */
  exportUrl: '/account/export',
  tokens: () => get('/account/tokens'),
  createToken: (name) => post('/account/tokens', { name }),
  revokeToken: (id) => remove(path`/account/tokens/${id}`),
};

/** Stories: create, watch, read, edit, redraw, share, delete. */
export const stories = {
  create: (request) => post('/stories/', request),
  statuses: () => get('/stories/statuses'),
  limits: () => get('/stories/limits'),
  status: (id, signal) => get(path`/stories/${id}/status`, { signal }),
  book: (id, signal) => get(path`/stories/${id}`, { signal }),
  list: ({ q = '', page = 0, size = 12 } = {}) => {
    const query = new URLSearchParams({ page: String(page), size: String(size) });
    if (q.trim()) {
      query.set('q', q.trim());
    }
    return get(`/stories?${query}`);
  },
  retry: (id) => post(path`/stories/${id}/retry`),
  cancel: (id) => post(path`/stories/${id}/cancel`),
  remove: (id) => remove(path`/stories/${id}`),
  history: (id) => get(path`/stories/${id}/history`),
  editPage: (id, number, text) => put(path`/stories/${id}/pages/${number}`, { text }),
  revisions: (id, number) => get(path`/stories/${id}/pages/${number}/revisions`),
  restore: (id, number, revisionId) => post(path`/stories/${id}/pages/${number}/revisions/${revisionId}/restore`),
  redraw: (id, number) => post(path`/stories/${id}/pages/${number}/illustration`),
  /** A new share link; days: how long it works (none: until sharing stops). */
  share: (id, days) => post(path`/stories/${id}/share`, days ? { expires_in_days: days } : undefined),
  unshare: (id) => remove(path`/stories/${id}/share`),
  shared: (token) => get(path`/shared/${token}`),
  exportFile: (id, format, paper) => download(
    format === 'pdf' ? `${path`/stories/${id}/export.pdf`}?paper=${encodeURIComponent(paper)}` : path`/stories/${id}/export.epub`,
    format === 'pdf' ? 'application/pdf' : 'application/epub+zip'),
};

/** A file to save: {blob, filename}, the name as the server suggests it (Content-Disposition). */
async function download(url, accept) {
  let disposition = null;
  const blob = await request('GET', url, {
    accept,
    onResponse: (response) => {
      disposition = response.headers.get('Content-Disposition');
    },
  });
  return { blob, filename: filenameOf(disposition) };
}

function filenameOf(disposition) {
  if (!disposition) {
    return null;
  }
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // fall back to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? null;
}

/** The art styles with their preview pictures. */
export const artStyles = {
  list: () => get('/art-styles'),
};
