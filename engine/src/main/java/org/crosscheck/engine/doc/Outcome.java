package org.crosscheck.engine.doc;

import java.util.function.Function;

/**
 * The result of a step that may refuse its input: either a value or a {@link Rejection} that
 * names the input and the reason. Never null.
 */
public sealed interface Outcome<T> permits Outcome.Ok, Outcome.Rejected {

    record Ok<T>(T value) implements Outcome<T> {
        public Ok {
            if (value == null) {
                throw new IllegalArgumentException("Ok needs a value");
            }
        }
    }

    record Rejected<T>(Rejection rejection) implements Outcome<T> {
    }

    static <T> Outcome<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Outcome<T> rejected(Origin origin, Rejection.Reason reason, String detail) {
        return new Rejected<>(new Rejection(origin, reason, detail));
    }

    static <T> Outcome<T> rejected(Rejection r) {
        return new Rejected<>(r);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    default <U> Outcome<U> map(Function<T, U> f) {
        return switch (this) {
            case Ok<T> ok -> new Ok<>(f.apply(ok.value()));
            case Rejected<T> r -> new Rejected<>(r.rejection());
        };
    }

    default <U> Outcome<U> flatMap(Function<T, Outcome<U>> f) {
        return switch (this) {
            case Ok<T> ok -> f.apply(ok.value());
            case Rejected<T> r -> new Rejected<>(r.rejection());
        };
    }
}
