package io.storyloom.generation;

import io.storyloom.prompt.BaseStyle;
import io.storyloom.prompt.VisualProfile;
import io.storyloom.story.Story;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads a designed story's look back: its saved visual profile, base style and reference picture. */
@Component
class Looks {

    private final JsonMapper json;
    private final Pictures pictures;

    Looks(JsonMapper json, Pictures pictures) {
        this.json = json;
        this.pictures = pictures;
    }

    VisualProfile profile(Story story) {
        return json.readValue(story.visualProfile(), VisualProfile.class);
    }

    BaseStyle style(Story story) {
        return json.readValue(story.baseStyle(), BaseStyle.class);
    }

    byte[] reference(Story story) {
        return pictures.load(story.referenceImageKey());
    }

    /** The look of a story whose design step is done. */
    Look of(Story story) {
        return new Look(profile(story), style(story), story.referenceImageKey() == null ? null : reference(story));
    }
}
