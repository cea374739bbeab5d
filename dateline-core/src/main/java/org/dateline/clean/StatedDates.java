package org.dateline.clean;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Normalises a stated date (ISO-8601 in any precision, or an RFC 1123 date as feeds write it) to
 * the report's reduced-precision form: {@code 2025-11-03}, {@code 2025-11} or {@code 2025}. A
 * date-time keeps the calendar date written in it, not its UTC date.
 */
public final class StatedDates {
  private static final Pattern ISO =
      Pattern.compile("^\\s*(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[T ][0-9:.]+.*)?\\s*$");

  private StatedDates() {}

  /** The normalised date, or null when the value is missing or not a date. */
  public static @Nullable String normalize(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher iso = ISO.matcher(value);
    if (iso.matches()) {
      return valid(iso.group(1), iso.group(2), iso.group(3));
    }
    try {
      OffsetDateTime t = OffsetDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
      return t.toLocalDate().toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable String valid(String year, @Nullable String month, @Nullable String day) {
    int y = Integer.parseInt(year);
    if (y < 1000) {
      return null;
    }
    if (month == null) {
      return year;
    }
    int m = Integer.parseInt(month);
    if (m < 1 || m > 12) {
      return null;
    }
    if (day == null) {
      return year + "-" + month;
    }
    try {
      return java.time.LocalDate.of(y, m, Integer.parseInt(day)).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
