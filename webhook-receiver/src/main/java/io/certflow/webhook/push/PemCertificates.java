package io.certflow.webhook.push;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits PEM text into its {@code CERTIFICATE} blocks and checks that each one is an X.509
 * certificate. This is a well-formedness check only: whether the certificate is trustworthy is
 * cert-store's question.
 */
final class PemCertificates {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+)-----END CERTIFICATE-----");

    private PemCertificates() {
    }

    /**
     * @return the blocks as received (line ends normalized to {@code \n}, each ending with one), or
     *         empty when the text holds anything else than certificate blocks or a block does not parse
     */
    static Optional<List<String>> split(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        Matcher matcher = BLOCK.matcher(normalized);
        List<String> blocks = new ArrayList<>();
        int end = 0;
        while (matcher.find()) {
            if (!normalized.substring(end, matcher.start()).isBlank() || !parses(matcher.group(1))) {
                return Optional.empty();
            }
            blocks.add(matcher.group() + "\n");
            end = matcher.end();
        }
        if (blocks.isEmpty() || !normalized.substring(end).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(blocks));
    }

    private static boolean parses(String base64) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64.trim());
            CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
            return true;
        } catch (IllegalArgumentException | CertificateException e) {
            return false;
        }
    }
}
