package io.certflow.notifier.notification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Public addresses put into emails, under {@code certflow.notifier.links}.
 *
 * @param certStorePublicUrl cert-store's base URL as customers reach it
 */
@ConfigurationProperties("certflow.notifier.links")
public record LinkProperties(@Bindable(defaultValue = "http://localhost:8084") String certStorePublicUrl) {

    /** {@code pathAndQuery} (starting with {@code /}) on cert-store's public URL, with or without its trailing slash. */
    public String certStore(String pathAndQuery) {
        String base = certStorePublicUrl.endsWith("/")
                ? certStorePublicUrl.substring(0, certStorePublicUrl.length() - 1) : certStorePublicUrl;
        return base + pathAndQuery;
    }
}
