package io.storyloom.account;

/** The password given to confirm a change (deleting the account) is not the account's. */
class WrongPasswordException extends RuntimeException {

    WrongPasswordException() {
        super("is not your current password");
    }
}
