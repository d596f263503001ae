package io.certflow.events;

/** How Sectigo delivers the OV/EV callback code to the applicant representative ({@code callbackMethod}). */
public enum CallbackMethod {
    /** Sectigo {@code T}: a phone call to the representative's telephone number. */
    TELEPHONE,
    /** Sectigo {@code L}: a letter posted to the representative. */
    LETTER
}
