package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.model.Fact;
import org.junit.jupiter.api.Test;

/** Reports of one figure across outlets, written as each outlet writes it. */
class FactGroupsTest {

  private static Fact fact(String subject, double value, String change, String period) {
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
}
