/**
 * The offline writer and illustrator: deterministic, no network, no key. Besides being the default
 * providers, the illustrator draws the art-style previews of the new-book form ({@code style}), so
 * this package's public types (OfflineIllustrator, OfflineTextModel) are a named interface of
 * {@code ai}; everything else in it stays package-private.
 */
@NamedInterface("offline")
package io.storyloom.ai.offline;

import org.springframework.modulith.NamedInterface;
