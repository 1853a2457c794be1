/**
 * The offline providers, the default: deterministic, no network, no key. Two halves that share
 * nothing but {@link io.storyloom.ai.offline.SimulatedLatency}:
 * <ul>
 *   <li>{@code writer}: {@code OfflineTextModel} answers every text prompt from its facts;</li>
 *   <li>{@code illustrator}: {@code OfflineIllustrator} paints every picture from its sketch.</li>
 * </ul>
 * {@link io.storyloom.ai.offline.OfflineModelsConfiguration} makes them the models unless a real
 * provider is configured, slowed down by {@link io.storyloom.ai.offline.OfflineSettings} if asked to.
 * Everything here is internal to {@code ai}, save the illustrator's face.
 */
package io.storyloom.ai.offline;
