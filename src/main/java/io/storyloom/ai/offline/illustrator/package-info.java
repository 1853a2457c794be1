/**
 * The offline illustrator: {@link io.storyloom.ai.offline.illustrator.OfflineIllustrator}, its only
 * public type, paints every picture from the request's {@linkplain io.storyloom.ai.SceneSketch sketch}.
 * Besides being the default image model it draws the art-style previews of the new-book form
 * ({@code style}), so this package is a named interface of {@code ai}. Everything else is package-private:
 * <ul>
 *   <li>what a picture shows: {@code PageScene} paints a {@code PagePlan} (place, light, mood, camera, cast
 *       and props, decided from the sketch's words by {@code Terrain}, {@code TimeOfDay}, {@code Mood},
 *       {@code Camera}, {@code Pose}, {@code Prop}, {@code Weather} and {@code SceneLayout});
 *       {@code CharacterSheet} is the reference sheet;</li>
 *   <li>characters: {@code Appearance} (a character's resolved look: {@code Species}, colours,
 *       {@code Hairdo}), {@code CharacterPainter} and the figures ({@code ChildFigure}, {@code Face},
 *       {@code PetFigures}, {@code WingedFigures}, {@code SideViewFigures}, {@code OddFigures});</li>
 *   <li>places and things: {@code Drawables} (the catalogue of things and places, {@code offline/catalogue.json},
 *       matched from the sketch's words); the backdrops ({@code CountryBackdrops}, {@code TownBackdrops},
 *       {@code IndoorBackdrops}, {@code FarawayBackdrops}, {@code PlaceBackdrops}) with {@code Scenery} and
 *       {@code Sky} on a {@code Stage}; the props ({@code PropItem} says what and where, {@code PropPainter},
 *       {@code FloatingProps}, {@code HeldProps}, {@code VehicleShapes}, {@code BuildingShapes},
 *       {@code ThingShapes});</li>
 *   <li>palettes and styles: {@code PaintStyle} (the ways it can paint), {@code SceneTints} (the book's
 *       palette lit for the scene), {@code Colors};</li>
 *   <li>drawing primitives: {@code Canvas}, {@code Brush} (every shape painted in the style),
 *       {@code Shapes}, {@code StyleFinish} and {@code PaperTexture}, {@code PngEncoder}.</li>
 * </ul>
 */
@NamedInterface("offline-illustrator")
package io.storyloom.ai.offline.illustrator;

import org.springframework.modulith.NamedInterface;
