package io.storyloom;

import io.storyloom.system.VirtualThreadCarriers;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class StoryloomApplication {

    public static void main(String[] args) {
        VirtualThreadCarriers.configure();
        SpringApplication.run(StoryloomApplication.class, args);
    }
}
