/**
 * Storyloom's web page: finds out who is signed in, draws the screen for the address, and keeps the
 * header's navigation in step. Each screen draws into a fresh element and registers what to stop
 * (polling, reading aloud, key listeners) when the parent moves on.
 */
import { accounts, artStyles, onUnauthorized, stories } from './api.js';
import { h, replace, setTitle, toast } from './dom.js';
import { loadLimits } from './limits.js';
import { setViewer } from './people.js';
import { links, navigate, onRouteChange, parseRoute, takeState, updateAddress } from './router.js';
import { loadStatuses } from './statuses.js';
import { renderAuth } from './views/auth.js';

/**
 * Every screen but sign-in is fetched when first shown: a visitor on a slow connection waits for the
 * few files sign-in needs, not for the reader's. The browser keeps them (their addresses are versioned).
 */
const screens = {
  account: () => import('./views/account.js'),
  landing: () => import('./views/landing.js'),
  form: () => import('./views/form.js'),
  library: () => import('./views/library.js'),
  progress: () => import('./views/progress.js'),
  reader: () => import('./views/reader.js'),
  shared: () => import('./views/shared.js'),
  book: () => import('./views/book.js'),
  share: () => import('./views/owner/share.js'),
  tools: () => import('./views/owner-tools.js'),
};

const NEXT_KEY = 'storyloom.next';

const state = {
  user: undefined, // undefined: not asked yet; null: signed out
  leave: null,
  renders: 0,
};

async function currentUser() {
  if (state.user === undefined) {
    try {
      state.user = await accounts.me();
    } catch (error) {
      if (error.status !== 401) {
        throw error;
      }
      state.user = null;
    }
  }
  return state.user;
}

/** A fresh screen: its element, and a way to register what to stop when leaving it. */
function newScreen() {
  state.leave?.();
  const cleanups = [];
  let left = false;
  state.leave = () => {
    left = true;
    cleanups.splice(0).forEach((cleanup) => cleanup());
  };
  const view = h('div', { class: 'view' });
  replace(document.getElementById('main'), view);
  return {
    view,
    onLeave(cleanup) {
      if (left) {
        cleanup();
      } else {
        cleanups.push(cleanup);
      }
    },
  };
}

async function render() {
  const route = parseRoute();
  if (!route) {
    return; // an in-page anchor such as #main
  }
  const firstRender = state.renders === 0;
  state.renders += 1;
  const renderNumber = state.renders;
  const screen = newScreen();
  try {
    await draw(route, screen, () => renderNumber === state.renders);
  } catch (error) {
    if (renderNumber === state.renders) {
      showError(screen.view, error);
    }
  }
  if (!firstRender && renderNumber === state.renders) {
    screen.view.querySelector('.view-heading')?.focus();
  }
}

async function draw(route, screen, isCurrent) {
  const { view, onLeave } = screen;
  if (route.name === 'shared') {
    drawNav(route, null);
    const { renderShared } = await screens.shared();
    await renderShared(view, { token: route.params.token, onLeave });
    return;
  }
  const user = await currentUser();
  if (!isCurrent()) {
    return;
  }
  if (route.name === 'signin' || route.name === 'signup') {
    if (user) {
      navigate(afterSignIn(), { replace: true });
      return;
    }
    drawNav(route, null);
    renderAuth(view, { mode: route.name, onSignedIn: signedIn });
    return;
  }
  if (!user && route.name === 'library' && isTheStart()) {
    const { renderLanding } = await screens.landing();
    if (!isCurrent()) {
      return;
    }
    drawNav({ name: 'landing' }, null);
    renderLanding(view);
    return;
  }
  if (!user) {
    rememberWhereTo();
    navigate(links.signIn(), { replace: true });
    return;
  }
  drawNav(route, user);
  setViewer(user);
  const wanted = { library: screens.library, new: screens.form, account: screens.account,
    story: screens.progress, read: screens.progress }[route.name];
  const [statuses, loaded] = await Promise.all([loadStatuses(), wanted?.()]);
  if (!isCurrent()) {
    return;
  }
  const ctx = { user, statuses, onLeave, signOut };
  switch (route.name) {
    case 'library':
      loaded.renderLibrary(view, ctx);
      break;
    case 'new':
      await loaded.renderNewStory(view, ctx);
      break;
    case 'account':
      loaded.renderAccount(view, ctx);
      break;
    case 'story':
    case 'read':
      await openStory(view, ctx, route, isCurrent);
      break;
    default:
      notFound(view);
  }
}

/**
 * A story's address: a book still being made shows its progress, a finished one opens in the reader
 * (also while one of its pictures is being painted again, which the reader follows), a failed one
 * shows why with Retry.
 */
