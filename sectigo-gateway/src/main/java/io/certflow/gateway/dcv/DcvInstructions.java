package io.certflow.gateway.dcv;

import io.certflow.events.Dcv;
import io.certflow.events.DcvInstruction;
import io.certflow.events.DcvMethod;
import io.certflow.events.DomainDcv;
import io.certflow.events.OrderDetails;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the customer must publish for each domain, computed from the CSR's hashes ({@link DcvFacts},
 * carried by {@code order.requested}) as Sectigo's "Domain Control Validation" document describes:
 * HTTP(S) file {@code /.well-known/pki-validation/<MD5>.txt} holding
 * {@code <SHA-256>\nsectigo.com[\n<uniqueValue>]} (upper-case hex); CNAME {@code _<md5>.<domain>} →
 * {@code <sha256[0,32)>.<sha256[32,64)>.[<uniqueValue>.]sectigo.com}; EMAIL the approver address. Each
 * name gets the instruction of its own method ({@link DcvPlan}), so mixed methods are told apart.
 */
public final class DcvInstructions {

    private DcvInstructions() {
    }

    public static List<DcvInstruction> of(OrderDetails order, @Nullable DcvFacts facts, String uniqueValue) {
        Dcv dcv = order.dcv();
        if (dcv == null || dcv.method() == null) {
            return List.of();
        }
        List<DcvInstruction> instructions = new ArrayList<>();
        for (DomainDcv domain : DcvPlan.of(dcv, domains(order, facts))) {
            if (domain.method() != null) {
                instructions.add(forDomain(domain, facts, uniqueValue));
            }
        }
        return instructions;
    }

    /**
     * Whether the instructions need {@code order.requested}'s facts: a CSR-hash method anywhere, or a
     * DCV order whose only name is the CSR's Common Name.
     */
    public static boolean needFacts(OrderDetails order) {
        Dcv dcv = order.dcv();
        if (dcv == null || dcv.method() == null) {
            return false;
        }
        boolean namedOnlyByCsr = order.domainNames().isEmpty() && order.primaryDomainName() == null;
        return namedOnlyByCsr || isCsrHash(dcv.method())
                || dcv.domains().stream().anyMatch(domain -> isCsrHash(domain.method()));
    }

    private static boolean isCsrHash(@Nullable DcvMethod method) {
        return method != null && method != DcvMethod.EMAIL;
    }

    private static List<String> domains(OrderDetails order, @Nullable DcvFacts facts) {
        if (!order.domainNames().isEmpty()) {
            return order.domainNames();
        }
        if (order.primaryDomainName() != null) {
            return List.of(order.primaryDomainName());
        }
        return facts == null || facts.commonName() == null ? List.of() : List.of(facts.commonName());
    }

    private static DcvInstruction forDomain(DomainDcv plan, @Nullable DcvFacts facts, String uniqueValue) {
        String domain = plan.domain();
        String host = domain.startsWith("*.") ? domain.substring(2) : domain;
        DcvMethod method = plan.method();
        if (method == DcvMethod.EMAIL) {
            return new DcvInstruction(domain, method, plan.emailAddress(), null, null, null, null);
        }
        DcvFacts hashes = Objects.requireNonNull(facts, "CSR-hash DCV needs order.requested's facts");
        if (method == DcvMethod.CNAME_CSR_HASH) {
            return new DcvInstruction(domain, method, null, null, null,
                    "_" + lower(hashes.csrMd5()) + "." + host, cnameTarget(hashes, uniqueValue));
        }
        return new DcvInstruction(domain, method, null,
                (method == DcvMethod.HTTPS_CSR_HASH ? "https://" : "http://") + host
                        + "/.well-known/pki-validation/" + upper(hashes.csrMd5()) + ".txt",
                fileContent(hashes, uniqueValue), null, null);
    }

    static String fileContent(DcvFacts hashes, String uniqueValue) {
        return upper(hashes.csrSha256()) + "\nsectigo.com" + (uniqueValue == null ? "" : "\n" + uniqueValue);
    }

    static String cnameTarget(DcvFacts hashes, String uniqueValue) {
        String sha = lower(hashes.csrSha256());
        return sha.substring(0, 32) + "." + sha.substring(32) + "."
                + (uniqueValue == null ? "" : lower(uniqueValue) + ".") + "sectigo.com";
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    private static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }
}
