package org.summarizer.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches one page over http or https. Every host, the first and each redirect target, is resolved once and checked
 * by the {@link AddressPolicy}, and the connection goes to exactly those addresses. At most {@code maxRedirects}
 * redirects, each followed by hand; one time limit for the whole fetch; the body read up to {@code maxBytes} and no
 * further; only HTML, XHTML and plain text accepted. No cookies, no proxy from system properties, no retries.
 * Thread-safe; blocking (it runs on the summarizer's worker threads).
 */
public final class PageFetcher {

    private static final Set<String> ACCEPTED_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain", "");
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fetch-deadline");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * How fetches are bounded.
     *
     * @param timeout      the whole fetch, redirects included
     * @param maxBytes     the largest body read
     * @param maxRedirects the most redirects followed
     * @param userAgent    the User-Agent header
     */
    public record Limits(Duration timeout, long maxBytes, int maxRedirects, String userAgent) {}

    private final AddressPolicy policy;
    private final Limits limits;

    public PageFetcher(AddressPolicy policy, Limits limits) {
        this.policy = policy;
        this.limits = limits;
    }

    /**
     * Checks a URL's form without fetching it.
     *
     * @return the parsed URL
     * @throws FetchException {@code INVALID_URL} for anything but an absolute http(s) URL with a host
     */
    public static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new FetchException(FetchException.Reason.INVALID_URL, "The url is not a valid URL.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(
                    FetchException.Reason.INVALID_URL,
                    "Only http and https URLs are fetched" + (scheme.isEmpty() ? "." : ", not " + scheme + "."));
        }
        if (HostName.of(uri) == null) {
            throw new FetchException(FetchException.Reason.INVALID_URL, "The url has no valid host name.");
        }
        if (uri.getRawUserInfo() != null
                || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw new FetchException(FetchException.Reason.INVALID_URL, "URLs with user information are not fetched.");
        }
        return uri;
    }

    /** Fetches {@code url}, following redirects. */
    public FetchedPage fetch(String url) {
        URI current = parse(url);
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        for (int redirects = 0; ; redirects++) {
            Hop hop = get(current, deadline);
            if (hop.page != null) {
                return hop.page;
            }
            if (redirects == limits.maxRedirects()) {
                throw new FetchException(
                        FetchException.Reason.TOO_MANY_REDIRECTS,
                        "The page redirected more than " + limits.maxRedirects() + " times.");
            }
            current = redirectTarget(current, hop.location);
        }
    }

    private static URI redirectTarget(URI from, String location) {
        if (location == null || location.isBlank()) {
            throw new FetchException(FetchException.Reason.TOO_MANY_REDIRECTS, "A redirect had no Location.");
        }
        try {
            return parse(from.resolve(new URI(location.strip())).toString());
        } catch (URISyntaxException e) {
            throw new FetchException(FetchException.Reason.INVALID_URL, "A redirect pointed to an invalid URL.");
        }
    }

    /** One request: a page, or the Location of a redirect. */
    private record Hop(FetchedPage page, String location) {}

    private Hop get(URI uri, long deadline) {
        String host = HostName.of(uri);
        List<InetAddress> addresses = policy.resolve(host);
        if (HostName.numeric(host).isPresent()) {
            uri = withHost(uri, addresses.get(0).getHostAddress()); // a spelling the HTTP client can route
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timeout();
        }
        Timeout timeout = Timeout.ofMilliseconds(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining)));
        HttpGet request = new HttpGet(uri);
        request.setHeader("Accept", "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8");
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> cancel = DEADLINES.schedule(
                () -> {
                    timedOut.set(true);
                    request.cancel();
                },
                remaining,
                TimeUnit.NANOSECONDS);
        try (CloseableHttpClient client = client(host, addresses, timeout);
                ClassicHttpResponse response = client.executeOpen(null, request, null)) {
            return read(uri, response);
        } catch (IOException e) {
            if (timedOut.get()
                    || e instanceof java.net.SocketTimeoutException
                    || e instanceof org.apache.hc.client5.http.ConnectTimeoutException) {
                throw timeout();
            }
            throw new FetchException(
                    FetchException.Reason.UNREACHABLE, "The page could not be fetched from '" + host + "'.");
        } finally {
            cancel.cancel(false);
        }
    }

    private static URI withHost(URI uri, String host) {
        try {
            return new URI(uri.getScheme(), null, host, uri.getPort(), uri.getPath(), uri.getQuery(), null);
        } catch (URISyntaxException e) {
            throw new FetchException(FetchException.Reason.INVALID_URL, "The url is not a valid URL.");
        }
    }

    private Hop read(URI uri, ClassicHttpResponse response) throws IOException {
        int status = response.getCode();
        if (status >= 300 && status < 400 && status != 304) {
            Header location = response.getFirstHeader("Location");
            return new Hop(null, location == null ? null : location.getValue());
        }
        if (status < 200 || status >= 300) {
            throw new FetchException(
                    FetchException.Reason.UPSTREAM_STATUS, "The page's server answered " + status + ".", status);
        }
        HttpEntity entity = response.getEntity();
        Header typeHeader = response.getFirstHeader("Content-Type");
        String contentType = typeHeader == null ? null : typeHeader.getValue();
        String mediaType = FetchedPage.mediaType(contentType);
        if (!ACCEPTED_TYPES.contains(mediaType)) {
            throw new FetchException(
                    FetchException.Reason.UNSUPPORTED_TYPE,
                    "The page is " + mediaType + "; only text/html, application/xhtml+xml and text/plain are"
                            + " summarized.");
        }
        if (entity == null) {
            return new Hop(new FetchedPage(uri, new byte[0], contentType), null);
        }
        if (entity.getContentLength() > limits.maxBytes()) {
            throw tooLarge();
        }
        try (InputStream in = entity.getContent()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (body.length > limits.maxBytes()) {
                throw tooLarge();
            }
            return new Hop(new FetchedPage(uri, body, contentType), null);
        }
    }

    /** A client that connects to {@code host} only at the checked addresses, and resolves nothing else. */
    private CloseableHttpClient client(String host, List<InetAddress> addresses, Timeout timeout) {
        InetAddress[] pinned = addresses.toArray(InetAddress[]::new);
        DnsResolver resolver = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String name) throws UnknownHostException {
                if (name.equalsIgnoreCase(host)) {
                    return pinned.clone();
                }
                throw new UnknownHostException(name);
            }

            @Override
            public String resolveCanonicalHostname(String name) {
                return name;
            }
        };
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(timeout)
                                .setSocketTimeout(timeout)
                                .build())
                        .build())
                .setDefaultRequestConfig(
                        RequestConfig.custom().setResponseTimeout(timeout).build())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAutomaticRetries()
                .disableAuthCaching()
                .setUserAgent(limits.userAgent())
                .build();
    }

    private FetchException timeout() {
        return new FetchException(
                FetchException.Reason.TIMEOUT,
                "The page did not arrive within " + limits.timeout().toMillis() / 1000.0
                        + " s (summarizer.fetch.timeout).");
    }

    private FetchException tooLarge() {
        return new FetchException(
                FetchException.Reason.TOO_LARGE,
                "The page is larger than " + limits.maxBytes() + " bytes (summarizer.fetch.max-bytes).");
    }
}
