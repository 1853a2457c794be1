package io.storyloom.story.sharing;

import io.storyloom.account.SecretTokens;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only links to a finished book. The link's token is unguessable and stored only as a hash; a
 * book has at most one working link, and making a new one revokes the old. A link may carry an
 * expiry, after which it opens nothing, exactly like a revoked one.
 */
@Component
public class ShareLinks {

    static final String PREFIX = "sls_";

    private final JdbcClient jdbc;
    private final Clock clock;

    ShareLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A new link's token for the story, revoking any earlier link.
     *
     * @param expiresAt when the link stops working by itself; null: when it is revoked
     */
    @Transactional
    String create(UUID storyId, String actor, OffsetDateTime expiresAt) {
        revoke(storyId);
        String token = SecretTokens.generate(PREFIX);
        jdbc.sql("""
                insert into share_link (id, story_id, token_hash, created_by, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(UUID.randomUUID(), storyId, SecretTokens.hash(token), actor, now(), expiresAt).update();
        return token;
    }

    void revoke(UUID storyId) {
        jdbc.sql("update share_link set revoked_at = ? where story_id = ? and revoked_at is null")
                .params(now(), storyId).update();
    }

    /** Every link ever made for the story, without its secret: for the owner's download. */
    public List<Made> made(UUID storyId) {
        return jdbc.sql("select created_at, expires_at, revoked_at from share_link where story_id = ? order by created_at")
                .param(storyId)
                .query((rs, row) -> new Made(rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class)))
                .list();
    }

    /** True when the story has a link that was not revoked and has not expired. */
    public boolean active(UUID storyId) {
        return jdbc.sql("""
                select count(*) from share_link
                where story_id = ? and revoked_at is null and (expires_at is null or expires_at > ?)
                """)
                .params(storyId, now()).query(Long.class).single() > 0;
    }

    /** The story a token opens, if the link exists, was not revoked and has not expired. */
    Optional<UUID> storyOf(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select story_id from share_link
                where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > ?)
                """)
                .params(SecretTokens.hash(token), now()).query(UUID.class).optional();
    }

    /** A link as made: when, until when, and when it was revoked (null: not). */
    public record Made(OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt) {
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
