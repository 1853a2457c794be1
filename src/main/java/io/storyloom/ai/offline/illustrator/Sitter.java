package io.storyloom.ai.offline.illustrator;

/** Who is being drawn and how: the shared arguments of the figure painters. */
record Sitter(Brush brush, Appearance look, Pose pose, Mood mood) {
}
