/**
 * The account screen: who is signed in, personal API tokens for scripts (create: shown once; list;
 * revoke), and the account's data: download it all, or delete the account after giving the password.
 */
import { accounts } from '../api.js';
import { confirmDialog, openDialog } from '../dialog.js';
import { dateTime, h, setTitle, toast } from '../dom.js';
import { busy, clearErrors, field, showErrors, summaryBox } from '../forms.js';

export function renderAccount(view, { user, signOut }) {
  setTitle('Account');
  const list = h('ul', { class: 'token-list', 'aria-label': 'Your API tokens' });
  const created = h('div', { class: 'token-created', hidden: true, role: 'status' });
  const name = h('input', { type: 'text', name: 'name', maxlength: '60', autocomplete: 'off', placeholder: 'My script' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Create a token');
  const form = h('form', { class: 'token-form', novalidate: true },
    summaryBox(),
    field({ label: 'Token name', hint: 'So you remember what uses it.', control: name }),
    submit);

  const load = async () => {
    try {
      const tokens = await accounts.tokens();
      list.replaceChildren(...(tokens.length ? tokens.map(tokenItem) : [h('li', { class: 'muted' }, 'No tokens yet.')]));
    } catch (error) {
      list.replaceChildren(h('li', {}, error.message));
    }
  };

  const tokenItem = (token) => {
    const revoke = h('button', { type: 'button', class: 'btn btn-small btn-danger-quiet', 'aria-label': `Revoke ${token.name}` }, 'Revoke');
    revoke.addEventListener('click', async () => {
      const yes = await confirmDialog({ title: 'Revoke this token?', message: `Scripts using “${token.name}” stop working at once.`,
        yes: 'Revoke', danger: true });
      if (!yes) {
        return;
      }
      try {
        await accounts.revokeToken(token.id);
        toast('Token revoked.', { tone: 'success' });
        await load();
      } catch (error) {
        toast(error.message, { tone: 'error' });
      }
    });
    return h('li', { class: 'token-item' },
      h('div', {},
        h('p', { class: 'token-name' }, token.name),
        h('p', { class: 'muted' }, [token.token_hint ? `…${token.token_hint}` : null, `made ${dateTime(token.created_at)}`,
          token.last_used_at ? `last used ${dateTime(token.last_used_at)}` : 'never used'].filter(Boolean).join(' · '))),
      revoke);
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const value = name.value.trim();
    if (!value || value.length > 60) {
      showErrors(form, [{ target: name, message: 'Give the token a name of up to 60 characters.' }]);
      return;
    }
    await busy(submit, 'Creating…', async () => {
      try {
        const token = await accounts.createToken(value);
        const secret = h('input', { type: 'text', readonly: true, value: token.token, class: 'share-url', id: 'new-token' });
        created.replaceChildren(
          h('p', {}, h('strong', {}, 'Copy your token now: '), 'it is shown only this once.'),
          field({ label: `Token “${token.name}”`, control: secret }));
        created.hidden = false;
        secret.select();
        name.value = '';
        await load();
      } catch (error) {
        showErrors(form, error.fieldErrors.length
          ? error.fieldErrors.map((e) => ({ target: name, message: e.message }))
          : [{ target: null, message: error.message }]);
      }
    });
  });

  view.append(h('section', { class: 'account' },
    h('h1', { class: 'view-heading', tabindex: '-1' }, 'Your account'),
    h('div', { class: 'card account-card' },
      h('p', {}, 'Signed in as ', h('strong', {}, user.display_name), ` (${user.email}).`),
      h('button', { type: 'button', class: 'btn btn-quiet', onclick: signOut }, 'Sign out')),
    h('div', { class: 'card' },
      h('h2', {}, 'API tokens'),
      h('p', { class: 'muted' }, 'For scripts that make books without the web page: send the token as “Authorization: Bearer …”.'),
      form, created, list),
    yourData(signOut)));
  load();
}

/** Download everything, or delete the account: the password confirms a deletion, which cannot be undone. */
function yourData(signOut) {
  const download = h('a', { class: 'btn btn-quiet', href: accounts.exportUrl, download: true, id: 'download-data' },
    'Download my data');
  const remove = h('button', { type: 'button', class: 'btn btn-danger-quiet', id: 'delete-account' }, 'Delete my account');
  remove.addEventListener('click', () => askToDelete(signOut));
  return h('div', { class: 'card' },
    h('h2', {}, 'Your data'),
    h('p', { class: 'muted' }, 'Download a zip of your account, every book with its history, and all their pictures.'),
    h('p', { class: 'data-actions' }, download, remove));
}

function askToDelete(signOut) {
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', maxlength: '64',
    required: true });
  const yes = h('button', { type: 'submit', class: 'btn btn-danger' }, 'Delete everything');
  const no = h('button', { type: 'button', class: 'btn btn-quiet' }, 'Keep my account');
  const form = h('form', { class: 'delete-account-form', novalidate: true },
    summaryBox(),
    h('p', {}, 'Your account, all your books, their pictures, share links and API tokens are deleted at once. '
      + 'This cannot be undone: download your data first if you want to keep it.'),
    field({ label: 'Your password', hint: 'To be sure it is you.', control: password }),
    h('p', { class: 'data-actions' }, no, yes));
  const { close } = openDialog({ title: 'Delete your account?', className: 'dialog-small', content: form });
  no.addEventListener('click', close);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    if (!password.value) {
      showErrors(form, [{ target: password, message: 'Please enter your password.' }]);
      return;
    }
    await busy(yes, 'Deleting…', async () => {
      try {
        await accounts.remove(password.value);
      } catch (error) {
        showErrors(form, error.fieldErrors.length
          ? error.fieldErrors.map((e) => ({ target: password, message: e.message }))
          : [{ target: null, message: error.message }]);
        return;
      }
      close();
      toast('Your account and everything in it were deleted.', { tone: 'success' });
      // The session has ended with the account; this only brings the page back to signing in.
      await signOut().catch(() => {});
    });
  });
  password.focus();
}
