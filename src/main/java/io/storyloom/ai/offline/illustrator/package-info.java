/**
 * The offline illustrator: {@link io.storyloom.ai.offline.illustrator.OfflineIllustrator}, its only
 * public type, paints every picture from the request's sketch. Besides being the default image model,
 * it draws the art-style previews of the new-book form ({@code style}), so this package is a named
 * interface of {@code ai}; everything else in it is package-private.
 */
@NamedInterface("offline-illustrator")
package io.storyloom.ai.offline.illustrator;

import org.springframework.modulith.NamedInterface;
