package io.certflow.gateway.dcv;

import io.certflow.events.Dcv;
import io.certflow.events.DcvInstruction;
import io.certflow.events.DcvMethod;
import io.certflow.events.DomainDcv;
import io.certflow.events.OrderDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the customer must publish for each domain, computed from the CSR as Sectigo's "Domain Control
 * Validation" document describes: HTTP(S) file {@code /.well-known/pki-validation/<MD5>.txt} holding
 * {@code <SHA-256>\nsectigo.com[\n<uniqueValue>]}; CNAME {@code _<md5>.<domain>} →
 * {@code <sha256[0,32)>.<sha256[32,64)>.[<uniqueValue>.]sectigo.com}; EMAIL the approver address. Each
 * name gets the instruction of its own method ({@link DcvPlan}), so mixed methods are told apart.
 */
public final class DcvInstructions {

    private DcvInstructions() {
    }

    public static List<DcvInstruction> of(OrderDetails order, String uniqueValue) {
        Dcv dcv = order.dcv();
        if (dcv == null || dcv.method() == null) {
            return List.of();
        }
        CsrHashes hashes = CsrHashes.of(order.csr());
        List<DcvInstruction> instructions = new ArrayList<>();
        for (DomainDcv domain : DcvPlan.of(dcv, domains(order, hashes))) {
            if (domain.method() != null) {
                instructions.add(forDomain(domain, hashes, uniqueValue));
            }
        }
        return instructions;
    }

    private static List<String> domains(OrderDetails order, CsrHashes hashes) {
        if (!order.domainNames().isEmpty()) {
            return order.domainNames();
        }
        if (order.primaryDomainName() != null) {
            return List.of(order.primaryDomainName());
        }
        return hashes.commonName().map(List::of).orElse(List.of());
    }

    private static DcvInstruction forDomain(DomainDcv plan, CsrHashes hashes, String uniqueValue) {
        String domain = plan.domain();
        String host = domain.startsWith("*.") ? domain.substring(2) : domain;
        DcvMethod method = plan.method();
        return switch (method) {
            case EMAIL -> new DcvInstruction(domain, method, plan.emailAddress(), null, null, null, null);
            case HTTP_CSR_HASH, HTTPS_CSR_HASH -> new DcvInstruction(domain, method, null,
                    (method == DcvMethod.HTTPS_CSR_HASH ? "https://" : "http://") + host
                            + "/.well-known/pki-validation/" + hashes.md5() + ".txt",
                    fileContent(hashes, uniqueValue), null, null);
            case CNAME_CSR_HASH -> new DcvInstruction(domain, method, null, null, null,
                    "_" + lower(hashes.md5()) + "." + host, cnameTarget(hashes, uniqueValue));
        };
    }

    static String fileContent(CsrHashes hashes, String uniqueValue) {
        return hashes.sha256() + "\nsectigo.com" + (uniqueValue == null ? "" : "\n" + uniqueValue);
    }

    static String cnameTarget(CsrHashes hashes, String uniqueValue) {
        String sha = lower(hashes.sha256());
        return sha.substring(0, 32) + "." + sha.substring(32) + "."
                + (uniqueValue == null ? "" : lower(uniqueValue) + ".") + "sectigo.com";
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
