package io.certflow.sandbox.api;

import io.certflow.sandbox.protocol.Params;
import java.util.Set;

/** The business part of one or more endpoints, after the common checks of {@link SectigoApi}. */
public interface EndpointHandler {

    Set<Endpoint> endpoints();

    SectigoResponse handle(Endpoint endpoint, Params params);
}
