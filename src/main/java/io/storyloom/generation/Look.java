package io.storyloom.generation;

import io.storyloom.prompt.BaseStyle;
import io.storyloom.prompt.VisualProfile;

/** How the whole book looks: its characters, its style and the reference picture of the characters. */
record Look(VisualProfile profile, BaseStyle style, byte[] reference) {
}
