package io.storyloom.ai.offline.illustrator;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;

/**
 * Places one character on the page: scales its drawing to size, lifts it for a jump or flight,
 * mirrors side-view animals to face the others, adds a ground shadow and calls the species' painter.
 */
final class CharacterPainter {

    private CharacterPainter() {
    }

    /**
     * @param footX      where the character stands, in page pixels
     * @param footY      the ground line under it, in page pixels
     * @param childPx    how tall the child is on this page; other species are sized from it
     * @param faceLeft   whether a side-view animal should face left
     * @param tilt       a small lean in degrees that makes poses livelier
     */
    static Hands paint(Brush b, Appearance look, Pose pose, Mood mood, double footX, double footY, double childPx,
                       boolean faceLeft, double tilt) {
        Graphics2D g = b.graphics();
        Species species = look.species();
        double scale = childPx * species.height() / 100.0;
        double lift = 0;
        if (species.floats()) {
            lift = 0.35 * childPx;
        }
        if (pose == Pose.JUMPING) {
            lift += 14 * scale;
        }
        shadow(b, footX, footY, scale * species.width() * 100 / species.height() * 0.45, lift > 0 ? 0.55 : 1.0);

        AffineTransform saved = g.getTransform();
        g.translate(footX, footY - lift);
        g.rotate(Math.toRadians(tilt));
        g.scale(faceLeft && species.sideView() ? -scale : scale, scale);
        Sitter sitter = new Sitter(b, look, pose, mood);
        Hands hands = switch (species) {
            case CHILD, ADULT -> new ChildFigure(b, look, pose, mood).draw();
            case FAIRY -> WingedFigures.fairy(sitter);
            default -> {
                drawCreature(sitter);
                AffineTransform t = g.getTransform();
                Point2D top = t.transform(new Point2D.Double(0, -100), null);
                yield new Hands(t.transform(new Point2D.Double(30, -40), null), top);
            }
        };
        g.setTransform(saved);
        return hands;
    }

    private static void drawCreature(Sitter s) {
        switch (s.look().species()) {
            case CAT -> PetFigures.cat(s);
            case DOG -> PetFigures.dog(s);
            case BUNNY -> PetFigures.bunny(s);
            case BEAR -> PetFigures.bear(s);
            case BIRD -> WingedFigures.bird(s);
            case OWL -> WingedFigures.owl(s);
            case DRAGON -> WingedFigures.dragon(s);
            case ROBOT -> OddFigures.robot(s);
            case UNICORN -> SideViewFigures.horse(s, true);
            case HORSE -> SideViewFigures.horse(s, false);
            case DINOSAUR -> SideViewFigures.dinosaur(s);
            case FISH -> SideViewFigures.fish(s);
            default -> OddFigures.blob(s);
        }
    }

    private static void shadow(Brush b, double x, double y, double halfWidth, double strength) {
        double w = halfWidth * 2 * strength;
        double h = Math.max(2, w * 0.16);
        b.dab(new Ellipse2D.Double(x - w / 2, y - h / 2, w, h), new Color(30, 30, 50, (int) (46 * strength)));
    }
}
