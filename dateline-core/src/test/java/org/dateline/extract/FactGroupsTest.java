package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.model.Fact;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Reports of one figure across outlets, written as each outlet writes it. */
class FactGroupsTest {

  private static Fact fact(String subject, double value, String change, @Nullable String period) {
    String text = value + "%";
    return new Fact(
        0, text.length(), text, text, value, null, "percent", change, null, subject, period, null);
  }

  @Test
  void outletsWordingOneFigureDifferentlyShareAGroup() {
    FactGroups groups = new FactGroups();
    FactGroups.Group a =
        groups.add(fact("Peru's copper exports to Japan", 12.0, "down", "2031-04"));
    FactGroups.Group b =
        groups.add(fact("Peruvian copper export to Japan", 12.0, "down", "2031-04"));
    assertThat(b).isSameAs(a);
    assertThat(a.disagrees()).isFalse();
  }

  @Test
  void aDifferentValueForTheSameFigureIsFlagged() {
    FactGroups groups = new FactGroups();
    FactGroups.Group a = groups.add(fact("Peru's copper exports", 12.0, "down", "2031-04"));
    groups.add(fact("Peru's copper exports", 12.04, "down", "2031-04"));
    assertThat(a.disagrees()).isFalse();
    groups.add(fact("copper exports of Peru", 14.0, "down", "2031-04"));
    assertThat(a.disagrees()).isTrue();
  }

  @Test
  void anotherPeriodOrDirectionIsAnotherFigure() {
    FactGroups groups = new FactGroups();
    FactGroups.Group a = groups.add(fact("copper exports", 12.0, "down", "2031-04"));
    assertThat(groups.add(fact("copper exports", 12.0, "down", "2031-05"))).isNotSameAs(a);
    assertThat(groups.add(fact("copper exports", 12.0, "up", "2031-04"))).isNotSameAs(a);
  }

  @Test
  void aReportThatNamesNoPeriodJoinsTheOneGroupItFits() {
    FactGroups groups = new FactGroups();
    FactGroups.Group april = groups.add(fact("copper exports", 12.0, "down", null));
    assertThat(groups.add(fact("copper exports", 12.0, "down", "2031-04"))).isSameAs(april);
    assertThat(groups.add(fact("copper exports", 12.0, "down", null))).isSameAs(april);
    FactGroups.Group may = groups.add(fact("copper exports", 9.0, "down", "2031-05"));
    assertThat(may).isNotSameAs(april);
    assertThat(groups.add(fact("copper exports", 9.0, "down", null)))
        .as("two periods fit a report that names none: it joins neither")
        .isNotSameAs(april)
        .isNotSameAs(may);
    assertThat(groups.get(april.id)).isSameAs(april);
  }
}
