/**
 * Where the page is. Screens that need a session live behind the hash (/#/library, /#/new,
 * /#/story/<id>, /#/story/<id>/read/<n>, /#/account) so that reloading keeps them; the server's own
 * addresses (/signin, /signup, /s/<token>) are real paths that serve this same page.
 */

const UUID = '[0-9a-fA-F-]{36}';

const HASH_ROUTES = [
  { name: 'library', pattern: /^#?\/?(?:library)?\/?$/ },
  { name: 'new', pattern: /^#\/new\/?$/ },
  { name: 'account', pattern: /^#\/account\/?$/ },
  { name: 'story', pattern: new RegExp(`^#/story/(${UUID})/?$`), params: ['id'] },
  { name: 'read', pattern: new RegExp(`^#/story/(${UUID})/read(?:/(\\d{1,2}))?/?$`), params: ['id', 'page'] },
];

/** The route for a location: {name, params}; hashes that are not routes (#main) give null. */
export function parseRoute(location = window.location) {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  if (path === '/signin' || path === '/signup') {
    return { name: path.slice(1), params: {} };
  }
  const shared = /^\/s\/([^/]+)$/.exec(path);
  if (shared) {
    return { name: 'shared', params: { token: decodeURIComponent(shared[1]) } };
  }
  const hash = location.hash || '#/library';
  if (!hash.startsWith('#/') && hash !== '#') {
    return null;
  }
  for (const route of HASH_ROUTES) {
    const match = route.pattern.exec(hash);
    if (match) {
      const params = {};
      (route.params ?? []).forEach((param, i) => {
        if (match[i + 1] !== undefined) {
          params[param] = match[i + 1];
        }
      });
      return { name: route.name, params };
    }
  }
  return { name: 'not-found', params: {} };
}

/** Links for the screens. */
export const links = {
  library: () => '/#/library',
  newStory: () => '/#/new',
  account: () => '/#/account',
  story: (id) => `/#/story/${id}`,
  read: (id, page) => (page ? `/#/story/${id}/read/${page}` : `/#/story/${id}/read`),
  signIn: () => '/signin',
  signUp: () => '/signup',
};

let listener = () => {};
let drawnHref = null;

function draw() {
  drawnHref = window.location.href;
  listener();
}

/**
 * Registers the function that draws the screen for the current address. A link to another hash
 * fires both popstate and hashchange: the screen is drawn once per address.
 */
export function onRouteChange(render) {
  listener = render;
  const changed = () => {
    if (window.location.href !== drawnHref) {
      draw();
    }
  };
  window.addEventListener('popstate', changed);
  window.addEventListener('hashchange', changed);
  draw();
}

/**
 * Goes to an address of this page (a path, a hash or both) and draws its screen. `state` hands what
 * the page already knows to the next screen (read it once with takeState).
 */
export function navigate(to, { replace = false, state = null } = {}) {
  const url = new URL(to, window.location.href);
  if (replace || url.href === window.location.href) {
    window.history.replaceState(state, '', url);
  } else {
    window.history.pushState(state, '', url);
  }
  draw();
}

/** What the previous screen handed over for this address, once (a reload does not see it again). */
export function takeState() {
  const state = window.history.state;
  if (state !== null) {
    window.history.replaceState(null, '', window.location.href);
  }
  drawnHref = window.location.href;
  return state;
}

/** Changes the address without drawing again (the reader turning pages). */
export function updateAddress(to) {
  window.history.replaceState(null, '', new URL(to, window.location.href));
  drawnHref = window.location.href;
}
