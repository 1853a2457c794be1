package io.storyloom.system;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Text in a request body may not hold the NUL character: PostgreSQL refuses it in text columns, so it
 * is refused here, naming the field, before anything tries to store it. Nobody types it on purpose.
 */
final class TextWithoutNul extends StringDeserializer {

    static final String MESSAGE = "must not contain the NUL character (\\u0000)";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String text = super.deserialize(parser, context);
        if (text != null && text.indexOf('\0') >= 0) {
            throw InvalidFormatException.from(parser, "Text " + MESSAGE, text, String.class);
        }
        return text;
    }

    static boolean isCause(InvalidFormatException ex) {
        return ex.getValue() instanceof String text && text.indexOf('\0') >= 0;
    }
}
