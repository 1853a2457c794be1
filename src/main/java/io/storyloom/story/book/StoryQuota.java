package io.storyloom.story.book;

import io.storyloom.account.Accounts;
import io.storyloom.story.Story;
import io.storyloom.story.StoryStatus;
import io.storyloom.story.pictures.PictureLedger;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * What an account may spend at the providers, each book and picture costing real calls: how many books
 * it may have in the making at once and start per day, how many pictures may be drawn for it per day (book
 * pages, character reference pictures and redraws alike), and how often one page may be redrawn per day.
 * Days are the last 24 hours. Checked under the account's row lock, so two requests at once cannot both
 * slip in.
 */
@Component
class StoryQuota {

    private static final Duration DAY = Duration.ofDays(1);

    private final Limits limits;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final PictureLedger pictures;
    private final Clock clock;

    StoryQuota(Limits limits, Accounts accounts, JdbcClient jdbc, PictureLedger pictures, Clock clock) {
        this.limits = limits;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.pictures = pictures;
        this.clock = clock;
    }

    /** Must run inside the transaction that then writes the story. */
    void check(UUID ownerId) {
        accounts.lock(ownerId);
        int inFlight = jdbc.sql("select count(*) from story where owner_id = :owner and status not in (:terminal)")
                .param("owner", ownerId).param("terminal", StoryStatus.terminalCodes()).query(Integer.class).single();
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
     * Whether {@code needed} more pictures fit in the account's daily budget beside those drawn in the
     * last 24 hours and those its books in the making have still to draw. After {@link #check}, whose
     * lock it relies on.
     */
    void checkPictures(UUID ownerId, int needed) {
        if (needed <= 0) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<OffsetDateTime> spent = new ArrayList<>(pictures.drawnSince(ownerId, now.minus(DAY)));
        int drawn = spent.size();
        int coming = pictures.stillToDraw(ownerId);
        int budget = limits.picturesPerDay();
        int over = drawn + coming + needed - budget;
        if (over <= 0) {
            return;
        }
        if (needed > budget) {
            throw new QuotaExceededException("This needs " + needed + " pictures, more than the " + budget
                    + " your account may have drawn in a day. Please ask for a shorter book.", DAY);
        }
        // The pictures still to come are drawn about now and count for a day from then.
        for (int i = 0; i < coming; i++) {
            spent.add(now);
        }
        Duration wait = Duration.between(now, spent.get(over - 1).plus(DAY));
        throw new QuotaExceededException("Your account has had " + drawn + " pictures drawn in the last 24 hours"
                + (coming > 0 ? " and " + coming + " more are on their way" : "") + "; this needs " + needed
                + " more, over the daily budget of " + budget + ". You can go on in " + minutes(wait) + ".", wait);
    }

    /** Whether the pictures a failed story has still to draw fit in the budget. After {@link #check}. */
    void checkRetry(UUID ownerId, Story story) {
        checkPictures(ownerId, pictures.stillToDraw(story));
    }

    /** Whether the page may be redrawn once more today, and its picture fits in the budget. After {@link #check}. */
    void checkRedraw(UUID ownerId, UUID storyId, int page) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<OffsetDateTime> redraws = pictures.redrawnSince(storyId, page, now.minus(DAY));
        int limit = limits.redrawsPerPagePerDay();
        if (redraws.size() >= limit) {
            Duration wait = Duration.between(now, redraws.get(redraws.size() - limit).plus(DAY));
            throw new QuotaExceededException("The picture for page " + page + " has been redrawn " + redraws.size()
                    + " times in the last 24 hours, the most allowed. You can redraw it again in " + minutes(wait)
                    + ".", wait);
        }
        checkPictures(ownerId, 1);
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, wait.toMinutes());
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    /**
     * @param storiesInFlight       books an account may have in the making at once
     * @param storiesPerDay         books an account may start in any 24 hours
     * @param picturesPerDay        pictures that may be drawn for an account in any 24 hours: book pages,
     *                              character reference pictures and redraws
     * @param redrawsPerPagePerDay  times one page's picture may be redrawn in any 24 hours
     */
    @ConfigurationProperties("storyloom.quota")
    @Validated
    record Limits(@DefaultValue("3") @Min(1) int storiesInFlight, @DefaultValue("20") @Min(1) int storiesPerDay,
            @DefaultValue("300") @Min(1) int picturesPerDay, @DefaultValue("10") @Min(1) int redrawsPerPagePerDay) {
    }
}
