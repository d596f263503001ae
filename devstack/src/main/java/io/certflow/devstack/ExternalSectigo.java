package io.certflow.devstack;

import java.util.Map;
import java.util.Objects;

/** A real Sectigo (or any Sectigo-shaped API) to use instead of the sandbox. */
public record ExternalSectigo(String baseUrl, String loginName, String loginPassword) {

    public ExternalSectigo {
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /**
     * From {@code SECTIGO_BASE_URL}, {@code SECTIGO_LOGIN_NAME}, {@code SECTIGO_LOGIN_PASSWORD}; null
     * without a URL.
     */
    static ExternalSectigo fromEnvironment(Map<String, String> environment) {
        String baseUrl = environment.get("SECTIGO_BASE_URL");
        if (baseUrl == null || baseUrl.isBlank()) {
            return null;
        }
        return new ExternalSectigo(baseUrl, environment.get("SECTIGO_LOGIN_NAME"),
                environment.get("SECTIGO_LOGIN_PASSWORD"));
    }

    /** The password never reaches a log or the console. */
    @Override
    public String toString() {
        return "ExternalSectigo[baseUrl=" + baseUrl + ", loginName=" + loginName + ", loginPassword=****]";
    }
}
