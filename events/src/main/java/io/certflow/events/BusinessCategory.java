package io.certflow.events;

/** The kind of organization an EV certificate is for (EV Guidelines, clause 5; Sectigo's {@code businessCategory}). */
public enum BusinessCategory {
    /** Sectigo {@code b}. */
    PRIVATE_ORGANIZATION,
    /** Sectigo {@code c}. */
    GOVERNMENT_ENTITY,
    /** Sectigo {@code d}. */
    BUSINESS_ENTITY
}
