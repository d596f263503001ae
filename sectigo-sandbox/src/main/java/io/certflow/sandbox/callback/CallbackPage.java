package io.certflow.sandbox.callback;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;

/** The small HTML page a customer sees after following a callback / click-through link. */
final class CallbackPage {

    private CallbackPage() {
    }

    static HttpResponse<String> of(HttpStatus status, String message) {
        String text = escape(message);
        String html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Sectigo Sandbox</title></head>"
                + "<body><h1>Sectigo Sandbox</h1><p>" + text + "</p></body></html>\n";
        return HttpResponse.<String>status(status).contentType(MediaType.TEXT_HTML_TYPE).body(html);
    }

    /** The order number comes from the query string: never echo it unescaped. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
