package io.storyloom.ai.offline.illustrator;

/** The kind of place a scene is set in, picked by keywords; a grassy meadow when nothing matches. */
enum Terrain {
    SPACE(false),
    UNDERWATER(false),
    BEDROOM(true),
    CLASSROOM(true),
    CASTLE(false),
    SNOW(false),
    BEACH(false),
    CITY(false),
    FOREST(false),
    GARDEN(false),
    MEADOW(false),
    PARK(false),
    JUNGLE(false),
    FARM(false),
    LIBRARY(true),
    KITCHEN(true),
    STATION(false),
    SEA(false),
    MOUNTAINS(false),
    ZOO(false),
    AQUARIUM(true),
    DESERT(false),
    LAKE(false);

    private final boolean indoor;

    Terrain(boolean indoor) {
        this.indoor = indoor;
    }

    /**
     * The setting decides first, by the catalogue's places and then by the words below; the action and
     * props only when the setting names nothing we know.
     */
    static Terrain from(Keywords setting, Keywords actionAndProps) {
        var named = Drawables.get().terrainOf(setting.text());
        if (named.isPresent()) {
            return named.get();
        }
        Terrain t = match(setting);
        if (t == null) {
            t = match(actionAndProps);
        }
        return t == null ? MEADOW : t;
    }

    private static Terrain match(Keywords w) {
        Terrain strong = matchStrong(w);
        return strong != null ? strong : matchWeak(w);
    }

    /** Words that name a place outright. */
    private static Terrain matchStrong(Keywords w) {
        if (w.has("space", "planet", "galaxy", "rocket", "astronaut", "asteroid", "cosmos", "orbit",
                "moon surface", "on the moon", "spaceship")) {
            return SPACE;
        }
        if (w.has("underwater", "under the sea", "undersea", "under water", "ocean floor", "seabed", "coral",
                "reef", "deep sea", "mermaid", "submarine", "sea floor", "beneath the waves")) {
            return UNDERWATER;
        }
        if (w.has("bedroom", "nursery", "pajama", "pyjama", "indoors", "kitchen", "living room", "attic",
                "playroom", "bedtime")) {
            return BEDROOM;
        }
        if (w.has("school", "classroom", "teacher", "lesson", "library", "kindergarten", "chalkboard")) {
            return CLASSROOM;
        }
        if (w.has("castle", "palace", "kingdom", "throne", "fortress")) {
            return CASTLE;
        }
        if (w.has("snow", "winter", "frozen", "arctic", "igloo", "sled", "sledge", "snowman", "polar",
                "north pole")) {
            return SNOW;
        }
        if (w.has("beach", "seaside", "shore", "sandy", "ocean", "sea", "island", "coast", "harbour", "harbor",
                "pier")) {
            return BEACH;
        }
        if (w.has("city", "town", "village", "street", "market", "neighbourhood", "neighborhood", "bakery")) {
            return CITY;
        }
        if (w.has("forest", "woods", "woodland", "jungle", "grove")) {
            return FOREST;
        }
        if (w.has("garden", "park", "orchard", "farm", "backyard", "greenhouse")) {
            return GARDEN;
        }
        if (w.has("meadow", "field", "hill", "mountain", "valley", "countryside")) {
            return MEADOW;
        }
        return null;
    }

    /** Words that only hint at a place. */
    private static Terrain matchWeak(Keywords w) {
        if (w.has("stars above", "alien", "comet")) {
            return SPACE;
        }
        if (w.has("bed", "pillow", "blanket", "room", "inside", "home", "cottage", "cupboard")) {
            return BEDROOM;
        }
        if (w.has("class", "desk", "crayons")) {
            return CLASSROOM;
        }
        if (w.has("tower", "knight", "princess", "prince", "king", "queen", "dragon s lair")) {
            return CASTLE;
        }
        if (w.has("ice", "icy", "snowflake", "mitten", "penguin")) {
            return SNOW;
        }
        if (w.has("sand", "wave", "lake", "bay", "shell", "boat", "sail", "seagull")) {
            return BEACH;
        }
        if (w.has("shop", "houses", "square", "road", "bus", "train")) {
            return CITY;
        }
        if (w.has("trees", "tree", "camp", "mushroom", "owl")) {
            return FOREST;
        }
        if (w.has("flower", "sunflower", "yard", "vegetable", "butterfly", "bee", "rose", "tulip")) {
            return GARDEN;
        }
        if (w.has("grass", "outside", "picnic", "kite")) {
            return MEADOW;
        }
        return null;
    }

    boolean indoor() {
        return indoor;
    }

    /** Paints the land behind the characters. */
    void paintBack(Stage s) {
        switch (this) {
            case SPACE -> FarawayBackdrops.space(s);
            case UNDERWATER -> FarawayBackdrops.underwater(s);
            case BEDROOM -> IndoorBackdrops.bedroom(s);
            case CLASSROOM -> IndoorBackdrops.classroom(s);
            case CASTLE -> TownBackdrops.castle(s);
            case CITY -> TownBackdrops.city(s);
            case SNOW -> CountryBackdrops.snow(s);
            case BEACH -> CountryBackdrops.beach(s);
            case FOREST -> CountryBackdrops.forest(s);
            case GARDEN -> CountryBackdrops.garden(s);
            case MEADOW -> CountryBackdrops.meadow(s);
            case PARK -> PlaceBackdrops.park(s);
            case JUNGLE -> PlaceBackdrops.jungle(s);
            case FARM -> PlaceBackdrops.farm(s);
            case LIBRARY -> IndoorBackdrops.library(s);
            case KITCHEN -> IndoorBackdrops.kitchen(s);
            case STATION -> PlaceBackdrops.station(s);
            case SEA -> PlaceBackdrops.sea(s);
            case MOUNTAINS -> PlaceBackdrops.mountains(s);
            case ZOO -> PlaceBackdrops.zoo(s);
            case AQUARIUM -> IndoorBackdrops.aquarium(s);
            case DESERT -> PlaceBackdrops.desert(s);
            case LAKE -> PlaceBackdrops.lake(s);
        }
    }

    /** Paints what falls or floats in front of the characters: snowflakes, bubbles. */
    void paintFront(Stage s) {
        switch (this) {
            case SNOW -> CountryBackdrops.snowfall(s);
            case UNDERWATER -> FarawayBackdrops.bubbles(s);
            default -> { }
        }
    }
}
