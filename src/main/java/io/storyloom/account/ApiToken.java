package io.storyloom.account;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A personal API token as stored: its hash, never the token. */
record ApiToken(UUID id, UUID accountId, String name, String tokenHint, OffsetDateTime createdAt,
        OffsetDateTime lastUsedAt) {
}
