package io.storyloom.account;

/** Sign-up with an email that already has an account. */
class AccountExistsException extends RuntimeException {

    AccountExistsException() {
        super("An account with this email already exists. Sign in instead.");
    }
}
