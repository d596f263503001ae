package io.certflow.events;

/** Why a certificate is (to be) revoked; the RFC 5280 reasons a subscriber may give. */
public enum RevocationReason {
    UNSPECIFIED,
    KEY_COMPROMISE,
    AFFILIATION_CHANGED,
    SUPERSEDED,
    CESSATION_OF_OPERATION
}
