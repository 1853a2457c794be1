package io.storyloom.generation;

import io.storyloom.design.BaseStyle;
import io.storyloom.design.VisualProfile;

/** How the whole book looks: its characters, its style and the reference picture of the characters. */
record Look(VisualProfile profile, BaseStyle style, byte[] reference) {
}
