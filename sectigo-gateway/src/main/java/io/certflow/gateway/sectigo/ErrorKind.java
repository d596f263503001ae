package io.certflow.gateway.sectigo;

/** What the gateway does about a Sectigo error. */
enum ErrorKind {
    /** Will not get better by asking again: the order fails. */
    PERMANENT,
    /** Ask again later (with backoff): overload, call limit, unknown server trouble. */
    TRANSIENT,
    /** A previous attempt of this very order reached Sectigo: look it up, never order again. */
    ALREADY_SUBMITTED
}
