package io.storyloom.system;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the configured
 * {@link TrustedProxies}, with Tomcat's RemoteIpValve: it reads the chain of addresses from the right
 * and stops at the first one that is not a trusted proxy, so a client cannot choose its own address by
 * sending the header itself; {@code https} from a trusted proxy makes the request secure (cookies get
 * {@code Secure}). Spring Boot's own valve stays off ({@code server.forward-headers-strategy: none}),
 * as its default trusts every private-range address.
 */
@Component
class ForwardedHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final TrustedProxies proxies;

    ForwardedHeaders(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (proxies.trustedProxies().isEmpty()) {
            return;
        }
        var valve = new RemoteIpValve();
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setInternalProxies(String.join(", ", proxies.trustedProxies()));
        factory.addEngineValves(valve);
    }
}
