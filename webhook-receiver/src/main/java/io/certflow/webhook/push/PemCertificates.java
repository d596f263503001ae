package io.certflow.webhook.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits PEM text into its {@code CERTIFICATE} blocks, so that each CA certificate travels as a PEM of
 * its own and the leaf can be counted. Text only: the receiver passes certificates on as received and
 * never decodes them; whether a block is a valid, trustworthy certificate is cert-store's question
 * (it quarantines an unparseable one as {@code UNPARSEABLE}).
 */
final class PemCertificates {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+)-----END CERTIFICATE-----");

    private PemCertificates() {
    }

    /**
     * @return the blocks as received (line ends normalized to {@code \n}, each ending with one), or
     *         empty when the text holds anything else than certificate blocks of Base-64 characters
     */
    static Optional<List<String>> split(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        Matcher matcher = BLOCK.matcher(normalized);
        List<String> blocks = new ArrayList<>();
        int end = 0;
        while (matcher.find()) {
            if (!normalized.substring(end, matcher.start()).isBlank() || matcher.group(1).isBlank()) {
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
}
