package org.summarizer.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which addresses may be fetched. By default only public unicast ones: every address a host resolves to must be
 * public, whatever the spelling of the host ({@code localhost}, {@code [::1]}, {@code 2130706433}, {@code 0x7f.1},
 * {@code 127.1}, a DNS name pointing there), because the check runs on the resolved addresses, and the connection
 * is then made to exactly those ({@link PageFetcher}), so a second DNS answer cannot switch it.
 */
public final class AddressPolicy {

    /** Resolves a host name to its addresses (the system resolver in production). */
    @FunctionalInterface
    public interface Resolver {
        /** All addresses of {@code host}, which may also be an IP literal. */
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Predicate<InetAddress> allowed;
    private final Resolver resolver;

    /**
     * @param allowPrivateNetworks whether non-public addresses are allowed too
     * @param resolver             the name resolver
     */
    public AddressPolicy(boolean allowPrivateNetworks, Resolver resolver) {
        this(allowPrivateNetworks ? address -> true : address -> nonPublicKind(address) == null, resolver);
    }

    /** A policy that allows exactly the addresses {@code allowed} accepts (for tests). */
    AddressPolicy(Predicate<InetAddress> allowed, Resolver resolver) {
        this.allowed = allowed;
        this.resolver = resolver;
    }

    /**
     * Resolves {@code host} once and checks every address.
     *
     * @return the addresses to connect to
     * @throws FetchException {@code ADDRESS_NOT_ALLOWED} if one is not allowed, {@code UNREACHABLE} if the name does
     *                        not resolve
     */
    public List<InetAddress> resolve(String host) {
        InetAddress[] addresses;
        try {
            var numeric = HostName.numeric(host);
            addresses = numeric.isPresent() ? new InetAddress[] {numeric.get()} : resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Reason.UNREACHABLE, "The host '" + host + "' does not resolve.");
        }
        if (addresses == null || addresses.length == 0) {
            throw new FetchException(FetchException.Reason.UNREACHABLE, "The host '" + host + "' does not resolve.");
        }
        for (InetAddress address : addresses) {
            if (!allowed.test(address)) {
                String kind = nonPublicKind(address);
                String what = kind == null ? "an address that is not allowed" : kind;
                String literal = address.getHostAddress();
                throw new FetchException(
                        FetchException.Reason.ADDRESS_NOT_ALLOWED,
                        (host.equalsIgnoreCase(literal)
                                        ? "The address " + literal + " is " + what
                                        : "The host '" + host + "' resolves to " + literal + ", " + what)
                                + "; only public addresses are fetched (summarizer.fetch.allow-private-networks).");
            }
        }
        return List.of(addresses);
    }

    /** What kind of non-public address this is ("a loopback address", ...), or null for a public one. */
    static String nonPublicKind(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return ipv4Kind(v4.getAddress());
        }
        byte[] b = address.getAddress();
        if (address.isAnyLocalAddress()) {
            return "the unspecified address";
        }
        if (address.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        if (address.isLinkLocalAddress() || address.isSiteLocalAddress()) {
            return "a link-local or site-local address";
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return "a unique-local address";
        }
        if (address instanceof Inet6Address && embedsIpv4(b)) {
            byte[] v4 = {b[12], b[13], b[14], b[15]};
            String kind = ipv4Kind(v4);
            if (kind != null) {
                return kind + " inside an IPv6 address";
            }
        }
        if (b[0] == 0x20 && b[1] == 0x02) { // 6to4 2002::/16 carries an IPv4 address in bytes 2-5
            String kind = ipv4Kind(new byte[] {b[2], b[3], b[4], b[5]});
            if (kind != null) {
                return kind + " inside a 6to4 address";
            }
        }
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) {
            return "a documentation address";
        }
        if (b[0] == 0x01 && b[1] == 0x00 && allZero(b, 2, 8)) {
            return "a discard-only address";
        }
        return null;
    }

    /** IPv4-mapped (::ffff:0:0/96), IPv4-compatible (::/96) and NAT64 (64:ff9b::/96) addresses. */
    private static boolean embedsIpv4(byte[] b) {
        boolean mapped = allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = allZero(b, 0, 12);
        boolean nat64 =
                b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12);
        return mapped || compatible || nat64;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static String ipv4Kind(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        int b2 = a[2] & 0xff;
        if (b0 == 0) {
            return "the unspecified network (0.0.0.0/8)";
        }
        if (b0 == 127) {
            return "a loopback address";
        }
        if (b0 == 10 || (b0 == 172 && b1 >= 16 && b1 <= 31) || (b0 == 192 && b1 == 168)) {
            return "a private address";
        }
        if (b0 == 169 && b1 == 254) {
            return "a link-local address (cloud metadata included)";
        }
        if (b0 == 100 && b1 >= 64 && b1 <= 127) {
            return "a carrier-grade NAT address";
        }
        if (b0 >= 224) {
            return b0 < 240 ? "a multicast address" : "a reserved or broadcast address";
        }
        if ((b0 == 192 && b1 == 0 && (b2 == 0 || b2 == 2))
                || (b0 == 198 && (b1 == 18 || b1 == 19))
                || (b0 == 198 && b1 == 51 && b2 == 100)
                || (b0 == 203 && b1 == 0 && b2 == 113)) {
            return "a reserved address";
        }
        return null;
    }
}
