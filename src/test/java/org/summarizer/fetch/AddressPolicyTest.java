package org.summarizer.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every spelling of a non-public address is refused before any connection, with the system resolver (as in
 * production); the rows are those of docs/reliability.md's SSRF table.
 */
class AddressPolicyTest {

    private static final AddressPolicy DEFAULT = new AddressPolicy(false, InetAddress::getAllByName);

    /** What a URL gets by default: parse, then resolve and check its host, as {@link PageFetcher} does. */
    private static FetchException.Reason refusal(String url) {
        try {
            DEFAULT.resolve(HostName.of(PageFetcher.parse(url)));
            return null;
        } catch (FetchException e) {
            return e.reason();
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "http://localhost/, ADDRESS_NOT_ALLOWED",
        "http://LOCALHOST./, ADDRESS_NOT_ALLOWED",
        "http://127.0.0.1/, ADDRESS_NOT_ALLOWED",
        "http://127.1/, ADDRESS_NOT_ALLOWED",
        "http://2130706433/, ADDRESS_NOT_ALLOWED",
        "http://0x7f.1/, ADDRESS_NOT_ALLOWED",
        "http://0x7f000001/, ADDRESS_NOT_ALLOWED",
        "http://0177.0.0.1/, ADDRESS_NOT_ALLOWED",
        "http://0177.1/, ADDRESS_NOT_ALLOWED",
        "http://017700000001/, ADDRESS_NOT_ALLOWED",
        "http://0xa9.0xfe.0xa9.0xfe/, ADDRESS_NOT_ALLOWED",
        "http://[::1]/, ADDRESS_NOT_ALLOWED",
        "http://[::ffff:127.0.0.1]/, ADDRESS_NOT_ALLOWED",
        "http://[::ffff:7f00:1]/, ADDRESS_NOT_ALLOWED",
        "http://[::ffff:a9fe:a9fe]/, ADDRESS_NOT_ALLOWED",
        "http://[64:ff9b::a00:1]/, ADDRESS_NOT_ALLOWED",
        "http://[2002:7f00:1::]/, ADDRESS_NOT_ALLOWED",
        "http://0.0.0.0/, ADDRESS_NOT_ALLOWED",
        "http://0/, ADDRESS_NOT_ALLOWED",
        "http://[::]/, ADDRESS_NOT_ALLOWED",
        "http://10.0.0.1/, ADDRESS_NOT_ALLOWED",
        "http://172.16.5.4/, ADDRESS_NOT_ALLOWED",
        "http://192.168.1.1/, ADDRESS_NOT_ALLOWED",
        "http://100.64.0.1/, ADDRESS_NOT_ALLOWED",
        "http://169.254.169.254/latest/meta-data/, ADDRESS_NOT_ALLOWED",
        "http://[fe80::1]/, ADDRESS_NOT_ALLOWED",
        "http://[fc00::1]/, ADDRESS_NOT_ALLOWED",
        "http://[fd12:3456::1]/, ADDRESS_NOT_ALLOWED",
        "http://224.0.0.1/, ADDRESS_NOT_ALLOWED",
        "http://[ff02::1]/, ADDRESS_NOT_ALLOWED",
        "http://255.255.255.255/, ADDRESS_NOT_ALLOWED",
        "http://127.0.0.1:8080/q/health, ADDRESS_NOT_ALLOWED",
        "file:///etc/passwd, INVALID_URL",
        "ftp://example.com/, INVALID_URL",
        "gopher://127.0.0.1:70/, INVALID_URL",
        "jar:http://example.com/a.jar!/, INVALID_URL",
        "http://user:pw@example.com/, INVALID_URL",
        "//example.com/, INVALID_URL",
        "http:///path, INVALID_URL",
    })
    void everySpellingOfANonPublicAddressIsRefused(String url, FetchException.Reason expected) {
        assertThat(refusal(url)).isEqualTo(expected);
    }

    @Test
    void publicAddressesPass() throws UnknownHostException {
        assertThat(DEFAULT.resolve("93.184.216.34")).containsExactly(InetAddress.getByName("93.184.216.34"));
        assertThat(DEFAULT.resolve("2606:2800:220:1:248:1893:25c8:1946")).hasSize(1);
        assertThat(AddressPolicy.nonPublicKind(InetAddress.getByName("8.8.8.8")))
                .isNull();
        assertThat(AddressPolicy.nonPublicKind(InetAddress.getByName("172.32.0.1")))
                .isNull();
        assertThat(AddressPolicy.nonPublicKind(InetAddress.getByName("100.128.0.1")))
                .isNull();
    }

    @Test
    void aNameIsRefusedIfAnyOfItsAddressesIsNotPublic() {
        Map<String, InetAddress[]> dns = Map.of(
                "rebind.test", new InetAddress[] {address("93.184.216.34"), address("10.0.0.5")},
                "metadata.test", new InetAddress[] {address("169.254.169.254")});
        AddressPolicy policy = new AddressPolicy(false, host -> {
            InetAddress[] found = dns.get(host);
            if (found == null) {
                throw new UnknownHostException(host);
            }
            return found;
        });
        assertThatThrownBy(() -> policy.resolve("rebind.test"))
                .isInstanceOfSatisfying(
                        FetchException.class,
                        e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.ADDRESS_NOT_ALLOWED))
                .hasMessageContaining("resolves to 10.0.0.5, a private address")
                .hasMessageContaining("summarizer.fetch.allow-private-networks");
        assertThatThrownBy(() -> policy.resolve("metadata.test")).hasMessageContaining("cloud metadata");
        assertThatThrownBy(() -> policy.resolve("nowhere.test"))
                .isInstanceOfSatisfying(
                        FetchException.class, e -> assertThat(e.reason()).isEqualTo(FetchException.Reason.UNREACHABLE));
    }

    @Test
    void allowingPrivateNetworksLiftsTheRule() {
        AddressPolicy open = new AddressPolicy(true, InetAddress::getAllByName);
        assertThat(open.resolve("127.0.0.1")).containsExactly(address("127.0.0.1"));
        assertThat(open.resolve("169.254.169.254")).hasSize(1);
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
