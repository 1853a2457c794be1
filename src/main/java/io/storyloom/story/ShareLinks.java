package io.storyloom.story;

import io.storyloom.account.SecretTokens;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only links to a finished book. The link's token is unguessable and stored only as a hash; a
 * book has at most one working link, and making a new one revokes the old.
 */
@Component
class ShareLinks {

    static final String PREFIX = "sls_";

    private final JdbcClient jdbc;
    private final Clock clock;

    ShareLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new link's token for the story, revoking any earlier link. */
    @Transactional
    String create(UUID storyId, String actor) {
        revoke(storyId);
        String token = SecretTokens.generate(PREFIX);
        jdbc.sql("insert into share_link (id, story_id, token_hash, created_by, created_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), storyId, SecretTokens.hash(token), actor, now()).update();
        return token;
    }

    void revoke(UUID storyId) {
        jdbc.sql("update share_link set revoked_at = ? where story_id = ? and revoked_at is null")
                .params(now(), storyId).update();
    }

    /** The story a token opens, if the link exists and was not revoked. */
    Optional<UUID> storyOf(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select story_id from share_link where token_hash = ? and revoked_at is null")
                .param(SecretTokens.hash(token)).query(UUID.class).optional();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
