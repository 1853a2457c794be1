package io.storyloom.ai.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON the provider APIs speak: snake_case names, absent fields left out of requests, unknown
 * fields in answers ignored (providers add fields freely; Together's {@code seed} can even exceed a
 * {@code long}, so answers never declare it). Kept apart from the app's own mapper so a change to the
 * API's JSON settings cannot change what is sent to a provider.
 */
public final class ProviderJson {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ProviderJson() {
    }
}
