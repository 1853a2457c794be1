package io.storyloom.ai.offline.illustrator;

/** How close we are: sets how big the characters are and how much landscape shows. */
enum Camera {
    CLOSE_UP(0.80, 0.64, 1.08),
    MEDIUM(0.46, 0.60, 0.88),
    WIDE(0.27, 0.56, 0.86);

    private final double childHeight;
    private final double horizon;
    private final double baseline;

    /**
     * @param childHeight the child's height as a share of the page height
     * @param horizon     where the far land starts, as a share of the page height
     * @param baseline    where the characters stand, as a share of the page height
     */
    Camera(double childHeight, double horizon, double baseline) {
        this.childHeight = childHeight;
        this.horizon = horizon;
        this.baseline = baseline;
    }

    static Camera from(Keywords w) {
        if (w.has("close", "closeup", "portrait", "face", "zoom", "detail")) {
            return CLOSE_UP;
        }
        if (w.has("wide", "far", "landscape", "panorama", "establishing", "distant", "long shot", "aerial",
                "bird s eye", "overview")) {
            return WIDE;
        }
        return MEDIUM;
    }

    double childHeight() {
        return childHeight;
    }

    double horizon() {
        return horizon;
    }

    double baseline() {
        return baseline;
    }
}
