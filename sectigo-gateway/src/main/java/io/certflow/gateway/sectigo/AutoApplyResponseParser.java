package io.certflow.gateway.sectigo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads both documented {@code !AutoApplyOrder} response formats: 1 (URL-encoded fields) and 0
 * (one value a line). Format 0 has no names, so the optional lines after the order number and cost
 * are told apart by what was asked for ({@code showCertificateID}, {@code showCertificateState});
 * the deprecated delivery-time line is skipped when present (the web text's sample omits it).
 */
final class AutoApplyResponseParser {

    private final boolean certificateIdRequested;
    private final boolean certificateStateRequested;

    public AutoApplyResponseParser(boolean certificateIdRequested, boolean certificateStateRequested) {
        this.certificateIdRequested = certificateIdRequested;
        this.certificateStateRequested = certificateStateRequested;
    }

    public AutoApplyAnswer parse(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new UnreadableAnswerException("empty answer");
        }
        return text.startsWith("errorCode=") || text.contains("&errorCode=") ? urlEncoded(text) : lines(text);
    }

    private static AutoApplyAnswer urlEncoded(String text) {
        FormAnswer f = FormAnswer.parse(text);
        int code = code(f.first("errorCode"));
        if (code < 0) {
            return AutoApplyAnswer.error(code, f.first("errorMessage"));
        }
        return new AutoApplyAnswer(code, f.first("errorMessage"), required(f.first("orderNumber"), "orderNumber"),
                amount(f.first("totalCost")), f.first("certificateID"), f.first("certificateStatus"),
                f.first("uniqueValue"));
    }

    private AutoApplyAnswer lines(String text) {
        List<String> lines = new ArrayList<>(Arrays.stream(text.split("\\r?\\n")).map(String::strip).toList());
        int code = code(lines.get(0));
        if (code < 0) {
            return AutoApplyAnswer.error(code, lines.size() > 1 ? lines.get(1) : null);
        }
        if (lines.size() < 2) {
            throw new UnreadableAnswerException("success without an order number");
        }
        String orderNumber = required(lines.get(1), "order number");
        BigDecimal cost = lines.size() > 2 ? amount(lines.get(2)) : null;
        List<String> rest = lines.size() > 3 ? lines.subList(3, lines.size()) : List.of();
        if (!rest.isEmpty() && rest.get(0).matches("\\d{1,3}")) {
            rest = rest.subList(1, rest.size());
        }
        int next = 0;
        String certificateId = certificateIdRequested && next < rest.size() ? rest.get(next++) : null;
        String certificateState = certificateStateRequested && next < rest.size() ? rest.get(next++) : null;
        String uniqueValue = next < rest.size() ? rest.get(next) : null;
        return new AutoApplyAnswer(code, null, orderNumber, cost, certificateId, certificateState, uniqueValue);
    }

    private static int code(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (RuntimeException e) {
            throw new UnreadableAnswerException("status code is not a number");
        }
    }

    private static BigDecimal amount(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new UnreadableAnswerException("cost is not a number");
        }
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new UnreadableAnswerException("success without " + what);
        }
        return value.strip();
    }
}
