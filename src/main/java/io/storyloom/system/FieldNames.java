package io.storyloom.system;

import java.util.Locale;

/** Java property paths ({@code child.pageCount}) as the client wrote them ({@code child.page_count}). */
final class FieldNames {

    private FieldNames() {
    }

    static String snakeCase(String path) {
        return path.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
