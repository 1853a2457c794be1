package io.storyloom.ai.offline.illustrator;

import java.awt.Color;

/**
 * What a character is, from its {@code kind}. Each species knows its size next to the child, how
 * wide it is, whether it floats, and a pleasant body colour for when the look gives none.
 */
enum Species {
    CHILD(1.0, 0.50, false, 0x6b4a34),
    ADULT(1.28, 0.50, false, 0x5a3b2a),
    CAT(0.52, 0.56, false, 0xf0a055),
    DOG(0.58, 0.6, false, 0xc8955e),
    BUNNY(0.62, 0.46, false, 0xe8e2dc),
    BEAR(0.74, 0.62, false, 0x9a6a45),
    BIRD(0.40, 0.42, true, 0x5eb0e6),
    OWL(0.50, 0.46, false, 0x9a7456),
    DRAGON(0.82, 0.95, false, 0x6cc48a),
    ROBOT(0.72, 0.50, false, 0xaab8c8),
    FAIRY(0.52, 0.6, true, 0xf2c14e),
    UNICORN(0.86, 1.00, false, 0xf6f1fa),
    HORSE(0.86, 1.00, false, 0xb07a4e),
    FISH(0.38, 0.6, true, 0xf59a3c),
    DINOSAUR(0.86, 1.05, false, 0x7cc46a),
    BLOB(0.56, 0.56, false, 0xb59ae8);

    private final double height;
    private final double width;
    private final boolean floats;
    private final Color body;

    /**
     * @param height compared with the child's height
     * @param width  the drawing's width compared with the child's height
     */
    Species(double height, double width, boolean floats, int body) {
        this.height = height;
        this.width = width;
        this.floats = floats;
        this.body = new Color(body);
    }

    static Species fromKind(String kind) {
        Keywords k = Keywords.of(kind == null ? "" : kind);
        if (k.isBlank() || k.has("child", "kid", "hero", "boy", "girl", "toddler", "baby", "friend", "brother",
                "sister", "cousin", "classmate", "prince", "princess")) {
            return k.isBlank() ? BLOB : CHILD;
        }
        if (k.has("mom", "mum", "mother", "mommy", "mummy", "dad", "father", "daddy", "grandma", "granny",
                "grandmother", "grandpa", "grandfather", "grandad", "teacher", "aunt", "uncle", "parent",
                "adult", "king", "queen", "woman", "man", "lady", "farmer", "baker", "neighbo", "wizard",
                "witch", "knight", "pirate", "doctor", "person", "human")) {
            return ADULT;
        }
        if (k.has("dragon", "wyvern")) {
            return DRAGON;
        }
        if (k.has("unicorn", "pegasus")) {
            return UNICORN;
        }
        if (k.has("horse", "pony", "foal", "donkey", "zebra")) {
            return HORSE;
        }
        if (k.has("dinosaur", "dino", "rex", "saurus", "raptor", "triceratops")) {
            return DINOSAUR;
        }
        if (k.has("cat", "kitten", "kitty", "tiger", "lion", "fox", "leopard")) {
            return CAT;
        }
        if (k.has("dog", "puppy", "pup", "hound", "wolf", "doggy")) {
            return DOG;
        }
        if (k.has("bunny", "rabbit", "hare")) {
            return BUNNY;
        }
        if (k.has("bear", "panda", "teddy", "koala")) {
            return BEAR;
        }
        if (k.has("owl")) {
            return OWL;
        }
        if (k.has("bird", "parrot", "duck", "chick", "robin", "sparrow", "penguin", "hen", "chicken",
                "swan", "goose", "finch", "crow", "dove")) {
            return BIRD;
        }
        if (k.has("robot", "android", "bot", "machine", "automaton")) {
            return ROBOT;
        }
        if (k.has("fairy", "pixie", "sprite", "elf")) {
            return FAIRY;
        }
        if (k.has("fish", "goldfish", "whale", "dolphin", "shark")) {
            return FISH;
        }
        return BLOB;
    }

    double height() {
        return height;
    }

    double width() {
        return width;
    }

    boolean floats() {
        return floats;
    }

    Color defaultBody() {
        return body;
    }

    boolean isHuman() {
        return this == CHILD || this == ADULT;
    }

    /** Side-view animals turn to face the middle of the page; front-facing ones never flip. */
    boolean sideView() {
        return this == UNICORN || this == HORSE || this == DINOSAUR || this == FISH;
    }
}
