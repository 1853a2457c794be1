package io.storyloom.narration;

import io.storyloom.story.StoryNarrationChosen;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the voice and speed a new book asked for, in the transaction that creates the book. */
@Component
class BookVoiceChoice {

    private final Narrations narrations;

    BookVoiceChoice(Narrations narrations) {
        this.narrations = narrations;
    }

    @EventListener
    void on(StoryNarrationChosen chosen) {
        narrations.chooseVoice(chosen.storyId(), chosen.voice(), chosen.speed());
    }
}
