package org.dateline.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.model.Published;
import org.dateline.model.TimeMention;
import org.jspecify.annotations.Nullable;

/**
 * The time expressions recorded on a document. When the page's day is known, every expression is
 * valued against it. When it is not, an expression the text states in full ("May 2, 2013", "in
 * 2012") keeps its value; one that lacks only its year ("on Nov 3") gets TimeML's value with the
 * year left open ({@code XXXX-11-03}); and one that leans on the page's date otherwise ("on
 * Monday", "last year") is recorded with a null value rather than a guessed one. Instances are
 * immutable and thread-safe.
 */
public final class DocumentTimes {
  private final TemporalTagger tagger;

  /** Reads with the given tagger. */
  public DocumentTimes(TemporalTagger tagger) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
  }

  /**
   * Reads a text against a page date of any precision. A page dated only to its month or year gets
   * the values that hold on every day of it: "in September" on a page of November 2024 is {@code
   * 2024-09}, while "on Monday" stays null.
   *
   * @return the expressions in text order, never overlapping
   */
  public List<TimeMention> read(String text, Published published) {
    Objects.requireNonNull(text, "text");
    List<TimeMention> out = new ArrayList<>();
    LocalDate day = published.day();
    if (day != null) {
      for (TimeExpression e : tagger.tag(text, day)) {
        out.add(mention(e, e.value()));
      }
      return out;
    }
    LocalDate[] span = span(published.value());
    List<StatedTimes.Reading> readings =
        span == null
            ? StatedTimes.read(tagger, text)
            : StatedTimes.between(tagger, text, span[0], span[1]);
    for (StatedTimes.Reading r : readings) {
      TimeExpression e = r.expression();
      out.add(mention(e, r.partial()));
    }
    return out;
  }

  /** The first and last day of a date given to the month or year, else null. */
  private static LocalDate @Nullable [] span(@Nullable String value) {
    try {
      if (value != null && value.length() == 7) {
        YearMonth m = YearMonth.parse(value);
        return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
      }
      if (value != null && value.length() == 4) {
        Year y = Year.parse(value);
        return new LocalDate[] {y.atDay(1), y.atMonth(12).atEndOfMonth()};
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  private static TimeMention mention(TimeExpression e, @Nullable String value) {
    return new TimeMention(e.begin(), e.end(), e.text(), e.type().name(), value);
  }
}
