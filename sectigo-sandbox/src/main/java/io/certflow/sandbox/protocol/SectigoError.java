package io.certflow.sandbox.protocol;

/**
 * One Sectigo error: the numeric code, the message Sectigo prints and, where one parameter is at
 * fault, its name (PlaceOrder returns it as {@code errorItem}).
 */
public record SectigoError(int code, String message, String field) {

    public static SectigoError of(int code, String message) {
        return new SectigoError(code, message, null);
    }

    public SectigoError withMessage(String otherMessage) {
        return new SectigoError(code, otherMessage, field);
    }
}
