package io.certflow.certstore.certificate;

import java.util.UUID;

/**
 * What happens to certificates after they are stored (revoked, replaced), as acceptance needs it: the
 * lifecycle feature implements it, so that feature may read and update certificates without this
 * package depending back on it. Both run in the caller's transaction.
 */
public interface CertificateHistory {

    /** A certificate about to be stored, with what already happened to its order applied. */
    Certificate settle(Certificate fresh);

    /** The certificate of a replacement order was stored: the replaced order's certificates are replaced by it. */
    void replacedBy(UUID replacedOrderId, Certificate successor);
}
