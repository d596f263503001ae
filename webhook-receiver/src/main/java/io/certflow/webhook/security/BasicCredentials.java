package io.certflow.webhook.security;

import io.micronaut.core.annotation.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Checks an {@code Authorization: Basic …} header against the configured credentials. Both sides
 * are hashed before a constant-time comparison, so neither the content nor the length of the secret
 * leaks through timing; username and password are always both compared.
 */
public final class BasicCredentials {

    private static final String PREFIX = "basic ";

    private final byte[] expectedUser;
    private final byte[] expectedPassword;

    public BasicCredentials(@Nullable String username, @Nullable String password) {
        boolean configured = username != null && !username.isBlank() && password != null && !password.isBlank();
        this.expectedUser = configured ? sha256(username) : null;
        this.expectedPassword = configured ? sha256(password) : null;
    }

    public boolean accepts(@Nullable String authorization) {
        if (expectedUser == null || authorization == null || authorization.length() <= PREFIX.length()
                || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(PREFIX.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        boolean user = MessageDigest.isEqual(expectedUser, sha256(decoded.substring(0, colon)));
        boolean password = MessageDigest.isEqual(expectedPassword, sha256(decoded.substring(colon + 1)));
        return user & password;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
