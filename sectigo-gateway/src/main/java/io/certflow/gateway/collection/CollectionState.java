package io.certflow.gateway.collection;

/** Whether the gateway still needs to learn an order's result. */
public enum CollectionState {
    /** No result yet: collected when due ({@code nextCollectionAt}). */
    WATCHING,
    /** Issued (certificate delivered) or ended (revoked, replaced, rejected, failed): never collected again. */
    SETTLED
}
