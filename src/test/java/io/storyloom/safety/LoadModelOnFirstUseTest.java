package io.storyloom.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LoadModelOnFirstUseTest {

    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void healthChecksDoNotLoadTheModelTheFirstRealRequestDoesOnce() throws Exception {
        var filter = new LoadModelOnFirstUse(true, loads::incrementAndGet);
        filter.loadInAWorkerOnlyProcess();

        var chain = pass(filter, "/actuator/health");
        assertThat(chain.getRequest()).as("the request goes on").isNotNull();
        assertThat(loads).hasValue(0);

        pass(filter, "/");
        pass(filter, "/stories/");
        assertThat(loads).hasValue(1);
    }

    @Test
    void aProcessWithoutTheWebRoleLoadsItOnceUp() {
        var filter = new LoadModelOnFirstUse(false, loads::incrementAndGet);

        filter.loadInAWorkerOnlyProcess();

        assertThat(loads).hasValue(1);
    }

    private static MockFilterChain pass(LoadModelOnFirstUse filter, String uri) throws Exception {
        var chain = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("GET", uri), new MockHttpServletResponse(), chain);
        return chain;
    }
}
