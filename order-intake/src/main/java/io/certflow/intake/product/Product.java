package io.certflow.intake.product;

/**
 * A certificate product Sectigo's reseller API sells, as its reference lists it.
 *
 * @param code     Sectigo's product code (the {@code product} parameter)
 * @param name     the name the reference gives it
 * @param level    validation level
 * @param coverage which names it may carry
 */
public record Product(int code, String name, ValidationLevel level, Coverage coverage) {

    public boolean isSmime() {
        return coverage == Coverage.MAILBOX;
    }

    public boolean allowsSeveralNames() {
        return coverage == Coverage.MULTI_DOMAIN || coverage == Coverage.UCC;
    }
}
