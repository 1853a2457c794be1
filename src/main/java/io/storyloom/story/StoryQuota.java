package io.storyloom.story;

import io.storyloom.account.Accounts;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * How many books an account may have in the making at once and start per day: each book costs real
 * provider calls. Checked under the account's row lock, so two requests at once cannot both slip in.
 */
@Component
class StoryQuota {

    private final Limits limits;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final Clock clock;

    StoryQuota(Limits limits, Accounts accounts, JdbcClient jdbc, Clock clock) {
        this.limits = limits;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Must run inside the transaction that then writes the story. */
    void check(UUID ownerId) {
        accounts.lock(ownerId);
        int inFlight = jdbc.sql("select count(*) from story where owner_id = ? and status not in ('COMPLETE', 'FAILED')")
                .param(ownerId).query(Integer.class).single();
        if (inFlight >= limits.storiesInFlight()) {
            throw new QuotaExceededException("You already have " + inFlight + " books being made. "
                    + "Please wait until one is finished.", Duration.ofMinutes(1));
        }
        OffsetDateTime dayAgo = OffsetDateTime.now(clock).minusDays(1);
        var today = jdbc.sql("select created_at from story where owner_id = ? and created_at > ? order by created_at")
                .params(ownerId, dayAgo).query(OffsetDateTime.class).list();
        if (today.size() >= limits.storiesPerDay()) {
            Duration wait = Duration.between(dayAgo, today.get(today.size() - limits.storiesPerDay()));
            throw new QuotaExceededException("You have made " + today.size() + " books in the last 24 hours, "
                    + "the most allowed. You can start a new one in " + wait.toMinutes() + " minutes.", wait);
        }
    }

    /**
     * @param storiesInFlight books an account may have in the making at once
     * @param storiesPerDay   books an account may start in any 24 hours
     */
    @ConfigurationProperties("storyloom.quota")
    @Validated
    record Limits(@DefaultValue("3") @Min(1) int storiesInFlight, @DefaultValue("20") @Min(1) int storiesPerDay) {
    }
}
