package io.storyloom.system;

import java.util.List;
import org.apache.catalina.util.NetMask;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed.
 *
 * @param trustedProxies addresses or CIDR ranges (e.g. {@code 10.0.0.5}, {@code 10.0.0.0/8},
 *                       {@code ::1}); empty (the default): the headers are ignored from everyone, and
 *                       the client's address is the connection's
 */
@ConfigurationProperties("storyloom.forwarded")
@Validated
record TrustedProxies(@DefaultValue List<String> trustedProxies) {

    TrustedProxies {
        trustedProxies = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(TrustedProxies::cidr).toList();
    }

    /** An address or range in CIDR notation, as Tomcat's RemoteIpValve reads it; fails at start-up if invalid. */
    private static String cidr(String entry) {
        String cidr = entry.contains("/") ? entry : entry + (entry.contains(":") ? "/128" : "/32");
        try {
            new NetMask(cidr);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("storyloom.forwarded.trusted-proxies: '" + entry
                    + "' is not an IP address or CIDR range", e);
        }
        return cidr;
    }
}
