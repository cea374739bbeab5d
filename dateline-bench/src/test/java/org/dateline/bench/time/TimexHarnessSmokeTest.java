package org.dateline.bench.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the harness pieces on a few benchmark documents when ../shared/bench is present; skipped
 * otherwise.
 */
class TimexHarnessSmokeTest {

  private static Path bench() {
    return Stream.of(Path.of("../shared/bench"), Path.of("../../shared/bench"))
        .filter(p -> Files.isDirectory(p.resolve("time")))
        .findFirst()
        .orElse(null);
  }

  @Test
  void scoresAFewTempEvalDocuments() throws Exception {
    Path bench = bench();
    assumeTrue(bench != null, "../shared/bench not found");
    List<GoldDocument> docs = TimexHarness.tempEval(bench.resolve("time/tempeval3-train"), 5);
    assertThat(docs).hasSize(5);
    Score score = new Score();
    DatelineSystem ours = new DatelineSystem();
    for (GoldDocument d : docs) {
      for (Mention g : d.gold()) {
        assertThat(d.text().substring(g.begin(), g.end())).isNotBlank();
      }
      score.add(d.gold(), ours.tag(d));
    }
    assertThat(score.gold).isPositive();
    assertThat(score.relaxedF1()).isGreaterThan(0.5);
  }

  @Test
  void readsEventStoryLineDocuments() throws Exception {
    Path bench = bench();
    assumeTrue(bench != null, "../shared/bench not found");
    List<GoldDocument> docs =
        TimexHarness.eventStoryLine(bench.resolve("time/eventstoryline/annotated_data"), 5);
    assertThat(docs).isNotEmpty();
    assertThat(docs).allSatisfy(d -> assertThat(d.text()).isNotBlank());
  }

  @Test
  void scoreCountsStrictRelaxedAndValueMatches() {
    Score score = new Score();
    score.add(
        List.of(new Mention(0, 6, "DATE", "2025-03-10"), new Mention(10, 20, "DURATION", "P3Y")),
        List.of(new Mention(0, 6, "DATE", "2025-03-10"), new Mention(12, 20, "DURATION", "P2Y")));
    assertThat(score.strictF1()).isEqualTo(0.5);
    assertThat(score.relaxedF1()).isEqualTo(1.0);
    assertThat(score.valueF1()).isEqualTo(0.5);
  }

  @Test
  void systemSpansWidenToTheGoldTokensTheyTouchAndStayInScope() {
    String text = "On Monday's vote\nNothing here Tuesday";
    GoldDocument d =
        new GoldDocument(
            "x",
            "eventstoryline",
            text,
            java.time.LocalDate.of(2020, 1, 1),
            List.of(new Mention(3, 11, "DATE", "2019-12-30")),
            List.of(new Mention(0, 16, "", "")),
            List.of(
                new Mention(0, 2, "", ""),
                new Mention(3, 11, "", ""),
                new Mention(12, 16, "", ""),
                new Mention(17, 24, "", "")));
    List<Mention> scored =
        d.inScope(
            d.asTokens(
                List.of(
                    new Mention(3, 9, "DATE", "2019-12-30"),
                    new Mention(30, 37, "DATE", "2019-12-31"))));
    assertThat(scored).containsExactly(new Mention(3, 11, "DATE", "2019-12-30"));
    Score score = new Score();
    score.add(d.gold(), scored);
    assertThat(score.strictF1()).isEqualTo(1.0);
  }
}
