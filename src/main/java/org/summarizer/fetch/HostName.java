package org.summarizer.fetch;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The host of a URL as a connection would use it: lower case, without a trailing dot or IPv6 brackets, and numeric
 * IPv4 spellings read the way C's {@code inet_aton} (and so curl and browsers) read them: {@code 127.1},
 * {@code 2130706433}, {@code 0x7f.1} and {@code 0177.0.0.1} are all 127.0.0.1. Java's own parser reads some of these
 * differently ({@code 0177.0.0.1} as 177.0.0.1) and {@link URI} does not return some as a host at all, so both are
 * bypassed for them.
 */
final class HostName {

    private static final Pattern NUMERIC = Pattern.compile("(?i)(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+)){0,3}");

    private HostName() {}

    /** The host of an http(s) URL's authority, or null when it has none. */
    static String of(URI uri) {
        String host = uri.getHost();
        if (host == null && uri.getRawAuthority() != null) {
            host = uri.getRawAuthority();
            int at = host.lastIndexOf('@');
            host = host.substring(at + 1);
            int colon = host.lastIndexOf(':');
            if (colon >= 0 && !host.endsWith("]")) {
                host = host.substring(0, colon);
            }
        }
        if (host == null || host.isEmpty()) {
            return null;
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        host = host.toLowerCase(Locale.ROOT);
        while (host.endsWith(".") && host.length() > 1) {
            host = host.substring(0, host.length() - 1);
        }
        return host;
    }

    /** A numeric IPv4 spelling, decoded with inet_aton's rules (1-4 parts, 0x hex, leading-zero octal). */
    static Optional<InetAddress> numeric(String host) {
        if (!NUMERIC.matcher(host).matches()) {
            return Optional.empty();
        }
        String[] parts = host.split("\\.", -1);
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long value = part(parts[i]);
            if (value == null) {
                return Optional.empty();
            }
            values[i] = value;
        }
        long address = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 255) {
                return Optional.empty();
            }
            address |= values[i] << (8 * (3 - i));
        }
        long last = values[values.length - 1];
        if (last >= (1L << (8 * (4 - (values.length - 1))))) {
            return Optional.empty();
        }
        address |= last;
        byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        try {
            return Optional.of((Inet4Address) InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Long part(String part) {
        try {
            if (part.startsWith("0x") || part.startsWith("0X")) {
                return part.length() == 2 ? 0L : Long.parseLong(part.substring(2), 16);
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return Long.parseLong(part.substring(1), 8);
            }
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            return null; // e.g. "08" is not octal, or too long
        }
    }
}
