package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.testdata.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Searching only where expressions can be ({@link Windows}) finds exactly what searching the whole
 * text finds, on every TempEval-3 news text in {@code ../shared} when it is there; and so does
 * reading which expressions are stated with the second reading kept to where the first found any.
 */
class TemporalTaggerWindowsTest {
  @Test
  void findsTheSameExpressionsOnTempEvalTexts() throws IOException {
    Optional<Path> tempeval = SharedData.find("bench/time/tempeval3-train");
    assumeTrue(tempeval.isPresent(), "../shared is not beside the checkout");
    TemporalTagger windowed = new TemporalTagger();
    TemporalTagger full = new TemporalTagger(false);
    List<Path> files;
    try (Stream<Path> s = Files.walk(tempeval.get())) {
      files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(100);
    LocalDate reference = LocalDate.of(1998, 2, 13);
    int found = 0;
    for (Path f : files) {
      String text =
          Files.readString(f, StandardCharsets.UTF_8)
              .replaceAll("<[^>]*>", " ")
              .replace("&amp;", "&")
              .replace("&lt;", "<")
              .replace("&gt;", ">");
      List<TimeExpression> expected = full.tag(text, reference);
      assertThat(windowed.tag(text, reference)).as(f.getFileName().toString()).isEqualTo(expected);
      found += expected.size();
      assertThat(stated(StatedTimes.read(windowed, text)))
          .as(f.getFileName().toString())
          .isEqualTo(statedByTwoFullReadings(full, text));
    }
    assertThat(found).isGreaterThan(1_000);
  }

  private static List<String> stated(List<StatedTimes.Reading> readings) {
    return readings.stream()
        .map(r -> r.expression().begin() + "-" + r.expression().end() + " " + r.stated())
        .toList();
  }

  /** Which expressions are stated, by comparing two whole-text readings a century apart. */
  private static List<String> statedByTwoFullReadings(TemporalTagger full, String text) {
    List<TimeExpression> early = full.tag(text, StatedTimes.EARLY);
    List<TimeExpression> late = full.tag(text, StatedTimes.LATE);
    return early.stream()
        .map(
            e ->
                e.begin()
                    + "-"
                    + e.end()
                    + " "
                    + late.stream()
                        .anyMatch(
                            l ->
                                l.begin() == e.begin()
                                    && l.end() == e.end()
                                    && l.value().equals(e.value())))
        .toList();
  }
}
