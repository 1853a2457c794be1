package io.storyloom.generation;

import io.storyloom.story.Story;
import org.springframework.stereotype.Component;

/** Reads a designed story's look back: its saved visual profile, base style and reference picture. */
@Component
class Looks {

    private final Pictures pictures;

    Looks(Pictures pictures) {
        this.pictures = pictures;
    }

    byte[] reference(Story story) {
        return pictures.load(story.referenceImageKey());
    }

    /** The look of a story whose design step is done. */
    Look of(Story story) {
        return new Look(story.visualProfile(), story.baseStyle(), story.referenceImageKey() == null ? null : reference(story),
                story.referenceImageKey());
    }
}
