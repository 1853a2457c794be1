package io.storyloom.story.book;

import io.storyloom.safety.ContentConcern;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request asking for content unsuitable for a child; says which fields to change, why in plain words
 * and what to write instead. It never repeats the words that caused it.
 */
public class UnsafeRequestException extends RuntimeException {

    private final List<FieldConcern> concerns;

    UnsafeRequestException(List<FieldConcern> concerns) {
        super("Storyloom writes gentle stories for young children. Please change: "
                + concerns.stream().map(c -> c.field() + " (" + c.category() + ")").distinct()
                        .collect(Collectors.joining(", ")) + ".");
        this.concerns = List.copyOf(concerns);
    }

    public List<FieldConcern> concerns() {
        return concerns;
    }

    /**
     * One field and what is unsuitable in it.
     *
     * @param field      the field as sent, e.g. {@code child.interests[1]}
     * @param category   what is unsuitable, in plain words, e.g. "weapons used on people"
     * @param suggestion what to write instead
     * @param message    category and suggestion in one sentence
     */
    public record FieldConcern(String field, String category, String suggestion, String message) {

        static FieldConcern of(String field, ContentConcern concern) {
            return new FieldConcern(field, concern.category().description(), concern.category().suggestion(),
                    concern.describe());
        }
    }
}
