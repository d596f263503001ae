package io.certflow.gateway.sectigo;

import io.micronaut.core.annotation.Nullable;

/** Whether Sectigo revoked the certificate, or why not ({@code error}). */
public record RevocationAnswer(boolean revoked, @Nullable SectigoError error) {

    public static RevocationAnswer done() {
        return new RevocationAnswer(true, null);
    }

    public static RevocationAnswer failed(SectigoError error) {
        return new RevocationAnswer(false, error);
    }
}
