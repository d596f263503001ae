package io.certflow.sandbox.order;

/** A callback / click-through was completed with a code that is not the order's verificationCode. */
public class WrongCodeException extends RuntimeException {

    public WrongCodeException(String orderNumber) {
        super("The code is not the verificationCode of order " + orderNumber);
    }
}
