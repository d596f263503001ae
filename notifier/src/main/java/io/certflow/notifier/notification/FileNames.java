package io.certflow.notifier.notification;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/** Attachment names customers can save anywhere: the certificate's CN, reduced to safe characters. */
final class FileNames {

    private FileNames() {
    }

    /**
     * @param subjectDn the certificate's subject (RFC 4514)
     * @param fallback  the order's common name, used when the subject has no CN
     */
    static String forCertificate(String subjectDn, String fallback) {
        String name = commonName(subjectDn);
        return safe(name == null ? fallback : name);
    }

    static String safe(String name) {
        String safe = name.replace("*", "wildcard").replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[.]+", "");
        return safe.isEmpty() ? "certificate" : safe;
    }

    private static String commonName(String subjectDn) {
        try {
            for (Rdn rdn : new LdapName(subjectDn).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return rdn.getValue().toString();
                }
            }
            return null;
        } catch (InvalidNameException e) {
            return null;
        }
    }
}
