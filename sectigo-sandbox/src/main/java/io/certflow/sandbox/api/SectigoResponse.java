package io.certflow.sandbox.api;

import io.certflow.sandbox.protocol.SectigoError;

import java.util.ArrayList;
import java.util.List;

/**
 * What an endpoint answers, before it is rendered: the status code, an optional error, and the
 * named fields in the order Sectigo documents them. Format 0 prints the field values, one a line.
 */
public record SectigoResponse(int code, SectigoError error, List<Field> fields, Binary binary) {

    public record Field(String name, String value, boolean lineInFormat0) {
    }

    /** A raw download (CollectSSL with responseEncoding=1). */
    public record Binary(String contentType, byte[] content) {
    }

    public static SectigoResponse error(SectigoError error) {
        return new SectigoResponse(error.code(), error, List.of(), null);
    }

    public static SectigoResponse binary(String contentType, byte[] content) {
        return new SectigoResponse(0, null, List.of(), new Binary(contentType, content));
    }

    public static Builder success(int code) {
        return new Builder(code);
    }

    public static final class Builder {
        private final int code;
        private final List<Field> fields = new ArrayList<>();
        private SectigoError message;

        private Builder(int code) {
            this.code = code;
        }

        public Builder field(String name, Object value) {
            fields.add(new Field(name, String.valueOf(value), true));
            return this;
        }

        public Builder fieldIf(boolean condition, String name, Object value) {
            return condition ? field(name, value) : this;
        }

        /** A field that formats 1 and 2 carry but the line-based format 0 does not print. */
        public Builder namedOnly(String name, Object value) {
            fields.add(new Field(name, String.valueOf(value), false));
            return this;
        }

        /** A message on a non-negative code (errorCode=1 "payment required"). */
        public Builder message(String text) {
            this.message = new SectigoError(code, text, null);
            return this;
        }

        public SectigoResponse build() {
            return new SectigoResponse(code, message, List.copyOf(fields), null);
        }
    }
}
