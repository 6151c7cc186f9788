package org.crosscheck.store;

/** A store operation that failed, with a message naming what and why (shown to the user as is). */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
