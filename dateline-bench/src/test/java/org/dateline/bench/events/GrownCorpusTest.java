package org.dateline.bench.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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
import org.dateline.copies.CopyLink;
import org.dateline.corpus.CorpusAnalysis;
import org.dateline.corpus.CorpusCollector;
import org.dateline.corpus.CorpusEntity;
import org.dateline.corpus.CorpusSink;
import org.dateline.corpus.DatedEvent;
import org.dateline.corpus.EntityMention;
import org.dateline.model.Published;
import org.dateline.storylines.Storyline;
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

  @Test
  void truthAndItsSizeAreReadFromTheIdAloneEvenWhenTheCorpusEndsInsideAnInstance()
      throws Exception {
    GrownCorpus corpus = new GrownCorpus(seeds(), 2_345, 5);
    Map<String, Integer> sizes = new HashMap<>();
    for (GrownCorpus.Grown g : corpus) {
      assertThat(GrownCorpus.truthOf(g.article().id())).isEqualTo(g.truth());
      sizes.merge(g.truth(), 1, Integer::sum);
    }
    sizes.forEach((truth, n) -> assertThat(corpus.truthSize(truth)).as(truth).isEqualTo(n));
  }

  @Test
  void scoringEventsAsTheyComeEqualsScoringTheWholeClustering() throws Exception {
    GrownCorpus corpus = new GrownCorpus(seeds(), 1_500, 7);
    Map<String, String> truth = new HashMap<>();
    corpus.forEach(g -> truth.put(g.article().id(), g.truth()));
    CorpusCollector collected = new CorpusCollector();
    StreamingBCubed streamed = new StreamingBCubed(GrownCorpus::truthOf, corpus::truthSize);
    var both = new Tee(collected, streamed);
    var analysis = CorpusAnalysis.streaming(both);
    corpus.forEach(g -> analysis.add(g.article()));
    analysis.end();

    BCubed.Score whole = BCubed.score(collected.result().eventOf(), truth, truth.keySet());
    assertThat(streamed.articles()).isEqualTo(1_500);
    assertThat(streamed.score().precision()).isCloseTo(whole.precision(), within(1e-9));
    assertThat(streamed.score().recall()).isCloseTo(whole.recall(), within(1e-9));
    assertThat(whole.f1()).isGreaterThan(0.5);
  }

  /** Hands everything to two sinks. */
  private record Tee(CorpusSink first, CorpusSink second) implements CorpusSink {
    @Override
    public void copy(CopyLink link) {
      first.copy(link);
      second.copy(link);
    }

    @Override
    public void mention(EntityMention mention) {
      first.mention(mention);
      second.mention(mention);
    }

    @Override
    public void event(DatedEvent event, Map<String, Published> lent) {
      first.event(event, lent);
      second.event(event, lent);
    }

    @Override
    public void end(List<Storyline> storylines, List<CorpusEntity> entities) {
      first.end(storylines, entities);
      second.end(storylines, entities);
    }
  }
}
