package io.certflow.certstore.download;

import io.certflow.certstore.certificate.Certificate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The ways a stored certificate can be downloaded, each with its media type, its file name suffix and
 * its bytes; the path segment ({@code /certificates/{id}/pem}, {@code /downloads/{id}/pem}) is the
 * lower-case name. Every chain is leaf → root, in the order verification put it by issuer links.
 */
enum DownloadFormat {

    PEM(DownloadFormat.PEM_CHAIN, ".pem", certificate -> ascii(certificate.certificatePem())),
    CHAIN(DownloadFormat.PEM_CHAIN, "-chain.pem", certificate -> ascii(String.join("", certificate.chainPems()))),
    FULLCHAIN(DownloadFormat.PEM_CHAIN, "-fullchain.pem", certificate -> ascii(certificate.fullChainPem())),
    DER("application/pkix-cert", ".cer", certificate -> DownloadFormats.der(certificate.certificatePem())),
    P7B("application/pkcs7-mime", ".p7b", certificate -> DownloadFormats.pkcs7CertsOnly(
            Stream.concat(Stream.of(certificate.certificatePem()), certificate.chainPems().stream()).toList()));

    static final String PEM_CHAIN = "application/pem-certificate-chain";

    private final String contentType;
    private final String suffix;
    private final Function<Certificate, byte[]> body;

    DownloadFormat(String contentType, String suffix, Function<Certificate, byte[]> body) {
        this.contentType = contentType;
        this.suffix = suffix;
        this.body = body;
    }

    /** The format a path segment names, if any. */
    static Optional<DownloadFormat> named(String segment) {
        return Arrays.stream(values()).filter(format -> format.segment().equals(segment)).findFirst();
    }

    String segment() {
        return name().toLowerCase(Locale.ROOT);
    }

    String contentType() {
        return contentType;
    }

    String suffix() {
        return suffix;
    }

    byte[] body(Certificate certificate) {
        return body.apply(certificate);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
