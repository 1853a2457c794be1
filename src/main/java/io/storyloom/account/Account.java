package io.storyloom.account;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A parent's or teacher's account. */
record Account(UUID id, String email, String displayName, String passwordHash, OffsetDateTime createdAt) {
}
