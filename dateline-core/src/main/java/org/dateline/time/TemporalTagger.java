package org.dateline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Finds English time expressions in a text and normalises them to TIMEX3 values against a reference
 * date (the page's date). Rule-based and dependency-free: each {@link Recognizer} runs its
 * precompiled patterns once over the text, the longest of overlapping candidates wins, and
 * modifiers and date-time pairs are then joined.
 *
 * <p>Spans follow TimeML: "on" and "at" are left out, determiners that belong to the expression are
 * kept ("the past two years", "a year ago"), "last week" is one expression. A weekday or year-less
 * date is resolved by the tense of its sentence: the most recent one in a report, the coming one in
 * a plan.
 *
 * <p>Never throws on any text: what cannot be normalised to a valid value is not reported.
 * Instances are immutable and thread-safe.
 */
public final class TemporalTagger {
  private final TenseDetector tense;
  private final List<Recognizer> recognizers;
  private final OverlapResolver resolver = new OverlapResolver();
  private final SpanAdjuster adjuster = new SpanAdjuster();
  private final MonthRanges ranges = new MonthRanges();
  private final NarrativeAnchor narrative = new NarrativeAnchor();
  private final @Nullable Windows windows;

  /** A tagger for English with the bundled word lists. */
  public TemporalTagger() {
    this(true);
  }

  /**
   * A tagger that searches only where expressions can be ({@link Windows}), or the whole text: the
   * two find the same expressions, which tests check.
   */
  TemporalTagger(boolean windowed) {
    Lexicon lexicon = Lexicon.english();
    this.windows = windowed ? new Windows(lexicon) : null;
    Fragments fragments = new Fragments(lexicon);
    Numbers numbers = new Numbers(lexicon);
    this.tense = new TenseDetector(lexicon);
    this.recognizers =
        List.of(
            new AbsoluteDateRecognizer(lexicon, fragments, numbers),
            new WeekdayRecognizer(lexicon, fragments),
            new RelativeDateRecognizer(lexicon, fragments, numbers),
            new PeriodRecognizer(),
            new DurationRecognizer(lexicon, fragments, numbers),
            new SetRecognizer(lexicon, fragments, numbers),
            new TimeOfDayRecognizer(lexicon, fragments),
            new HolidayRecognizer(lexicon),
            new NthWeekdayRecognizer(lexicon, fragments),
            new VagueRecognizer(lexicon));
  }

  /**
   * Tags a text.
   *
   * @param text any text; offsets in the result are UTF-16 indices into it
   * @param reference the date relative expressions are resolved against
   * @return the expressions in text order, never overlapping
   */
  public List<TimeExpression> tag(String text, LocalDate reference) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reference, "reference");
    return tag(text, reference, windows == null ? null : windows.of(text));
  }

  /** Tags only the given stretches of a text ({@link Windows#of}), or the whole text when null. */
  List<TimeExpression> tag(
      String text, LocalDate reference, Windows.@Nullable Stretches stretches) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reference, "reference");
    Scan scan = new Scan(text, reference, tense, stretches);
    for (Recognizer r : recognizers) {
      r.scan(scan);
    }
    List<Candidate> settled =
        narrative.apply(
            text, ranges.apply(text, adjuster.adjust(text, resolver.resolve(scan.candidates()))));
    List<TimeExpression> out = new ArrayList<>(settled.size());
    for (Candidate c : settled) {
      out.add(
          new TimeExpression(
              c.begin(), c.end(), text.substring(c.begin(), c.end()), c.type(), c.value()));
    }
    return out;
  }
}
