package io.storyloom.account;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import java.io.Serializable;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Where a password check comes from: the client's address (as Tomcat sees it, forwarded headers
 * already applied for trusted proxies only) and the hash of the browser's known-device cookie, if any.
 * Kept as the authentication's details, so it holds no secret.
 */
record SignInSource(String address, String deviceHash) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static SignInSource of(HttpServletRequest request) {
        String device = null;
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            device = Arrays.stream(cookies).filter(c -> DeviceCookie.NAME.equals(c.getName())).map(Cookie::getValue)
                    .filter(DeviceCookie::wellFormed).findFirst().map(SecretTokens::hash).orElse(null);
        }
        return new SignInSource(addressKey(request.getRemoteAddr()), device);
    }

    /** The details a caller set, or an unknown source (counted together) when none did. */
    static SignInSource from(Object details) {
        return details instanceof SignInSource source ? source : new SignInSource("unknown", null);
    }

    /**
     * The address limits are counted per: an IPv4 address, or an IPv6 address's /64 network, since
     * one subscriber is usually given a whole /64 and could otherwise change address at will.
     */
    static String addressKey(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.indexOf(':') < 0) {
            return remoteAddress == null ? "unknown" : remoteAddress;
        }
        try {
            // an IPv6 literal: parsed, never looked up
            InetAddress address = InetAddress.getByName(remoteAddress);
            if (address instanceof Inet6Address v6) {
                byte[] network = Arrays.copyOf(v6.getAddress(), 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return address.getHostAddress(); // an IPv4-mapped IPv6 address
        } catch (UnknownHostException e) {
            // not an address after all: count it under its own text
        }
        return remoteAddress;
    }
}
