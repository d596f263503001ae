package io.certflow.sandbox.validation;

import io.certflow.sandbox.csr.ParsedCsr;
import io.certflow.sandbox.product.Product;
import io.certflow.sandbox.product.Scope;
import io.certflow.sandbox.protocol.Errors;
import io.certflow.sandbox.protocol.Params;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names a TLS certificate will carry: the CSR's Common Name (plus the www / base name unless
 * omitAdditionalFQDN=Y) for single-name products; domainNames, or else the CSR's SANs, for
 * multi-domain and UCC products, with primaryDomainName and maxSubjectCNs deciding the subject CNs.
 */
public record SslNames(List<String> dnsNames, List<String> ipAddresses, List<String> subjectCommonNames) {

    public static SslNames resolve(Params params, Product product, ParsedCsr csr, String commonName) {
        return product.scope().multiDomain() ? multi(params, product, csr, commonName)
                : single(params, commonName.toLowerCase(Locale.ROOT));
    }

    private static SslNames single(Params params, String commonName) {
        if (Names.isIp(commonName)) {
            return new SslNames(List.of(), List.of(commonName), List.of(commonName));
        }
        List<String> dns = new ArrayList<>(List.of(commonName));
        if (!params.flag("omitAdditionalFQDN")) {
            if (commonName.startsWith("*.") || commonName.startsWith("www.")) {
                dns.add(Names.baseDomain(commonName));
            } else {
                dns.add("www." + commonName);
            }
        }
        return new SslNames(List.copyOf(dns), List.of(), List.of(commonName));
    }

    private static SslNames multi(Params params, Product product, ParsedCsr csr, String commonName) {
        List<String> requested = params.text("domainNames").map(DcvRules::split).orElseGet(() -> fromCsr(csr));
        if (requested.isEmpty()) {
            throw Errors.missing("domainNames");
        }
        Set<String> names = new LinkedHashSet<>();
        for (String name : requested) {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean ok = Names.isHost(lower) || Names.isWildcard(lower) || (Names.isIp(lower) && Names.isPublicIp(lower));
            if (!ok) {
                throw Errors.invalid("domainNames");
            }
            names.add(lower);
        }
        List<String> all = List.copyOf(names);
        String primary = primary(params, product, commonName, all);
        List<String> dns = all.stream().filter(n -> !Names.isIp(n)).toList();
        List<String> ips = all.stream().filter(Names::isIp).toList();
        return new SslNames(dns, ips, subjectNames(params, product, primary, all));
    }

    private static List<String> fromCsr(ParsedCsr csr) {
        List<String> names = new ArrayList<>(csr.dnsNames());
        names.addAll(csr.ipAddresses());
        return names;
    }

    private static String primary(Params params, Product product, String commonName, List<String> all) {
        String primary = params.text("primaryDomainName").map(p -> p.toLowerCase(Locale.ROOT))
                .orElse(product.scope() == Scope.UCC ? commonName.toLowerCase(Locale.ROOT) : null);
        if (primary != null && !all.contains(primary)) {
            throw Errors.invalid("primaryDomainName");
        }
        return primary;
    }

    private static List<String> subjectNames(Params params, Product product, String primary, List<String> all) {
        int max = product.scope() == Scope.UCC ? 1 : Values.integer(params, "maxSubjectCNs").orElse(all.size());
        if (max < 0) {
            throw Errors.invalid("maxSubjectCNs");
        }
        if (max == 1 && primary == null) {
            throw Errors.missing("primaryDomainName");
        }
        List<String> ordered = new ArrayList<>();
        if (primary != null) {
            ordered.add(primary);
        }
        all.stream().filter(n -> !n.equals(primary)).sorted().forEach(ordered::add);
        return ordered.stream().filter(n -> n.length() <= 64).limit(max).toList();
    }
}
