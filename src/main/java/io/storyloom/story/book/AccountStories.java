package io.storyloom.story.book;

import io.storyloom.account.AccountDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An account's books go with the account, in the same transaction. */
@Component
class AccountStories {

    private final StoryService stories;

    AccountStories(StoryService stories) {
        this.stories = stories;
    }

    @EventListener
    void on(AccountDeleting event) {
        stories.deleteAllOf(event.accountId());
    }
}
