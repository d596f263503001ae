package io.certflow.gateway.sectigo;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Finds the replacement orders Sectigo made of an order, for a replacement whose answer was lost:
 * AutoReplace* takes no foreignOrderNumber, so the order is looked for by Sectigo's numbering of
 * replacements ({@code <orderNumber>repl#<n>}, as in the v2.0 text's push example), among orders placed
 * since the first attempt, with {@code !WebHostReport}.
 */
@Singleton
class ReplacementLookup {

    static final int CANDIDATES = 20;
    private static final String SEPARATOR = "repl#";

    private final SectigoClient client;

    ReplacementLookup(SectigoClient client) {
        this.client = client;
    }

    /** The replacements' order numbers, newest first; empty when the report could not be had. */
    Optional<List<String>> replacementsOf(UUID orderId, String replacedNumber, Instant since) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("orderNumber", IntStream.rangeClosed(1, CANDIDATES).mapToObj(n -> replacedNumber + SEPARATOR + n)
                .collect(Collectors.joining(",")));
        parameters.put("notBefore", String.valueOf(since.minusSeconds(60).getEpochSecond()));
        parameters.put("responseFormat", "1");
        FormAnswer report = FormAnswer.of(client.post(orderId, ForeignOrderLookup.ENDPOINT, parameters));
        try {
            if (report.failed() || report.errorCode(-14) < 0) {
                return Optional.empty();
            }
            int results = Integer.parseInt(report.first("noOfResults") == null ? "0" : report.first("noOfResults"));
            return Optional.of(IntStream.rangeClosed(1, results).mapToObj(i -> report.first(i + "_orderNumber"))
                    .filter(n -> n != null && n.startsWith(replacedNumber + SEPARATOR))
                    .sorted(Comparator.comparingInt((String n) -> sequence(n, replacedNumber)).reversed()).toList());
        } catch (NumberFormatException | UnreadableAnswerException e) {
            return Optional.empty();
        }
    }

    private static int sequence(String number, String replacedNumber) {
        return Integer.parseInt(number.substring(replacedNumber.length() + SEPARATOR.length()));
    }
}
