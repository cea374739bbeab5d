package org.dateline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgglomerationTest {

  // Items 0-2 link well (one event), item 3 weakly to them, item 4 to nothing, item 5 weakly to
  // them but states another year.
  private static final double[][] LINKS = {
    {0, 0.40, 0.35, 0.09, 0.00, 0.09},
    {0.40, 0, 0.38, 0.07, 0.01, 0.08},
    {0.35, 0.38, 0, 0.08, 0.00, 0.07},
    {0.09, 0.07, 0.08, 0, 0.00, 0.02},
    {0.00, 0.01, 0.00, 0.00, 0, 0.00},
    {0.09, 0.08, 0.07, 0.02, 0.00, 0}
  };
  private static final List<Set<String>> YEARS =
      List.of(Set.of("y:2031"), Set.of(), Set.of("y:2031"), Set.of(), Set.of(), Set.of("y:2029"));

  @Test
  void averageLinkLeavesWeaklyLinkedItemsAlone() {
    int[] label = Agglomeration.averageLink(LINKS, 0.125);
    assertThat(label).containsExactly(0, 0, 0, 3, 4, 5);
  }

  @Test
  void aStrayJoinsTheEventItLinksToBestAboveTheFloorUnlessItStatesAnotherYear() {
    int[] label = Agglomeration.averageLink(LINKS, 0.125);
    Agglomeration.joinStrays(label, LINKS, YEARS, (i, j) -> true, 0.0625);
    // item 3 links 0.08 on average: joins; item 4 links nowhere; item 5 links 0.08 but says 2029
    assertThat(label).containsExactly(0, 0, 0, 0, 4, 5);
  }

  @Test
  void aFloorAboveEveryLinkMovesNothing() {
    int[] label = Agglomeration.averageLink(LINKS, 0.125);
    Agglomeration.joinStrays(label, LINKS, YEARS, (i, j) -> true, 0.1);
    assertThat(label).containsExactly(0, 0, 0, 3, 4, 5);
  }

  @Test
  void aStrayWhoseDateKeepsItFromAnyMemberStaysAlone() {
    int[] label = Agglomeration.averageLink(LINKS, 0.125);
    // item 3 was published a month after item 1
    Agglomeration.joinStrays(
        label, LINKS, YEARS, (i, j) -> !(i == 3 && j == 1 || i == 1 && j == 3), 0.0625);
    assertThat(label).containsExactly(0, 0, 0, 3, 4, 5);
  }
}
