package io.storyloom.export;

import java.util.Locale;

/** The paper a PDF is printed on; each page of the book fills one sheet, edge to edge. */
enum Paper {
    A4("a4", 210.0, 297.0),
    LETTER("letter", 215.9, 279.4);

    private final String code;
    private final double widthMm;
    private final double heightMm;

    Paper(String code, double widthMm, double heightMm) {
        this.code = code;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** The name used in {@code ?paper=}, e.g. {@code a4}. */
    String code() {
        return code;
    }

    double widthMm() {
        return widthMm;
    }

    double heightMm() {
        return heightMm;
    }

    /** Reads {@code a4} or {@code letter}, in any case. */
    static Paper of(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
