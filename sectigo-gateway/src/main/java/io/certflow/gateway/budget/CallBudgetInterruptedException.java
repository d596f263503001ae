package io.certflow.gateway.budget;

/** The thread was interrupted while it waited for its turn: no call was made. The interrupt flag stays set. */
public class CallBudgetInterruptedException extends RuntimeException {

    CallBudgetInterruptedException() {
        super("interrupted while waiting for the Sectigo call budget; no call was made");
    }
}
