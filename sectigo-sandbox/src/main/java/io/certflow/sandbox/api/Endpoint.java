package io.certflow.sandbox.api;

import java.util.EnumSet;
import java.util.Set;

import static io.certflow.sandbox.api.ResponseFormat.JSON;
import static io.certflow.sandbox.api.ResponseFormat.LINES;
import static io.certflow.sandbox.api.ResponseFormat.URL_ENCODED;

/**
 * The Sectigo-shaped endpoints with their parameters and response conventions. Parameters and
 * formats of the documented endpoints come from the texts; those of the endpoints the texts only
 * name are the sandbox's choice (README).
 */
public enum Endpoint {
    AUTO_APPLY_ORDER("!AutoApplyOrder", ApiParameters.AUTO_APPLY, LINES, EnumSet.of(LINES, URL_ENCODED)),
    AUTO_APPLY_SSL("!AutoApplySSL", ApiParameters.AUTO_APPLY, LINES, EnumSet.of(LINES, URL_ENCODED)),
    PLACE_ORDER("!PlaceOrder", ApiParameters.PLACE_ORDER, URL_ENCODED, EnumSet.of(URL_ENCODED)),
    AUTO_AUTHORIZE("!AutoAuthorize", ApiParameters.AUTO_AUTHORIZE, URL_ENCODED, EnumSet.of(URL_ENCODED, JSON)),
    AUTO_REPLACE_SMIME("!AutoReplaceSMIME", ApiParameters.REPLACE_SMIME, LINES, EnumSet.allOf(ResponseFormat.class)),
    AUTO_REPLACE_SSL("!AutoReplaceSSL", ApiParameters.REPLACE_SSL, LINES, EnumSet.allOf(ResponseFormat.class)),
    AUTO_REVOKE_SSL("!AutoRevokeSSL", ApiParameters.REVOKE, URL_ENCODED, EnumSet.of(URL_ENCODED, JSON)),
    COLLECT_SSL("download/CollectSSL", ApiParameters.COLLECT, URL_ENCODED, EnumSet.of(URL_ENCODED, JSON)),
    WEB_HOST_REPORT("!WebHostReport", ApiParameters.WEB_HOST_REPORT, URL_ENCODED, EnumSet.of(URL_ENCODED, JSON));

    private final String path;
    private final ParameterSpec parameters;
    private final ResponseFormat defaultFormat;
    private final Set<ResponseFormat> formats;

    Endpoint(String path, ParameterSpec parameters, ResponseFormat defaultFormat, Set<ResponseFormat> formats) {
        this.path = path;
        this.parameters = parameters;
        this.defaultFormat = defaultFormat;
        this.formats = formats;
    }

    /** The name as it appears after /products/. */
    public String path() {
        return path;
    }

    public ParameterSpec parameters() {
        return parameters;
    }

    public ResponseFormat defaultFormat() {
        return defaultFormat;
    }

    public boolean supports(ResponseFormat format) {
        return formats.contains(format);
    }

    /** PlaceOrder's text allows GET ("For GET requests, submit parameters in the query string"). */
    public boolean allowsGet() {
        return this == PLACE_ORDER;
    }

    /** PlaceOrder names the faulty parameter in errorItem and answers success as orderNumber=… alone. */
    public boolean returnsErrorItem() {
        return this == PLACE_ORDER;
    }

    public boolean omitsErrorCodeOnSuccess() {
        return this == PLACE_ORDER;
    }

    public boolean createsOrders() {
        return this == AUTO_APPLY_ORDER || this == AUTO_APPLY_SSL || this == PLACE_ORDER
                || this == AUTO_REPLACE_SSL || this == AUTO_REPLACE_SMIME;
    }

    public boolean autoApply() {
        return this == AUTO_APPLY_ORDER || this == AUTO_APPLY_SSL;
    }
}
