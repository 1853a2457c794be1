package io.storyloom.story.book;

import java.util.List;
import java.util.stream.Collectors;

/** A request asking for content unsuitable for a child; says which field to change and why. */
public class UnsafeRequestException extends RuntimeException {

    private final List<FieldConcern> concerns;

    UnsafeRequestException(List<FieldConcern> concerns) {
        super("Storyloom writes gentle stories for young children. Please change: "
                + concerns.stream().map(c -> c.field() + " " + c.message()).collect(Collectors.joining("; ")) + ".");
        this.concerns = List.copyOf(concerns);
    }

    public List<FieldConcern> concerns() {
        return concerns;
    }

    /** One field and what is unsuitable in it. */
    public record FieldConcern(String field, String message) {
    }
}
