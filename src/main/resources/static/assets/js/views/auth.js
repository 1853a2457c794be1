/**
 * Sign in and sign up. Accounts keep each family's books private and let the service hold a daily
 * limit per person. Sign-up signs in at once and goes on to the first book.
 */
import { accounts, ApiError } from '../api.js';
import { h, setTitle } from '../dom.js';
import { busy, clearErrors, field, showErrors, summaryBox } from '../forms.js';
import { links } from '../router.js';

const EMAIL = /^[^\s@]+@[^\s@]+$/;
const SINGLE_LINE = /^[^\p{Cc}]*$/u;

/** Draws the sign-in (mode 'signin') or sign-up (mode 'signup') screen. */
export function renderAuth(view, { mode, onSignedIn }) {
  const signingUp = mode === 'signup';
  setTitle(signingUp ? 'Create an account' : 'Sign in');

  const name = h('input', { type: 'text', name: 'display_name', autocomplete: 'nickname', maxlength: '60', required: true });
  const email = h('input', { type: 'email', name: 'email', autocomplete: 'email', maxlength: '254', required: true,
    spellcheck: 'false', autocapitalize: 'none' });
  const password = h('input', { type: 'password', name: 'password', required: true, maxlength: '64',
    autocomplete: signingUp ? 'new-password' : 'current-password', minlength: signingUp ? '10' : null });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-wide' }, signingUp ? 'Create my account' : 'Sign in');

  const form = h('form', { class: 'auth-form', novalidate: true, 'aria-labelledby': 'auth-heading' },
    summaryBox(),
    signingUp ? field({ label: 'Your name', hint: 'What should we call you?', control: name }) : null,
    field({ label: 'Email', control: email }),
    field({ label: 'Password', control: password,
      hint: signingUp ? 'At least 10 characters, not a common password nor your email. A short sentence is easy to remember.'
        : null }),
    submit,
    h('p', { class: 'auth-switch' }, signingUp
      ? ['Already have an account? ', h('a', { href: links.signIn() }, 'Sign in')]
      : ['New here? ', h('a', { href: links.signUp() }, 'Create an account')]));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const problems = check({ signingUp, name, email, password });
    if (problems.length) {
      showErrors(form, problems);
      return;
    }
    await busy(submit, signingUp ? 'Creating your account…' : 'Signing in…', async () => {
      try {
        if (signingUp) {
          await accounts.signUp(email.value.trim(), password.value, name.value.trim());
        }
        const account = await accounts.signIn(email.value.trim(), password.value);
        onSignedIn(account);
      } catch (error) {
        showErrors(form, serverProblems(error, { display_name: name, email, password }));
      }
    });
  });

  view.append(h('section', { class: 'auth' },
    h('div', { class: 'auth-card' },
      h('div', { class: 'auth-art', 'aria-hidden': 'true' },
        h('span', { class: 'auth-star auth-star-1' }), h('span', { class: 'auth-star auth-star-2' }),
        h('span', { class: 'auth-moon' })),
      h('h1', { id: 'auth-heading', class: 'view-heading', tabindex: '-1' },
        signingUp ? 'Start your bookshelf' : 'Welcome back'),
      h('p', { class: 'lead' }, signingUp
        ? 'Make picture books starring your child: their name, their looks, their favourite things.'
        : 'Sign in to read your books and make new ones.'),
      form)));
}

function check({ signingUp, name, email, password }) {
  const problems = [];
  if (signingUp) {
    const value = name.value.trim();
    if (!value) {
      problems.push({ target: name, label: 'Your name', message: 'Please tell us your name.' });
    } else if (value.length > 60 || !SINGLE_LINE.test(value)) {
      problems.push({ target: name, label: 'Your name', message: 'Use at most 60 characters on one line.' });
    }
  }
  if (!EMAIL.test(email.value.trim())) {
    problems.push({ target: email, label: 'Email', message: 'Please enter an email address like name@example.com.' });
  }
  if (!password.value) {
    problems.push({ target: password, label: 'Password', message: 'Please enter your password.' });
  } else if (signingUp && (password.value.length < 10 || password.value.length > 64)) {
    problems.push({ target: password, label: 'Password', message: 'Use between 10 and 64 characters.' });
  }
  return problems;
}

function serverProblems(error, controls) {
  if (!(error instanceof ApiError)) {
    return [{ target: null, message: 'Something went wrong. Please try again.' }];
  }
  if (error.fieldErrors.length) {
    return error.fieldErrors.map((e) => ({ target: controls[e.field] ?? null, message: e.message }));
  }
  if (error.status === 409) {
    return [{ target: controls.email, message: `${error.message} Try signing in instead.` }];
  }
  return [{ target: null, message: error.message }];
}
