package io.storyloom.ai.offline.illustrator;

/**
 * The shapes the illustrator can draw. The catalogue ({@link Drawables}) says which shape each thing
 * is; the keywords here only read props named outside it, {@link #GIFT} for a name none matches.
 */
enum Prop {
    // Order matters where one word contains another: "balloon" must win over "ball".
    BALLOON(Place.HELD_ALOFT, "balloon"),
    KITE(Place.HELD_ALOFT, "kite"),
    UMBRELLA(Place.HELD_OVERHEAD, "umbrella", "parasol"),
    LANTERN(Place.HELD, "lantern", "lamp", "torch", "flashlight", "candle"),
    WAND(Place.HELD, "wand", "magic stick"),
    NEST(Place.GROUND, "nest"),
    EGG(Place.GROUND, "egg"),
    BALL(Place.GROUND, "ball", "football", "soccer"),
    BOOK(Place.GROUND, "book", "story", "diary", "notebook"),
    FLOWER(Place.GROUND, "flower", "rose", "daisy", "tulip", "sunflower", "bouquet", "blossom", "petal"),
    TREE(Place.GROUND, "tree", "oak", "sapling"),
    SHELL(Place.GROUND, "shell", "seashell", "starfish"),
    STAR(Place.SKY, "star", "wish", "comet"),
    RAINBOW(Place.SKY, "rainbow"),
    BUTTERFLY(Place.SKY, "butterfly", "butterflies", "ladybug", "ladybird", "bee", "firefl"),
    ROCKET(Place.SKY, "rocket", "spaceship"),
    CLOUD(Place.SKY, "cloud", "rain"),
    BOAT(Place.GROUND, "boat", "ship", "raft", "canoe", "sail"),
    CAKE(Place.GROUND, "cake", "cupcake", "birthday", "muffin", "pie"),
    PUDDLE(Place.FLAT, "puddle", "pond", "splash"),
    APPLE(Place.GROUND, "apple", "fruit", "berry", "berries", "strawberr", "cherry", "cherries", "pear", "banana"),
    CUP(Place.GROUND, "cup", "teacup", "mug", "tea", "cocoa", "milk"),
    HAT(Place.GROUND, "hat", "cap"),
    CROWN(Place.GROUND, "crown", "tiara"),
    BUCKET(Place.GROUND, "bucket", "spade", "pail", "shovel", "sandcastle"),
    SNOWMAN(Place.GROUND, "snowman", "snowball"),
    LEAF(Place.GROUND, "leaf", "leaves", "acorn", "pinecone"),
    KEY(Place.GROUND, "key", "lock"),
    MAP(Place.GROUND, "map", "treasure map", "scroll", "letter", "note"),
    TEDDY(Place.GROUND, "teddy", "toy", "plush", "doll"),
    BASKET(Place.GROUND, "basket", "picnic", "hamper"),
    TREASURE(Place.GROUND, "treasure", "chest", "coin", "gold"),
    GIFT(Place.GROUND),
    // Drawn only when the catalogue names them (offline/catalogue.json), so they need no keywords here.
    ANIMAL, CAR, TRUCK, BUS, TRACTOR, TRAIN, PLANE, HELICOPTER, HOT_AIR_BALLOON, BICYCLE, SCOOTER, SHIP, SUBMARINE,
    UFO, SLED, CRAB, OCTOPUS, STARFISH, BANANA, CARROT, PUMPKIN, PIE, COOKIE, BREAD, PIZZA, ICE_CREAM, SANDWICH, JAR,
    BLOCKS, DRUM, GUITAR, EASEL, TELESCOPE, LADDER, SWING, HOUSE, TREEHOUSE, TENT, LIGHTHOUSE, TOWER, BARN, IGLOO,
    WINDMILL, BRIDGE, SANDCASTLE, SPROUT, ROCK, MUSHROOM, LOG, CACTUS, SEAWEED, ANCHOR, SUN, SNOWFLAKE, MOON, PLANET,
    ELEPHANT, GIRAFFE;

    /** Where on the page a prop goes. */
    enum Place { GROUND, FLAT, SKY, HELD, HELD_ALOFT, HELD_OVERHEAD }

    private final Place place;
    private final String[] keywords;

    Prop() {
        this(Place.GROUND);
    }

    Prop(Place place, String... keywords) {
        this.place = place;
        this.keywords = keywords;
    }

    static Prop from(String name) {
        Keywords k = Keywords.of(name == null ? "" : name);
        for (Prop p : values()) {
            if (p.keywords.length > 0 && k.has(p.keywords)) {
                return p;
            }
        }
        return GIFT;
    }

    Place place() {
        return place;
    }

    boolean held() {
        return place == Place.HELD || place == Place.HELD_ALOFT || place == Place.HELD_OVERHEAD;
    }
}
