package org.dateline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One pass of the tagger over one text: what the recognizers read, and the candidates they offer.
 */
final class Scan {
  final String text;
  final LocalDate reference;
  private final TenseDetector tense;
  private final Windows.@Nullable Stretches stretches;
  private final List<Candidate> candidates = new ArrayList<>();

  /**
   * A scan of a text.
   *
   * @param stretches where expressions can be ({@link Windows}), or null to search the whole text
   */
  Scan(
      String text,
      LocalDate reference,
      TenseDetector tense,
      Windows.@Nullable Stretches stretches) {
    this.text = text;
    this.reference = reference;
    this.tense = tense;
    this.stretches = stretches;
  }

  /** A matcher over the text, for {@link #find}. */
  Matcher matcher(Pattern pattern) {
    Matcher m = pattern.matcher(text);
    if (stretches != null) {
      m.useTransparentBounds(true).useAnchoringBounds(false).region(0, 0);
    }
    return m;
  }

  /** The matcher's next match where expressions can be. */
  boolean find(Matcher m) {
    return stretches == null ? m.find() : Windows.find(m, stretches.all());
  }

  /** The matcher's next match near a unit word, for patterns that need one. */
  boolean findNearUnit(Matcher m) {
    return stretches == null ? m.find() : Windows.find(m, stretches.units());
  }

  Tense tenseAt(int begin, int end) {
    return tense.at(text, begin, end);
  }

  Tense monthTenseAt(int begin, int end) {
    return tense.forMonth(text, begin, end);
  }

  /**
   * Offers an expression whose value is computed lazily. A value that cannot be computed (an
   * impossible date, a year out of range, a count too large) drops the expression instead of
   * failing the text.
   */
  void offer(int begin, int end, TimexType type, int priority, Supplier<@Nullable String> value) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (begin >= end) {
      return;
    }
    @Nullable String v;
    try {
      v = value.get();
    } catch (RuntimeException e) {
      return; // bad input (e.g. "February 30") is not an expression; see the class javadoc
    }
    if (v != null && !v.isEmpty()) {
      candidates.add(new Candidate(begin, end, type, v, priority));
    }
  }

  /**
   * Offers an expression that counts from the story's own time: valued against the reference now,
   * and against the last date the text mentioned once overlaps are settled.
   */
  void offerAnchored(
      int begin, int end, TimexType type, int priority, Function<LocalDate, String> fromAnchor) {
    int before = candidates.size();
    offer(begin, end, type, priority, () -> fromAnchor.apply(reference));
    if (candidates.size() > before) {
      Candidate c = candidates.get(before);
      candidates.set(
          before, new Candidate(c.begin(), c.end(), c.type(), c.value(), c.priority(), fromAnchor));
    }
  }

  List<Candidate> candidates() {
    return candidates;
  }
}
