package io.certflow.gateway.sectigo;

import java.util.Map;

/** Adds optional values to a Sectigo form: absent or blank values are left out, booleans become Y/N. */
final class FormParameters {

    private FormParameters() {
    }

    static void put(Map<String, String> form, String name, String value) {
        if (value != null && !value.isBlank()) {
            form.put(name, value);
        }
    }

    static void put(Map<String, String> form, String name, Integer value) {
        if (value != null) {
            form.put(name, value.toString());
        }
    }

    static void putYesNo(Map<String, String> form, String name, Boolean value) {
        if (value != null) {
            form.put(name, value ? "Y" : "N");
        }
    }
}
