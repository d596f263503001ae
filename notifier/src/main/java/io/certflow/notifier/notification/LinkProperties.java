package io.certflow.notifier.notification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.UUID;

/**
 * Public addresses put into emails, under {@code certflow.notifier.links}.
 *
 * @param certStorePublicUrl cert-store's base URL as customers reach it
 */
@ConfigurationProperties("certflow.notifier.links")
public record LinkProperties(@Bindable(defaultValue = "http://localhost:8084") String certStorePublicUrl) {

    public String fullChainDownload(UUID certificateId) {
        String base = certStorePublicUrl.endsWith("/")
                ? certStorePublicUrl.substring(0, certStorePublicUrl.length() - 1) : certStorePublicUrl;
        return base + "/certificates/" + certificateId + "/fullchain";
    }
}
