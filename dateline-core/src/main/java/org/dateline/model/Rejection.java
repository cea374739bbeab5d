package org.dateline.model;

import java.util.Objects;

/**
 * A page, or a file, that a stage could not turn into a result, with the reason. Rejections are
 * reported and never silently dropped.
 *
 * @param stage the stage that rejected it ({@code ingest}, {@code decode}, {@code clean}, ...)
 * @param reason a stable reason code
 * @param message a sentence a user can act on
 * @param provenance what was being read
 */
public record Rejection(String stage, ReasonCode reason, String message, Provenance provenance) {
  public Rejection {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(provenance, "provenance");
  }
}
