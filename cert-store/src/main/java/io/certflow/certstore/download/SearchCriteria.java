package io.certflow.certstore.download;

import io.certflow.events.FieldError;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code GET /certificates?orderId=…&domain=…&expiringBefore=…}: at least one filter; several are
 * combined (AND). Every parameter is checked before the query runs, and each bad one is named.
 *
 * @param domain         a host name, lower case, without trailing dot; a certificate matches when one
 *                       of its SANs is this name or the wildcard covering it ({@code *.example.com}
 *                       for {@code www.example.com})
 * @param expiringBefore certificates whose notAfter is before this instant
 */
record SearchCriteria(@Nullable UUID orderId, @Nullable String domain, @Nullable Instant expiringBefore) {

    private static final Pattern HOST = Pattern.compile(
            "(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final int MAX_HOST = 253;

    static SearchCriteria parse(@Nullable String orderId, @Nullable String domain, @Nullable String expiringBefore) {
        List<FieldError> errors = new ArrayList<>();
        SearchCriteria criteria = new SearchCriteria(uuid(orderId, errors), host(domain, errors),
                instant(expiringBefore, errors));
        if (errors.isEmpty() && criteria.orderId == null && criteria.domain == null && criteria.expiringBefore == null) {
            errors.add(new FieldError("orderId", "one of orderId, domain or expiringBefore is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return criteria;
    }

    /** The SAN values that match {@link #domain}: itself and the wildcard one level up. */
    List<String> matchingNames() {
        int dot = domain.indexOf('.');
        if (domain.startsWith("*.") || dot < 0 || domain.indexOf('.', dot + 1) < 0) {
            return List.of(domain);
        }
        return List.of(domain, "*" + domain.substring(dot));
    }

    @Nullable
    private static UUID uuid(@Nullable String value, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("orderId", "is not a UUID"));
            return null;
        }
    }

    @Nullable
    private static String host(@Nullable String value, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        String host = value.trim().toLowerCase(Locale.ROOT);
        host = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (host.length() > MAX_HOST || !HOST.matcher(host).matches()) {
            errors.add(new FieldError("domain", "is not a host name (e.g. shop.example.com or *.example.com)"));
            return null;
        }
        return host;
    }

    @Nullable
    private static Instant instant(@Nullable String value, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("expiringBefore", "is not an ISO-8601 instant (e.g. 2027-01-31T00:00:00Z)"));
            return null;
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
