package io.certflow.webhook.push;

import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.uri.UriBuilder;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The link a customer follows to act on a {@code verified} (OV callback) or {@code click-through}
 * (EV) push, as section 6 of the v2.0 text prints it. Built here because only the push carries the
 * verification code. The text gives EV orders one link for click-through and callback alike, so a
 * {@code verified} push of an order that had a {@code click-through} push (an EV order) gets the EV
 * link. Created with the context, so a malformed base URL stops the service at start.
 */
@Context
public class NextStepLinks {

    static final String DEFAULT_BASE_URL = "https://secure.trust-provider.com";

    private final String baseUrl;

    public NextStepLinks(SectigoWebProperties properties) {
        this.baseUrl = validated(properties.webBaseUrl());
    }

    /** Whether {@link #of} needs to know if the order is an EV one. */
    boolean dependsOnEv(Push push) {
        return push.status() == SectigoStatus.VERIFIED && push.verificationCode() != null;
    }

    /**
     * The link for this push, or empty when its status asks nothing of the customer or no code came.
     *
     * @param evOrder whether the order had a {@code click-through} push before
     */
    Optional<String> of(Push push, boolean evOrder) {
        if (push.verificationCode() == null) {
            return Optional.empty();
        }
        SectigoStatus page = evOrder && push.status() == SectigoStatus.VERIFIED ? SectigoStatus.CLICK_THROUGH
                : push.status();
        return page.nextStepPath().map(path -> UriBuilder.of(baseUrl + path)
                .queryParam("orderNumber", push.orderNumber())
                .queryParam("code2", push.verificationCode()).build().toString());
    }

    private static String validated(@Nullable String configured) {
        String value = configured == null || configured.isBlank() ? DEFAULT_BASE_URL : configured.trim();
        try {
            URI uri = new URI(value);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw invalid(value, null);
            }
        } catch (URISyntaxException e) {
            throw invalid(value, e);
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private static IllegalStateException invalid(String value, @Nullable Exception cause) {
        return new IllegalStateException("SECTIGO_WEB_BASE_URL (certflow.webhook.sectigo.web-base-url) must be an "
                + "http(s) URL without query, e.g. " + DEFAULT_BASE_URL + "; got '" + value + "'", cause);
    }
}
