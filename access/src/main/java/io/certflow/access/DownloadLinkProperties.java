package io.certflow.access;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The signed download links of the "issued" email, under {@code certflow.download-links}. The notifier
 * signs and cert-store checks, so both must hold the same secret.
 *
 * @param secret   the HMAC key ({@code DOWNLOAD_LINK_SECRET}); a service that signs or checks links
 *                 refuses to start without it outside development
 * @param validity how long a link works after the email is written
 */
@ConfigurationProperties("certflow.download-links")
public record DownloadLinkProperties(String secret, @Bindable(defaultValue = "P30D") Duration validity) {
}
