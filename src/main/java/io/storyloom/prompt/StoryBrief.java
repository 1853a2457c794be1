package io.storyloom.prompt;

import java.util.List;
import java.util.Locale;

/**
 * Everything the parent asked for, as the prompts need it.
 *
 * @param artStyle            an art style id such as {@code watercolor}
 * @param artStyleDescription how that style looks, in words the illustrator understands
 * @param language            a BCP 47 language tag such as {@code en} or {@code es}
 * @param seed                the book's seed, so answers can be reproduced
 */
public record StoryBrief(
        String childName,
        int childAge,
        String pronouns,
        String appearance,
        String clothing,
        List<String> interests,
        String companion,
        String idea,
        String lesson,
        int pageCount,
        String artStyle,
        String artStyleDescription,
        String language,
        long seed) {

    public StoryBrief {
        interests = interests == null ? List.of() : List.copyOf(interests);
    }

    /** The language's English name, e.g. "Spanish" for {@code es}, as models follow names better than codes. */
    public String languageName() {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? "English" : name;
    }
}
