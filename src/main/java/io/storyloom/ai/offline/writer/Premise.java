package io.storyloom.ai.offline.writer;

/**
 * What a book is about, decided from the facts alone (never the seed), so the story, the character
 * designs, the art style and the scenes of one book all agree on the place, the thing and the friend.
 *
 * @param setting       setting id, e.g. "garden", from the idea (else the story's setting, else a meadow)
 * @param thing         the central thing's id, e.g. "star": the idea's, else the setting's usual one
 * @param thingFromIdea whether the idea named the thing, so the title may too
 * @param lesson        lesson id, or {@link Lexicon#CUSTOM_LESSON} for a lesson we do not know
 * @param lessonText    the parent's lesson, empty when none was given
 * @param companion     the child's companion, or {@code null}
 * @param palName       the companion's name, or the name of the friendly helper the setting offers
 * @param idea          the idea read into its parts
 */
record Premise(String setting, String thing, boolean thingFromIdea, String lesson, String lessonText,
        Companion companion, String palName, Idea idea) {

    private static final int MAX_LESSON = 200;

    static Premise of(BookFacts facts, Lexicon lexicon) {
        String setting = lexicon.settingOf(facts.idea(), facts.setting());
        var ideaThing = lexicon.thingOf(facts.idea());
        String thing = ideaThing.orElse(lexicon.setting(setting).thing());
        String lessonText = Texts.clip(facts.lesson(), MAX_LESSON);
        String lesson = lessonText.isEmpty()
                ? lexicon.lessonOf(facts.idea()).orElse(lexicon.thing(thing).lesson())
                : lexicon.lessonOf(lessonText).orElse(Lexicon.CUSTOM_LESSON);
        RetellingBank bank = RetellingBank.forLanguage(facts.language());
        Idea idea = Idea.read(facts.idea(), facts.child().name(), bank, lexicon,
                Catalogue.forLanguage(facts.language()));
        // The parent's companion, else one the idea brings along ("with her dog Rex"); never an invented one.
        Companion companion = Companion.parse(facts.companion(), facts.child().name(), lexicon);
        IdeaWords.Family relative = bank.reading() == null ? null : bank.reading().familyIn(idea.companion());
        if (companion == null && relative != null) {
            companion = new Companion(relative.name(), relative.kind(), "");
        } else if (companion == null && !idea.companion().isEmpty()) {
            String family = bank.reading() == null ? Idea.familyName(idea.companion()) : "";
            companion = family.isEmpty() ? Companion.parse(idea.companion(), facts.child().name(), lexicon)
                    : new Companion(family, family.toLowerCase(java.util.Locale.ROOT), "");
        }
        String palName = companion != null
                ? companion.name()
                : lexicon.cuteName("helper|" + setting + "|" + facts.child().name(), facts.child().name());
        return new Premise(setting, thing, ideaThing.isPresent(), lesson, lessonText, companion, palName, idea);
    }

    boolean hasCompanion() {
        return companion != null;
    }
}
