package org.dateline.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A figure a document reports.
 *
 * @param begin start of the figure's words in the article's text (UTF-16 index)
 * @param end end of the figure's words, exclusive
 * @param text the figure as written ("$218 billion", "21 per cent")
 * @param sentence the sentence that reports it
 * @param value the number, with its scale applied (218e9 for "$218 billion")
 * @param scale the scale word as written ("billion"), or null
 * @param unit {@code percent}, a currency code such as {@code USD}, or the counted noun
 * @param change {@code up} or {@code down} when the figure is a change, else null
 * @param comparison how the text compares it ("biggest drop in seven months", "year on year")
 * @param subject what was measured, or null when the sentence does not say
 * @param period the period it refers to, in TIMEX3 form, or null
 * @param source who the text says the figure comes from, or null
 */
public record Fact(
    int begin,
    int end,
    String text,
    String sentence,
    double value,
    @Nullable String scale,
    String unit,
    @Nullable String change,
    @Nullable String comparison,
    @Nullable String subject,
    @Nullable String period,
    @Nullable String source) {

  public Fact {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(unit, "unit");
  }

  /** This fact with another period. */
  public Fact withPeriod(@Nullable String other) {
    return new Fact(
        begin, end, text, sentence, value, scale, unit, change, comparison, subject, other, source);
  }
}
