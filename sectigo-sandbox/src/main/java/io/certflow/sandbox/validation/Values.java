package io.certflow.sandbox.validation;

import io.certflow.sandbox.protocol.Errors;
import io.certflow.sandbox.protocol.Params;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Value rules shared by the endpoints: Y/N flags, integers, emails, countries. */
public final class Values {

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Values() {
    }

    public static String required(Params params, String name) {
        return params.text(name).orElseThrow(() -> Errors.missing(name));
    }

    public static void yesNo(Params params, String... names) {
        for (String name : names) {
            params.text(name).filter(v -> !v.equalsIgnoreCase("Y") && !v.equalsIgnoreCase("N"))
                    .ifPresent(v -> {
                        throw Errors.invalid(name);
                    });
        }
    }

    public static Optional<Integer> integer(Params params, String name) {
        return params.text(name).map(v -> {
            if (!v.matches("-?[0-9]{1,9}")) {
                throw Errors.invalid(name);
            }
            return Integer.parseInt(v);
        });
    }

    public static Optional<Integer> integerIn(Params params, String name, Set<Integer> allowed) {
        Optional<Integer> value = integer(params, name);
        value.filter(v -> !allowed.contains(v)).ifPresent(v -> {
            throw Errors.invalid(name);
        });
        return value;
    }

    public static void oneOf(Params params, String name, Set<String> allowed) {
        params.text(name).filter(v -> !allowed.contains(v.toUpperCase(Locale.ROOT))).ifPresent(v -> {
            throw Errors.invalid(name);
        });
    }

    public static boolean isEmail(String value) {
        return value != null && value.length() <= 255 && EMAIL.matcher(value).matches();
    }

    /** -4 for a malformed address ({@code none} is allowed where the text allows it). */
    public static void email(Params params, String name, boolean noneAllowed) {
        params.text(name).filter(v -> !(noneAllowed && v.equalsIgnoreCase("none")) && !isEmail(v))
                .ifPresent(v -> {
                    throw Errors.invalid(name);
                });
    }

    public static boolean isCountry(String value) {
        return value != null && COUNTRIES.contains(value);
    }

    public static void country(Params params, String name) {
        params.text(name).filter(v -> !isCountry(v)).ifPresent(v -> {
            throw Errors.badCountry(v, name);
        });
    }
}
