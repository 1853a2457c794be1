/**
 * The offline writer: {@link io.storyloom.ai.offline.writer.OfflineTextModel}, its only public type,
 * answers every {@link io.storyloom.ai.PromptKind} from the prompt's facts. Everything else is
 * package-private.
 */
package io.storyloom.ai.offline.writer;
