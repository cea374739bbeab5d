package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the text, the tagger never throws and reports spans that are inside it and quote it
 * exactly; and it finds the same searching only where expressions can be as searching everywhere.
 */
class TemporalTaggerPropertyTest {
  private static final TemporalTagger TAGGER = new TemporalTagger();
  private static final TemporalTagger FULL = new TemporalTagger(false);

  @Property(tries = 300)
  void arbitraryTextNeverThrows(@ForAll String text) {
    check(text, LocalDate.of(2025, 3, 12));
  }

  @Property(tries = 300)
  void dateLikeTextNeverThrows(
      @ForAll("dateLike") String text, @ForAll("references") LocalDate reference) {
    check(text, reference);
  }

  @Property(tries = 300)
  void searchingOnlyWhereExpressionsCanBeFindsTheSame(
      @ForAll("sparse") String text, @ForAll("references") LocalDate reference) {
    assertThat(TAGGER.tag(text, reference)).isEqualTo(FULL.tag(text, reference));
  }

  /** Date-like words far apart, between runs of words that are no part of any expression. */
  @Provide
  Arbitrary<String> sparse() {
    Arbitrary<String> filler =
        Arbitraries.of("negotiators", "met", "in", "the", "harbour", "and", "said", ",", ".")
            .list()
            .ofMaxSize(30)
            .map(l -> String.join(" ", l));
    return Arbitraries.oneOf(dateLike(), filler).list().ofMaxSize(8).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> words =
        Arbitraries.of(
            "on",
            "Monday",
            "February",
            "30",
            "31,",
            "3000",
            "last",
            "next",
            "week",
            "a",
            "year",
            "ago",
            "9999999999999",
            "days",
            "later",
            "the",
            "1990s",
            "Q4",
            "p.m.",
            "12:75",
            "every",
            "season",
            "fiscal",
            "-",
            "/",
            "00/00/0000",
            "now",
            "will",
            "said",
            "May",
            "early",
            "quarter",
            "third");
    return words.list().ofMaxSize(12).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<LocalDate> references() {
    return Arbitraries.of(
        LocalDate.of(1, 1, 1),
        LocalDate.of(1999, 12, 31),
        LocalDate.of(2024, 2, 29),
        LocalDate.of(9999, 12, 31));
  }

  private static void check(String text, LocalDate reference) {
    List<TimeExpression> found = TAGGER.tag(text, reference);
    int last = 0;
    for (TimeExpression t : found) {
      assertThat(t.begin()).isGreaterThanOrEqualTo(last);
      assertThat(t.end()).isLessThanOrEqualTo(text.length());
      assertThat(t.text()).isEqualTo(text.substring(t.begin(), t.end()));
      assertThat(t.value()).isNotBlank();
      last = t.end();
    }
  }
}
