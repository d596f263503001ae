package io.certflow.webhook.support;

import io.certflow.testkit.http.Forms;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Push requests an attacker (or a confused Sectigo) could send, each made from one seed: Sectigo's
 * parameter names in any case and unknown ones, values of every kind (empty, huge, unicode, broken
 * percent-encoding, PEM-like text, repeated), sometimes a valid push with one field replaced. Every
 * request stays below the server's 256KB limit: a larger one is answered 413 and its connection
 * closed, which {@code MalformedPushTest} covers and which would only break the client's next request.
 */
public final class HostilePushes {

    private static final List<String> NAMES = List.of("orderNumber", "certificateID", "status", "statusCode",
            "statusDesc", "verificationCode", "eventType", "certificate", "caCertificate", "ORDERNUMBER", "Status");
    private static final List<String> STATUSES = List.of("issued", "revoked", "replaced", "failed", "rejected",
            "verified", "click-through", "awaitingbrandvalidation", "ISSUED", "", "exploded");
    private static final String ODD = "\u0000\u202e\u200b\ufeff\ud83d\ude00\ud800é漢\\\"'<>&=%+#;\n\r\t";
    private static final String PEM = Certificates.chainFor("fuzz.example.com").leafPem();

    /** A push: GET (query) or POST (form body). */
    public record Request(boolean post, String form) {
    }

    private HostilePushes() {
    }

    public static Request from(long seed) {
        Random random = new Random(seed);
        String form = random.nextInt(4) == 0 ? mutatedValidPush(random) : randomForm(random);
        // A lone surrogate has no UTF-8 bytes to send: the HTTP client would fail, not the server.
        return new Request(random.nextInt(3) > 0, new String(form.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8));
    }

    private static String mutatedValidPush(Random random) {
        return Pushes.of(STATUSES.get(random.nextInt(STATUSES.size())), random.nextInt(20), "fuzz")
                .with(NAMES.get(random.nextInt(NAMES.size())), value(random)).encoded();
    }

    private static String randomForm(Random random) {
        StringBuilder form = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            if (!form.isEmpty()) {
                form.append(random.nextInt(10) == 0 ? "&&" : "&");
            }
            String name = random.nextInt(5) == 0 ? text(random, 1 + random.nextInt(10))
                    : NAMES.get(random.nextInt(NAMES.size()));
            form.append(random.nextInt(8) == 0 ? name : Forms.encode(name) + "=" + encodedValue(random));
        }
        return form.toString();
    }

    private static String encodedValue(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "%" + text(random, random.nextInt(3));
            case 1 -> text(random, random.nextInt(40)).replace("&", "");
            default -> Forms.encode(value(random));
        };
    }

    private static String value(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> "";
            case 1 -> STATUSES.get(random.nextInt(STATUSES.size()));
            case 2 -> String.valueOf(random.nextLong());
            case 3 -> "x".repeat(random.nextInt(16_000));
            case 4 -> PEM.substring(0, random.nextInt(PEM.length()));
            case 5 -> PEM.repeat(1 + random.nextInt(10));
            case 6 -> Pushes.newOrderNumber();
            default -> text(random, random.nextInt(200));
        };
    }

    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(3) == 0 ? ODD.charAt(random.nextInt(ODD.length()))
                    : (char) (32 + random.nextInt(95)));
        }
        return text.toString();
    }
}
