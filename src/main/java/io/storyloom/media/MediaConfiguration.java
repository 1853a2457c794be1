package io.storyloom.media;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

    @Bean
    @ConditionalOnMissingBean(MediaStore.class)
    MediaStore fileMediaStore(@Value("${storyloom.media.directory:./data/media}") Path directory) {
        return new FileMediaStore(directory);
    }
}
