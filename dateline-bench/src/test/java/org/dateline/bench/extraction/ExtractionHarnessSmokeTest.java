package org.dateline.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor and Readability4J on the first WCXB pages when ../shared/bench is present
 * (skipped otherwise). The full run and its figures are in docs/bench/extraction.md.
 */
class ExtractionHarnessSmokeTest {
  private static Path wcxb() {
    return Stream.of(
            Path.of("../shared/bench/extraction/wcxb-dev"),
            Path.of("../../shared/bench/extraction/wcxb-dev"))
        .filter(Files::isDirectory)
        .findFirst()
        .orElse(Path.of("missing"));
  }

  @Test
  void scoresAboveReadability4jOnTheFirstPages() throws Exception {
    Path dir = wcxb();
    assumeTrue(Files.isDirectory(dir), "../shared/bench/extraction/wcxb-dev not found");
    List<WcxbPage> pages = WcxbPage.load(dir, 80);
    List<ExtractionHarness.Candidate> systems = ExtractionHarness.systems();
    ExtractionHarness.Result ours = ExtractionHarness.score(systems.get(0), pages);
    ExtractionHarness.Result peer = ExtractionHarness.score(systems.get(1), pages);
    assertThat(ours.all.pages()).isEqualTo(80);
    assertThat(ours.all.wordF1()).isGreaterThan(0.9).isGreaterThan(peer.all.wordF1() - 0.02);
  }

  @Test
  void scoresPerfectAndEmptyPredictionsAsTheMetricSays() {
    assertThat(Scores.words("The ferry sails", "the ferry sails").f1()).isEqualTo(1.0);
    assertThat(Scores.words("", "").f1()).isEqualTo(1.0);
    assertThat(Scores.words("words", "").f1()).isEqualTo(0.0);
    Scores.Words half = Scores.words("ferry ferry", "ferry");
    assertThat(half.precision()).isEqualTo(0.5);
    assertThat(half.recall()).isEqualTo(1.0);
    Scores.Shingles s = Scores.shingles("a b c d e", "a b c d");
    assertThat(s.tp()).isEqualTo(0.5);
    assertThat(s.fp()).isEqualTo(0.5);
  }
}
