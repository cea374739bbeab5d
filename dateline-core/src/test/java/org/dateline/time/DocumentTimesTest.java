package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.dateline.model.TimeMention;
import org.junit.jupiter.api.Test;

class DocumentTimesTest {
  private static final String TEXT =
      "The envoy arrived in Talvik on Monday for talks that lasted three days. She flies home on"
          + " 4 March 2030.";

  private final DocumentTimes times = new DocumentTimes(new TemporalTagger());

  @Test
  void valuesEveryExpressionAgainstTheDayOfAPageDatedToTheDay() {
    // 27 February 2030 is a Wednesday: the Monday before it is the 25th.
    assertThat(times.read(TEXT, LocalDate.of(2030, 2, 27)))
        .extracting(TimeMention::text, TimeMention::type, TimeMention::value)
        .containsExactly(
            tuple("Monday", "DATE", "2030-02-25"),
            tuple("three days", "DURATION", "P3D"),
            tuple("4 March 2030", "DATE", "2030-03-04"));
  }

  @Test
  void keepsOnlyStatedValuesWhenThePageIsNotDatedToTheDay() {
    assertThat(times.read(TEXT, null))
        .extracting(TimeMention::text, TimeMention::value)
        .containsExactly(
            tuple("Monday", null), tuple("three days", "P3D"), tuple("4 March 2030", "2030-03-04"));
  }

  @Test
  void leavesOnlyTheYearOpenWhenTheTextGivesTheRest() {
    assertThat(times.read("The ferry line reopened on Nov 3 after repairs.", null))
        .extracting(TimeMention::text, TimeMention::value)
        .containsExactly(tuple("Nov 3", "XXXX-11-03"));
  }

  @Test
  void offsetsPointIntoTheText() {
    for (TimeMention t : times.read(TEXT, null)) {
      assertThat(TEXT.substring(t.begin(), t.end())).isEqualTo(t.text());
    }
  }
}
