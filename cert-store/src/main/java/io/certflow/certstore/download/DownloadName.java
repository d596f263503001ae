package io.certflow.certstore.download;

import io.certflow.certstore.certificate.Certificate;

import java.util.regex.Pattern;

/**
 * The file name offered with a download ({@code Content-Disposition}): the certificate's first
 * subject alternative name (host name or mailbox), e.g. {@code shop.example.com.p7b}; a wildcard
 * becomes {@code star.example.com}. Only safe characters survive, so no name from a certificate can
 * break the header or a path.
 */
final class DownloadName {

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._@-]");
    private static final int MAX_LENGTH = 100;

    private DownloadName() {
    }

    static String of(Certificate certificate, String suffix) {
        String name = certificate.subjectAlternativeNames().isEmpty() ? certificate.serialNumber()
                : certificate.subjectAlternativeNames().get(0);
        String safe = UNSAFE.matcher(name.replace("*", "star")).replaceAll("_");
        while (safe.startsWith(".")) {
            safe = safe.substring(1);
        }
        if (safe.length() > MAX_LENGTH) {
            safe = safe.substring(0, MAX_LENGTH);
        }
        return (safe.isEmpty() ? certificate.serialNumber() : safe) + suffix;
    }

    static String attachment(Certificate certificate, String suffix) {
        return "attachment; filename=\"" + of(certificate, suffix) + "\"";
    }
}
