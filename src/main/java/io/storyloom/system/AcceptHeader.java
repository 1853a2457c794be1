package io.storyloom.system;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An {@code Accept} header that cannot be parsed counts as no header at all: the client gets the
 * answer (or the problem) rather than an empty 406, which is all Spring could send when even the
 * problem's type cannot be negotiated. A well-formed header nothing here can satisfy still gets 406.
 */
@Configuration(proxyBeanMethods = false)
class AcceptHeader implements WebMvcConfigurer {

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.strategies(List.of(new Lenient()));
    }

    private static final class Lenient extends HeaderContentNegotiationStrategy {
        @Override
        public List<MediaType> resolveMediaTypes(NativeWebRequest request) {
            try {
                return super.resolveMediaTypes(request);
            } catch (HttpMediaTypeNotAcceptableException e) {
                return MEDIA_TYPE_ALL_LIST;
            }
        }
    }
}
