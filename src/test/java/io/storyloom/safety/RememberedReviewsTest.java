package io.storyloom.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RememberedReviewsTest {

    private static final List<ContentConcern> WEAPONS =
            List.of(new ContentConcern(ContentCategory.WEAPONS, ContentConcern.Stage.LEXICON));

    @Test
    void remembersVerdictsUpToItsCapacityForgettingTheLeastRecentlyUsed() {
        var remembered = new RememberedReviews<List<ContentConcern>>(2);
        remembered.remember("a sword fight", WEAPONS);
        remembered.remember("a bunny bakes bread", List.of());
        remembered.find("a sword fight");

        remembered.remember("a kite on the beach", List.of());

        assertThat(remembered.find("a sword fight")).contains(WEAPONS);
        assertThat(remembered.find("a kite on the beach")).contains(List.of());
        assertThat(remembered.find("a bunny bakes bread")).isEmpty();
    }
}
