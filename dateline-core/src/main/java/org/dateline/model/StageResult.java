package org.dateline.model;

import java.util.Objects;

/**
 * The outcome of a stage for one input: a value, or a rejection. Stages return this instead of
 * throwing for bad input.
 *
 * @param <T> the stage's output type
 */
public sealed interface StageResult<T> {

  /** A successful result. */
  record Ok<T>(T value) implements StageResult<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
    }
  }

  /** The input was rejected. */
  record Rejected<T>(Rejection rejection) implements StageResult<T> {
    public Rejected {
      Objects.requireNonNull(rejection, "rejection");
    }
  }

  static <T> StageResult<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> StageResult<T> rejected(Rejection rejection) {
    return new Rejected<>(rejection);
  }
}