async function openStory(view, ctx, route, isCurrent) {
  const { id } = route.params;
  const { statuses } = ctx;
  const handed = takeState();
  let status = handed?.storyId === id ? handed.status : null;
  try {
    status ??= await stories.status(id);
  } catch (error) {
    if (error.status === 404) {
      notFound(view, 'There is no book here. It may have been deleted.');
      return;
    }
    throw error;
  }
  if (!isCurrent()) {
    return;
  }
  const { renderProgress } = await screens.progress();
  if (statuses.isFailed(status.status)) {
    renderProgress(view, { ...ctx, id, status });
    return;
  }
  const working = !statuses.isTerminal(status.status);
  const [book, styles, limits, { renderReader }, { ownerBook }, { markShared }, { ownerTools }] = await Promise.all([
    stories.book(id), artStyles.list().catch(() => []), loadLimits(),
    screens.reader(), screens.book(), screens.share(), screens.tools()]);
  if (!isCurrent()) {
    return;
  }
  // Still working on a book whose pages all have words and pictures: one picture is being painted again.
  const finished = book.pages?.length > 0 && book.pages.every((page) => page.text && page.image_url);
  if (working && !finished) {
    renderProgress(view, { ...ctx, id, status });
    return;
  }
  if (route.name === 'story') {
    updateAddress(links.read(id));
  }
  markShared(id, book.shared === true);
  const styleLabel = styles.find((style) => style.id === book.art_style)?.label;
  const tools = ownerTools({ id, statuses, limits, styleLabel, onLeave: ctx.onLeave });
  const api = renderReader(view, {
    book: ownerBook(book, styleLabel),
    startAt: Number(route.params.page ?? 0),
    onTurn: (index) => updateAddress(links.read(id, index || undefined)),
    onLeave: ctx.onLeave,
    tools,
    back: { href: links.library(), label: 'My books' },
  });
  if (working) {
    // A picture is being painted again (the page was reloaded meanwhile): keep following it.
    tools.resumeRedraw(api, statuses.pageOf(status.status) || api.index, status);
  }
}

function drawNav(route, user) {
  const nav = document.getElementById('site-nav');
  const link = (href, label, name, className = 'nav-link') => h('a', { class: className, href,
    'aria-current': route?.name === name ? 'page' : null }, label);
  const accountLink = (u) => h('a', { class: 'nav-link', href: links.account(),
    'aria-current': route?.name === 'account' ? 'page' : null },
  h('span', { class: 'visually-hidden' }, 'Account: '), u.display_name || 'Account');
  let items;
  if (user) {
    const signOutButton = h('button', { type: 'button', class: 'btn btn-small btn-quiet', id: 'sign-out' }, 'Sign out');
    signOutButton.addEventListener('click', signOut);
    items = [link(links.library(), 'My books', 'library'), accountLink(user),
      link(links.newStory(), '+ New book', 'new', 'btn btn-small btn-primary nav-new'), signOutButton];
  } else if (route?.name === 'signin') {
    items = [link(links.signUp(), 'Create an account', 'signup')];
  } else if (route?.name === 'signup') {
    items = [link(links.signIn(), 'Sign in', 'signin')];
  } else {
    items = [link(links.signIn(), 'Sign in', 'signin'), link(links.signUp(), 'Make your own book', 'signup',
      'btn btn-small btn-primary')];
  }
  replace(nav, items);
  nav.hidden = false;
}

async function signOut() {
  try {
    await accounts.signOut();
  } finally {
    state.user = null;
    navigate(links.signIn());
  }
}

/** The bare address (/), where a visitor who is not signed in meets the landing view. */
function isTheStart() {
  return window.location.pathname === '/' && ['', '#', '#/'].includes(window.location.hash);
}

function rememberWhereTo() {
  const hash = window.location.hash;
  if (hash.startsWith('#/')) {
    window.sessionStorage.setItem(NEXT_KEY, hash);
  }
}

function afterSignIn() {
  const next = window.sessionStorage.getItem(NEXT_KEY);
  window.sessionStorage.removeItem(NEXT_KEY);
  return `/${next && next.startsWith('#/') ? next : '#/library'}`;
}

function signedIn(account) {
  state.user = account;
  navigate(afterSignIn());
}

function notFound(view, message = 'There is nothing at this address.') {
  setTitle('Not found');
  view.append(h('section', { class: 'not-found' },
    h('h1', { class: 'view-heading', tabindex: '-1' }, 'This page is not in the book'),
    h('p', { class: 'lead' }, message),
    h('a', { class: 'btn btn-primary', href: links.library() }, 'Go to my books')));
}

function showError(view, error) {
  setTitle('Something went wrong');
  const again = h('button', { type: 'button', class: 'btn btn-primary' }, 'Try again');
  again.addEventListener('click', () => render());
  view.replaceChildren(h('section', { class: 'not-found' },
    h('h1', { class: 'view-heading', tabindex: '-1' }, 'Something went wrong'),
    h('p', { class: 'lead' }, error?.message ?? 'Please try again.'),
    again));
}

function start() {
  onUnauthorized(() => {
    if (state.user) {
      toast('Please sign in again.', { tone: 'info' });
    }
    state.user = null;
    rememberWhereTo();
    navigate(links.signIn(), { replace: true });
  });
  document.getElementById('skip-link')?.addEventListener('click', (event) => {
    event.preventDefault();
    document.getElementById('main')?.focus();
  });
  onRouteChange(render);
}

start();
