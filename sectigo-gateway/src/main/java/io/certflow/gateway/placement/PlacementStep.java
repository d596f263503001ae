package io.certflow.gateway.placement;

/** What the next attempt of a ledger row asks of Sectigo. */
public enum PlacementStep {
    /** A new order: {@code !AutoApplyOrder} (SSL) or {@code !PlaceOrder} (S/MIME). */
    PLACE,
    /** A new certificate for an order Sectigo has: {@code !AutoReplaceSSL} / {@code !AutoReplaceSMIME}. */
    REPLACE,
    /** Release an S/MIME order placed with {@code reseller=Y}: {@code !AutoAuthorize}. */
    AUTHORIZE
}
