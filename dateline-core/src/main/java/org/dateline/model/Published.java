package org.dateline.model;

import java.time.DateTimeException;
import java.time.LocalDate;
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
    /**
     * Only a crawler's fetch time (a WARC date) gave it: an upper bound for the publication date,
     * which the text or the page's event may refine. Reported as {@code metadata}.
     */
    FETCHED,
    TEXT,
    EVENT,
    NONE
  }

  public Published {
    Objects.requireNonNull(basis, "basis");
  }

  /** The basis as the report contract names it: metadata, text, event or none. */
  public String basisName() {
    Basis shown = basis == Basis.FETCHED ? Basis.METADATA : basis;
    return shown.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The day this date names, or null when it is not known to the day. */
  public @Nullable LocalDate day() {
    if (value == null || value.length() != 10) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The year this date names, at any precision, or null when it names none. */
  public @Nullable Integer year() {
    if (value == null || value.length() < 4) {
      return null;
    }
    String y = value.substring(0, 4);
    return y.chars().allMatch(Character::isDigit) ? Integer.valueOf(y) : null;
  }

  /** True when the date comes from the page's own words or metadata, not a fetch time or event. */
  public boolean stated() {
    return value != null && (basis == Basis.METADATA || basis == Basis.TEXT);
  }

  /** A date known to the given day, or {@link #unknown()} when the day is null. */
  public static Published onDay(@Nullable LocalDate day) {
    return day == null ? unknown() : new Published(day.toString(), Basis.TEXT);
  }

  public static Published unknown() {
    return new Published(null, Basis.NONE);
  }
}
