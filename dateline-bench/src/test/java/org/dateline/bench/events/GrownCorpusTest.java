package org.dateline.bench.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The grown corpus keeps its promises; skipped when ../shared/bench is not there. */
class GrownCorpusTest {

  private static List<EcbDocument> seeds() throws Exception {
    Path root =
        Stream.of("../shared/bench/events/ecbplus-dev", "../../shared/bench/events/ecbplus-dev")
            .map(Path::of)
            .filter(Files::isDirectory)
            .findFirst()
            .orElse(Path.of("missing"));
    assumeTrue(Files.isDirectory(root), "ECB+ not available at ../shared/bench");
    return EcbCorpus.read(root, EcbHarness.SEED);
  }

  @Test
  void instancesAreDatedTogetherAndReplaysOfOneGoldEventWeeksApart() throws Exception {
    List<EcbDocument> seeds = seeds();
    List<GrownCorpus.Grown> grown = new ArrayList<>();
    new GrownCorpus(seeds, 3_000, 5).forEach(grown::add);
    assertThat(grown).hasSize(3_000);

    Map<String, List<LocalDate>> datesOfInstance = new HashMap<>();
    Map<String, Set<String>> instancesOfGold = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (GrownCorpus.Grown g : grown) {
      assertThat(ids.add(g.article().id())).isTrue();
      datesOfInstance
          .computeIfAbsent(g.truth(), k -> new ArrayList<>())
          .add(LocalDate.parse(g.article().published().value()));
      instancesOfGold.computeIfAbsent(g.gold(), k -> new HashSet<>()).add(g.truth());
    }
    for (List<LocalDate> dates : datesOfInstance.values()) {
      assertThat(
              ChronoUnit.DAYS.between(
                  dates.stream().min(LocalDate::compareTo).get(),
                  dates.stream().max(LocalDate::compareTo).get()))
          .isLessThanOrEqualTo(1);
    }
    for (Set<String> instances : instancesOfGold.values()) {
      List<LocalDate> firsts =
          instances.stream()
              .map(i -> datesOfInstance.get(i).stream().min(LocalDate::compareTo).get())
              .sorted()
              .toList();
      for (int i = 1; i < firsts.size(); i++) {
        assertThat(ChronoUnit.DAYS.between(firsts.get(i - 1), firsts.get(i)))
            .as("replays of one gold event")
            .isGreaterThan(3);
      }
    }
    assertThat(instancesOfGold.values().stream().mapToInt(Set::size).max().getAsInt())
        .isGreaterThan(1);

    List<String> again = new ArrayList<>();
    new GrownCorpus(seeds, 3_000, 5).forEach(g -> again.add(g.article().text()));
    assertThat(again).isEqualTo(grown.stream().map(g -> g.article().text()).toList());
  }
}
