package io.storyloom.system;

import java.util.List;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The API reads and writes JSON only. Libraries on the class path would otherwise add YAML or XML
 * (a YAML body would be read, {@code Accept: application/yaml} answered in camelCase): other bodies get
 * 415, other {@code Accept} types 406, both as problem+json. Text in a JSON body is read by
 * {@link TextWithoutNul}. Runs after Spring Boot's customizers, whose JSON converter this one replaces.
 */
@Component
class JsonOnly implements ServerHttpMessageConvertersCustomizer, Ordered {

    private static final List<MediaType> OTHER_FORMATS = List.of(MediaType.APPLICATION_YAML, MediaType.APPLICATION_XML,
            MediaType.TEXT_XML, MediaType.APPLICATION_CBOR, new MediaType("application", "x-jackson-smile"),
            MediaType.APPLICATION_PROTOBUF, MediaType.APPLICATION_ATOM_XML, MediaType.APPLICATION_RSS_XML);

    private final JsonMapper api;

    JsonOnly(JsonMapper json) {
        this.api = json.rebuild()
                .addModule(new SimpleModule("text-without-nul").addDeserializer(String.class, new TextWithoutNul()))
                .build();
    }

    @Override
    public void customize(HttpMessageConverters.ServerBuilder builder) {
        builder.withJsonConverter(new JacksonJsonHttpMessageConverter(api))
                .configureMessageConvertersList(converters -> converters.removeIf(JsonOnly::speaksAnotherFormat));
    }

    private static boolean speaksAnotherFormat(HttpMessageConverter<?> converter) {
        return converter.getSupportedMediaTypes().stream()
                .anyMatch(type -> OTHER_FORMATS.stream().anyMatch(type::equalsTypeAndSubtype));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
