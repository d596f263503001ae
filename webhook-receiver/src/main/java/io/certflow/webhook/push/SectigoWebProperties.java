package io.certflow.webhook.push;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Sectigo's customer-facing web site, where the OV callback and EV click-through pages live.
 *
 * @param webBaseUrl scheme and host, e.g. {@code https://secure.trust-provider.com} ({@code SECTIGO_WEB_BASE_URL})
 */
@ConfigurationProperties("certflow.webhook.sectigo")
public record SectigoWebProperties(@Nullable String webBaseUrl) {
}
