package io.certflow.sandbox.api;

import io.certflow.sandbox.calls.CallLog;
import io.certflow.sandbox.config.RuntimeSettings;
import io.certflow.sandbox.fault.CallLimiter;
import io.certflow.sandbox.fault.FaultSwitchboard;
import io.certflow.sandbox.protocol.Errors;
import io.certflow.sandbox.protocol.Params;
import io.certflow.sandbox.protocol.SectigoException;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.netty.NettyHttpRequest;
import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Every Sectigo-shaped call goes through here: faults, method and HTTPS checks, call limit,
 * unknown arguments, then the endpoint's handler, the call log and the rendering.
 */
@Singleton
public class SectigoApi {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SectigoApi.class);

    private final Map<Endpoint, EndpointHandler> handlers = new EnumMap<>(Endpoint.class);
    private final ResponseRenderer renderer;
    private final FaultSwitchboard faults;
    private final CallLimiter limiter;
    private final RuntimeSettings settings;
    private final CallLog calls;

    public SectigoApi(List<EndpointHandler> handlerBeans, ResponseRenderer renderer, FaultSwitchboard faults,
                      CallLimiter limiter, RuntimeSettings settings, CallLog calls) {
        handlerBeans.forEach(handler -> handler.endpoints().forEach(endpoint -> handlers.put(endpoint, handler)));
        this.renderer = renderer;
        this.faults = faults;
        this.limiter = limiter;
        this.settings = settings;
        this.calls = calls;
    }

    public MutableHttpResponse<?> call(Endpoint endpoint, HttpRequest<?> request, String body) {
        Params params = Params.parse(request.getUri().getRawQuery(), body);
        String method = request.getMethodName();
        addLatency();
        if (faults.http5xx()) {
            int status = faults.settings().http5xxStatus();
            calls.record(method, endpoint.path(), request.getUri().getRawQuery(), params.redacted(), null, status, "HTTP_ERROR", null);
            return HttpResponse.status(HttpStatus.valueOf(status)).body("Service temporarily unavailable");
        }
        ResponseFormat format;
        SectigoResponse response;
        try {
            format = ResponseFormats.requested(endpoint, params);
            response = process(endpoint, request, params);
        } catch (SectigoException e) {
            format = ResponseFormats.requestedOrDefault(endpoint, params);
            response = SectigoResponse.error(ErrorDialect.of(endpoint, e.error()));
        } catch (RuntimeException e) {
            LOG.error("Unexpected failure in {}; answering -14", endpoint.path(), e);
            format = ResponseFormats.requestedOrDefault(endpoint, params);
            response = SectigoResponse.error(Errors.unknownError().error());
        }
        String orderNumber = orderNumberOf(response);
        if (response.code() >= 0 && endpoint.createsOrders() && faults.takeDropResponse()) {
            calls.record(method, endpoint.path(), request.getUri().getRawQuery(), params.redacted(), response.code(), 0, "DROPPED", orderNumber);
            return dropConnection(request);
        }
        calls.record(method, endpoint.path(), request.getUri().getRawQuery(), params.redacted(), response.code(), 200, "ANSWERED", orderNumber);
        return render(endpoint, params, response, format);
    }

    private MutableHttpResponse<?> render(Endpoint endpoint, Params params, SectigoResponse response,
                                          ResponseFormat format) {
        return PlaceOrderRedirect.target(endpoint, params, response)
                .<MutableHttpResponse<?>>map(url -> HttpResponse.status(HttpStatus.FOUND).header("Location",
                        url + (url.contains("?") ? "&" : "?") + renderer.urlEncoded(response, endpoint)))
                .orElseGet(() -> renderer.render(response, format, endpoint));
    }

    private SectigoResponse process(Endpoint endpoint, HttpRequest<?> request, Params params) {
        if (request.getMethod() == HttpMethod.GET && !endpoint.allowsGet()) {
            throw Errors.getInsteadOfPost();
        }
        if (Boolean.TRUE.equals(settings.get().requireHttps()) && !secure(request)) {
            throw Errors.notHttps();
        }
        if (faults.takeCallLimit()) {
            throw Errors.callLimit();
        }
        if (faults.takeUnknownError()) {
            throw Errors.unknownError();
        }
        if (!limiter.allow(params.get("loginName").orElse(""))) {
            throw Errors.callLimit();
        }
        endpoint.parameters().firstUnknown(params).ifPresent(name -> {
            throw Errors.unknownArgument(name);
        });
        return handlers.get(endpoint).handle(endpoint, params);
    }

    private static boolean secure(HttpRequest<?> request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }

    private void addLatency() {
        long latency = faults.settings().latencyMs();
        if (latency > 0) {
            try {
                TimeUnit.MILLISECONDS.sleep(latency);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The caller sees the connection close without an answer, though the order exists. */
    private static MutableHttpResponse<?> dropConnection(HttpRequest<?> request) {
        if (request instanceof NettyHttpRequest<?> netty) {
            netty.getChannelHandlerContext().channel().close();
        }
        return HttpResponse.status(HttpStatus.GATEWAY_TIMEOUT);
    }

    private static String orderNumberOf(SectigoResponse response) {
        return response.fields().stream()
                .filter(f -> f.name().equals("orderNumber") || f.name().equals("newOrderNumber"))
                .map(SectigoResponse.Field::value).findFirst().orElse(null);
    }
}
