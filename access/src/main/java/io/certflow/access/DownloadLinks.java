package io.certflow.access;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Links that let a customer fetch their certificate without a token: {@code /downloads/{id}/{format}}
 * with an expiry and an HMAC-SHA256 over the three, keyed by a secret only the notifier (which writes
 * the link into the email) and cert-store (which serves it) hold. The link grants one format of one
 * certificate until it expires, nothing else; a changed id, format or expiry breaks the signature.
 */
@Singleton
@Requires(property = "certflow.download-links.secret")
public class DownloadLinks {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final DownloadLinkProperties properties;

    public DownloadLinks(DownloadLinkProperties properties) {
        if (properties.secret() == null || properties.secret().isBlank()) {
            throw new IllegalStateException("certflow.download-links.secret (DOWNLOAD_LINK_SECRET) is not set");
        }
        this.key = new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.properties = properties;
    }

    /** The path and query of a link written at {@code now}, to append to cert-store's public URL. */
    public String signedPath(UUID certificateId, String format, Instant now) {
        long expires = now.plus(properties.validity()).getEpochSecond();
        return "/downloads/" + certificateId + "/" + format + "?expires=" + expires
                + "&signature=" + signature(certificateId, format, expires);
    }

    /** Whether a link's signature is genuine and it has not expired at {@code now}. */
    public boolean isValid(UUID certificateId, String format, long expires, String signature, Instant now) {
        if (signature == null || now.getEpochSecond() >= expires) {
            return false;
        }
        byte[] expected = signature(certificateId, format, expires).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(UUID certificateId, String format, long expires) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((certificateId + "\n" + format + "\n" + expires)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
