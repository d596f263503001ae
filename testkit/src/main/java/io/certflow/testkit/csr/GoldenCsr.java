package io.certflow.testkit.csr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CSR of the events module's golden files (EC P-256, CN shop.example.com, SANs shop. and
 * www.shop.example.com) and the facts order-intake derives from it, so that every service's tests
 * speak of the same request. The events module keeps its own copy: testkit depends on events.
 */
public final class GoldenCsr {

    /** PEM with a final line end, as the golden JSON carries it. */
    public static final String PEM = read("golden-csr.pem");
    public static final String COMMON_NAME = "shop.example.com";
    public static final List<String> DOMAIN_NAMES = List.of("shop.example.com", "www.shop.example.com");
    /** Lower-case hex of the DER's hashes, computed with {@code openssl req -outform DER | openssl dgst}. */
    public static final String MD5 = "cf244b68cd9a24ef974fb2472d032938";
    public static final String SHA256 = "5eeb57373008811236aef3f5607edba48fc403fbf1ddb6d75944020836e1ce94";
    /** SHA-256 of the DER public key ({@code openssl req -pubkey | openssl pkey -pubin -outform DER}). */
    public static final String PUBLIC_KEY_SHA256 = "138a156e631597be46344a8faaf7084406cc8c257eb26213650e67565470a3f6";

    private GoldenCsr() {
    }

    private static String read(String name) {
        try (InputStream in = GoldenCsr.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("testkit resource " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
