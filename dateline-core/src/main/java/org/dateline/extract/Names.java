package org.dateline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dateline.model.EntityType;
import org.jspecify.annotations.Nullable;

/** Edits to a list of recognised names: what overlaps a span, and names put in others' place. */
final class Names {
  private Names() {}

  /** Whether the name shares a character with {@code text[b, e)}. */
  static boolean overlaps(NameFinder.Name n, int b, int e) {
    return n.begin() < e && b < n.end();
  }

  /**
   * Whether a name of a known type (not {@code OTHER}) shares a character with {@code text[b, e)}.
   */
  static boolean typedWithin(List<NameFinder.Name> names, int b, int e) {
    for (NameFinder.Name n : names) {
      if (overlaps(n, b, e) && n.type() != EntityType.OTHER) {
        return true;
      }
    }
    return false;
  }

  /** The name that holds all of {@code text[b, e)}, or null. */
  static NameFinder.@Nullable Name covering(List<NameFinder.Name> names, int b, int e) {
    for (NameFinder.Name n : names) {
      if (n.begin() <= b && e <= n.end()) {
        return n;
      }
    }
    return null;
  }

  /** The names with {@code added} in place of those they overlap, in text order. */
  static List<NameFinder.Name> withAdded(List<NameFinder.Name> names, List<NameFinder.Name> added) {
    if (added.isEmpty()) {
      return names;
    }
    List<NameFinder.Name> out = new ArrayList<>(names);
    for (NameFinder.Name a : added) {
      out.removeIf(n -> overlaps(n, a.begin(), a.end()));
    }
    out.addAll(added);
    out.sort(Comparator.comparingInt(NameFinder.Name::begin));
    return out;
  }
}
