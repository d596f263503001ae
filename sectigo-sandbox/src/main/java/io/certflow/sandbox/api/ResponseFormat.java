package io.certflow.sandbox.api;

/** Sectigo's {@code responseFormat}: 0 newline lines, 1 URL-encoded, 2 JSON. */
public enum ResponseFormat {
    LINES, URL_ENCODED, JSON;

    public static ResponseFormat ofCode(int code) {
        return values()[code];
    }
}
