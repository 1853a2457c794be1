package io.storyloom.account;

/** A request made for an account that was deleted meanwhile (an old session or a cached token). */
class AccountGoneException extends RuntimeException {

    AccountGoneException() {
        super("This account was deleted.");
    }
}
