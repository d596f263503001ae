package io.certflow.certstore.verification;

import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The roots a delivered chain must build to: Sectigo's in production, the sandbox's locally. */
public final class TrustAnchors {

    private final List<X509Certificate> roots;
    private final Set<TrustAnchor> anchors;

    public TrustAnchors(List<X509Certificate> roots) {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("at least one trust anchor is needed");
        }
        this.roots = List.copyOf(roots);
        this.anchors = roots.stream().map(root -> new TrustAnchor(root, null)).collect(Collectors.toUnmodifiableSet());
    }

    Set<TrustAnchor> asPkix() {
        return anchors;
    }

    /**
     * Whether the certificate stands for an anchor itself (same name and key), e.g. the root sent
     * along with the chain, or a cross-signed copy of it: the path must end before it.
     */
    boolean isAnchor(X509Certificate certificate) {
        return roots.stream().anyMatch(root -> root.getSubjectX500Principal().equals(certificate.getSubjectX500Principal())
                && root.getPublicKey().equals(certificate.getPublicKey()));
    }

    public int size() {
        return roots.size();
    }
}
