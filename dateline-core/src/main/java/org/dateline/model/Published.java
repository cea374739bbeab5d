package org.dateline.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A page's publication date with how it was found.
 *
 * @param value ISO-8601 with reduced precision ({@code 2025-11-03}, {@code 2025-11}, {@code 2025}),
 *     or null when nothing says
 * @param basis what the value rests on
 */
public record Published(@Nullable String value, Basis basis) {

  /** What a publication date rests on; the lower-case names are part of the report contract. */
  public enum Basis {
    METADATA,
    TEXT,
    EVENT,
    NONE
  }

  public Published {
    Objects.requireNonNull(basis, "basis");
  }

  public static Published unknown() {
    return new Published(null, Basis.NONE);
  }
}
