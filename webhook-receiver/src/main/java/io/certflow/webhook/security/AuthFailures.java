package io.certflow.webhook.security;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Refused credentials on the push routes: logged with the client's address and nothing it sent (no
 * user name, password or {@code Authorization} header: a mistyped password is often a real one), and
 * counted for {@code /health} ({@code pushAuthFailures}), the service having no metrics registry.
 */
@Singleton
public class AuthFailures {

    private static final Logger LOG = LoggerFactory.getLogger(AuthFailures.class);

    private final AtomicLong count = new AtomicLong();

    void record(InetAddress client, boolean credentialsSent) {
        long total = count.incrementAndGet();
        LOG.warn("Push refused from {}: {} (authentication failures so far: {})", client.getHostAddress(),
                credentialsSent ? "wrong credentials" : "no Basic credentials", total);
    }

    public long count() {
        return count.get();
    }
}
