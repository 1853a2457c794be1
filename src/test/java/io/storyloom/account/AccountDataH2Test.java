package io.storyloom.account;

import io.storyloom.support.H2Database;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class AccountDataH2Test extends AccountDataContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2Database.register(registry);
    }
}
