package io.storyloom.safety;

/**
 * What makes content unsuitable for a child, in words a parent can act on, each with a suggestion of
 * what to write instead. The key names the category in resource files (terms and exemplars).
 */
public enum ContentCategory {
    VIOLENCE("violence", "violence or gore",
            "let the characters solve the problem by talking, helping or a clever idea, with nobody hurt"),
    WEAPONS("weapons", "weapons used on people",
            "leave weapons out; a brave idea, a friend or a funny trick can save the day"),
    SEXUAL("sexual", "sexual content or an adult seeking a child's secrets",
            "keep to friendship, family and play; trusted grown-ups never ask children to keep secrets"),
    SELF_HARM("self-harm", "self-harm or suicide",
            "write about feeling sad and finding help and comfort from someone who cares"),
    DRUGS("drugs", "drugs, alcohol or tobacco",
            "swap it for juice, water, a picnic or a healthy snack"),
    HATE("hate", "hate or mockery of a group of people",
            "show characters who are different being kind to one another"),
    DANGEROUS_ACTS("dangerous-acts", "dangerous acts a child could copy (poison, fire, electricity, cars)",
            "show the safe way, with a grown-up helping"),
    ANIMAL_CRUELTY("animal-cruelty", "cruelty to animals",
            "let the characters look after the animal and become friends"),
    CRIME("crime", "crime shown as good",
            "let the characters make things right, return what was taken or ask for help"),
    HORROR("horror", "horror with no comforting ending",
            "keep the spooky part small and end with the fear overcome, safe and snug");

    private final String key;
    private final String description;
    private final String suggestion;

    ContentCategory(String key, String description, String suggestion) {
        this.key = key;
        this.description = description;
        this.suggestion = suggestion;
    }

    /** The name used in resource files, e.g. "self-harm". */
    public String key() {
        return key;
    }

    /** Plain words for a parent, e.g. "self-harm or suicide". */
    public String description() {
        return description;
    }

    /** What to change, e.g. "swap it for juice, water, a picnic or a healthy snack". */
    public String suggestion() {
        return suggestion;
    }

    static ContentCategory ofKey(String key) {
        for (ContentCategory category : values()) {
            if (category.key.equals(key)) {
                return category;
            }
        }
        throw new IllegalArgumentException("Unknown safety category: " + key);
    }
}
