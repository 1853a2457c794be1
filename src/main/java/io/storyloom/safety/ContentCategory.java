package io.storyloom.safety;

/** What makes content unsuitable for a child, in words a parent can act on. */
public enum ContentCategory {
    VIOLENCE("violence"),
    SEXUAL("sexual content"),
    HATEFUL("hateful language"),
    FRIGHTENING("frightening content");

    private final String description;

    ContentCategory(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
