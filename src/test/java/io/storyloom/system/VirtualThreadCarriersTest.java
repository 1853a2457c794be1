package io.storyloom.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The carriers' number the app sets before its first virtual thread; LauncherTest sees the JDK use it. */
class VirtualThreadCarriersTest {

    private final String before = System.getProperty(VirtualThreadCarriers.PARALLELISM);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(VirtualThreadCarriers.PARALLELISM);
        } else {
            System.setProperty(VirtualThreadCarriers.PARALLELISM, before);
        }
    }

    @Test
    void fourCarriersPerCoreOnTwoCoresOrMore() {
        assertThat(VirtualThreadCarriers.forCores(2)).isEqualTo(8);
        assertThat(VirtualThreadCarriers.forCores(16)).isEqualTo(64);
        assertThat(VirtualThreadCarriers.forCores(1)).as("the JDK's own on one core").isEqualTo(1);
    }

    @Test
    void setWhenNobodySaidOtherwise() {
        System.clearProperty(VirtualThreadCarriers.PARALLELISM);

        VirtualThreadCarriers.configure();

        assertThat(System.getProperty(VirtualThreadCarriers.PARALLELISM))
                .isEqualTo(Integer.toString(VirtualThreadCarriers.forCores(Runtime.getRuntime().availableProcessors())));
    }

    @Test
    void anOperatorsChoiceIsKept() {
        System.setProperty(VirtualThreadCarriers.PARALLELISM, "3");

        VirtualThreadCarriers.configure();

        assertThat(System.getProperty(VirtualThreadCarriers.PARALLELISM)).isEqualTo("3");
    }
}
