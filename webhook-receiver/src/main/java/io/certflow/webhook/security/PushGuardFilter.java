package io.certflow.webhook.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;

/**
 * Admits a request to a {@link PushGuarded} route only from an allowed address (else 403, checked
 * first), within that address's rate (else 429, so a flood costs neither a password check nor a
 * database connection) and with the configured Basic credentials (else 401). It runs after routing
 * but before the body is bound, so a refused push is never read, validated or stored. Created with the context
 * ({@link Context}), so a malformed allowlist stops the service at start, not at the first push.
 */
@Context
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class PushGuardFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(PushGuardFilter.class);
    static final String CHALLENGE = "Basic realm=\"sectigo-push\"";

    private final IpRanges allowed;
    private final ClientAddresses clients;
    private final BasicCredentials credentials;
    private final PushRateLimiter rate;
    private final AuthFailures failures;

    public PushGuardFilter(PushProperties properties, PushRateProperties rate, AuthFailures failures) {
        this.allowed = IpRanges.parse(properties.allowedIps());
        this.clients = new ClientAddresses(IpRanges.parse(properties.trustedProxies()));
        this.credentials = new BasicCredentials(properties.username(), properties.password());
        this.rate = new PushRateLimiter(rate, System::nanoTime);
        this.failures = failures;
        if (!properties.credentialsConfigured()) {
            LOG.warn("PUSH_USERNAME / PUSH_PASSWORD are not set: every Sectigo push is refused with 401");
        }
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> guard(HttpRequest<?> request, RouteMatch<?> route) {
        if (!route.getAnnotationMetadata().hasStereotype(PushGuarded.class)) {
            return null;
        }
        InetAddress client = client(request);
        if (client == null || !allowed.contains(client)) {
            LOG.warn("Push refused: source address {} is not allowed", client == null ? "unparseable" : client);
            return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN_TYPE)
                    .body("source address not allowed");
        }
        Optional<Duration> wait = rate.acquire(client);
        if (wait.isPresent()) {
            return tooManyRequests(wait.get());
        }
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (!credentials.accepts(authorization)) {
            failures.record(client, authorization != null);
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                    .contentType(MediaType.TEXT_PLAIN_TYPE).body("authentication required");
        }
        return null;
    }

    private static HttpResponse<?> tooManyRequests(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .contentType(MediaType.TEXT_PLAIN_TYPE).body("too many pushes, retry later");
    }

    @Nullable
    private InetAddress client(HttpRequest<?> request) {
        InetSocketAddress peer = request.getRemoteAddress();
        if (peer == null || peer.getAddress() == null) {
            return null;
        }
        return clients.resolve(peer.getAddress(), request.getHeaders().getAll("X-Forwarded-For"));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order();
    }
}
