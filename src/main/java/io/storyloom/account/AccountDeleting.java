package io.storyloom.account;

import java.util.UUID;

/**
 * Published while an account is being deleted, inside the deleting transaction and before the
 * account's row goes. Features that keep data of the account delete theirs in a plain (synchronous)
 * {@code @EventListener}, so all rows go in one transaction or none do; what lives outside the
 * database (pictures, queued jobs) goes once it has committed.
 */
public record AccountDeleting(UUID accountId) {
}
