package io.storyloom.ai.offline.illustrator;

import java.awt.geom.Point2D;

/**
 * Where a drawn figure's right hand (the one that holds things) and head top ended up, in page pixels,
 * so held props (a balloon string, an umbrella) can be attached to them.
 */
record Hands(Point2D right, Point2D headTop) {
}
