package org.dateline.time;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dateline.model.Published;
import org.jspecify.annotations.Nullable;

/**
 * Cross-document dating: pages that report one event date each other. The event stage calls this
 * with the publication dates of an event's pages.
 */
public final class SiblingDating {

  private SiblingDating() {}

  /**
   * The date for an undated page of an event: the finest date that every dated sibling agrees on
   * ({@code 2025-11-03} and {@code 2025-11-04} agree on {@code 2025-11}), with basis {@code EVENT};
   * unknown when no sibling is dated or they disagree on the year. Siblings dated only through
   * their event, or by a crawler's fetch time only, are not evidence.
   */
  public static Published shared(Collection<Published> siblings) {
    @Nullable String agreed = null;
    for (String v : evidence(siblings)) {
      agreed = agreed == null ? v : commonPrefix(agreed, v);
      if (agreed.isEmpty()) {
        return Published.unknown();
      }
    }
    return agreed == null ? Published.unknown() : new Published(agreed, Published.Basis.EVENT);
  }

  /**
   * The span the dated siblings cover at the finest precision any of them has: the earliest and
   * latest such value ({@code end} null when they are the same), or both null when none is dated.
   */
  public static Span span(Collection<Published> siblings) {
    List<String> values = evidence(siblings);
    int finest = 0;
    for (String v : values) {
      finest = Math.max(finest, v.length());
    }
    @Nullable String start = null;
    @Nullable String end = null;
    for (String v : values) {
      if (v.length() != finest) {
        continue;
      }
      start = start == null || v.compareTo(start) < 0 ? v : start;
      end = end == null || v.compareTo(end) > 0 ? v : end;
    }
    return new Span(start, start != null && start.equals(end) ? null : end);
  }

  /** A date span in ISO form with reduced precision. */
  public record Span(@Nullable String start, @Nullable String end) {}

  private static List<String> evidence(Collection<Published> siblings) {
    List<String> out = new ArrayList<>();
    for (Published p : siblings) {
      String v = p.value();
      if (v != null && p.stated()) {
        out.add(v.length() > 10 ? v.substring(0, 10) : v);
      }
    }
    return out;
  }

  /** The longest shared prefix that ends at a component boundary (year, month or day). */
  private static String commonPrefix(String a, String b) {
    String best = "";
    for (int len : new int[] {4, 7, 10}) {
      if (a.length() >= len && b.length() >= len && a.regionMatches(0, b, 0, len)) {
        best = a.substring(0, len);
      } else {
        break;
      }
    }
    return best;
  }
}
