package io.certflow.sandbox.validation;

import io.certflow.sandbox.protocol.Errors;
import io.certflow.sandbox.protocol.Params;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** dcvMethod, dcvEmailAddress(es) and validationTokens with their magic tokens. */
public final class DcvRules {

    public static final Set<String> METHODS = Set.of("EMAIL", "HTTP_CSR_HASH", "HTTPS_CSR_HASH", "CNAME_CSR_HASH",
            "IP_ADDRESS_PRE");
    private static final Set<String> TOKENS = Set.of("HTTPCSRHASH", "HTTPSCSRHASH", "CNAMECSRHASH", "IPADDRESSPRE");
    private static final Set<String> MAGIC = Set.of("ALLHTTPCSRHASH", "ALLHTTPSCSRHASH", "ALLCNAMECSRHASH",
            "ALLIPADDRESSPRE");
    private static final Set<String> DCV_MAILBOXES = Set.of("admin", "administrator", "hostmaster", "postmaster",
            "webmaster");

    private DcvRules() {
    }

    public static void checkMethod(Params params) {
        Values.oneOf(params, "dcvMethod", METHODS);
    }

    /** True when some DCV choice validates IP addresses (IP_ADDRESS_PRE or an IPADDRESSPRE token). */
    public static boolean validatesIp(Params params) {
        String all = String.join(",", params.text("dcvMethod").orElse(""), params.text("dcvEmailAddresses")
                .orElse(""), params.text("validationTokens").orElse("")).toUpperCase(Locale.ROOT);
        return all.contains("IP_ADDRESS_PRE") || all.contains("IPADDRESSPRE");
    }

    /** The per-domain list must have one entry per domain, or be a single magic token alone. */
    public static void checkPerDomain(Params params, List<String> domains) {
        if (params.has("dcvEmailAddresses") && params.has("validationTokens")) {
            throw Errors.invalid("validationTokens");
        }
        for (String name : List.of("dcvEmailAddresses", "validationTokens")) {
            params.text(name).ifPresent(value -> checkEntries(name, split(value), domains.size()));
        }
    }

    private static void checkEntries(String name, List<String> entries, int domainCount) {
        boolean magic = entries.stream().anyMatch(e -> MAGIC.contains(e.toUpperCase(Locale.ROOT)));
        if (magic) {
            if (entries.size() != 1) {
                throw Errors.invalid(name);
            }
            return;
        }
        if (entries.size() != domainCount) {
            throw Errors.invalid(name);
        }
        for (String entry : entries) {
            if (!TOKENS.contains(entry.toUpperCase(Locale.ROOT)) && !Values.isEmail(entry)) {
                throw Errors.invalid(name);
            }
        }
    }

    /** A single-domain DCV email must be admin@, administrator@, hostmaster@, postmaster@ or webmaster@ the domain or a parent. */
    public static void checkDcvEmail(Params params, String commonName) {
        params.text("dcvEmailAddress").ifPresent(email -> {
            int at = email.indexOf('@');
            String domain = Names.baseDomain(commonName);
            String mailDomain = at < 0 ? "" : email.substring(at + 1).toLowerCase(Locale.ROOT);
            boolean acceptable = Values.isEmail(email)
                    && DCV_MAILBOXES.contains(email.substring(0, at).toLowerCase(Locale.ROOT))
                    && (domain.equals(mailDomain) || domain.endsWith("." + mailDomain))
                    && mailDomain.contains(".");
            if (!acceptable) {
                throw Errors.invalid("dcvEmailAddress");
            }
        });
    }

    public static List<String> split(String list) {
        return Arrays.stream(list.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
