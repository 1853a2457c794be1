package io.storyloom.generation;

import io.storyloom.design.BaseStyle;
import io.storyloom.design.VisualProfile;

/**
 * How the whole book looks: its characters, its style and the reference picture of the characters, with the
 * key it is stored under ({@code null} with no picture).
 */
record Look(VisualProfile profile, BaseStyle style, byte[] reference, String referenceKey) {

    /** The stored reference picture. */
    record Reference(String key, byte[] bytes) {
    }
}
