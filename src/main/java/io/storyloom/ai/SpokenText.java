package io.storyloom.ai;

import java.util.List;

/**
 * A recording made by a {@link SpeechModel}.
 *
 * @param audio      the encoded audio
 * @param mediaType  {@code audio/mpeg}
 * @param model      the model that spoke it
 * @param voice      the voice it was spoken with
 * @param characters how many characters were billed
 * @param alignment  when each character of the text was spoken, if the provider says; empty otherwise
 */
public record SpokenText(byte[] audio, String mediaType, String model, String voice, int characters,
        List<CharacterTime> alignment) {

    public SpokenText {
        alignment = alignment == null ? List.of() : List.copyOf(alignment);
    }

    /** One character of the spoken text and when it was heard, in seconds from the start. */
    public record CharacterTime(String character, double start, double end) {
    }
}
