package io.storyloom.account;

import java.util.UUID;

/** The signed-in account as the API shows it. */
record AccountView(UUID id, String email, String displayName) {

    static AccountView of(SignedInUser user) {
        return new AccountView(user.id(), user.email(), user.displayName());
    }
}
