package org.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.clean.TextDumpCleaner;
import org.dateline.extract.Extractor;
import org.dateline.model.Extracts;
import org.junit.jupiter.api.Test;

class SeedsExtractTest {
  private static final Extractor EXTRACTOR = new Extractor(new CoreNlpNames());

  static Path seeds() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/seeds");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return Path.of("missing");
  }

  static Extracts extract(String prefix) throws IOException {
    Path dir = seeds();
    assumeTrue(Files.isDirectory(dir), "../shared/seeds is not available");
    try (var files = Files.list(dir)) {
      Path file =
          files
              .filter(f -> f.getFileName().toString().startsWith(prefix))
              .findFirst()
              .orElseThrow();
      String text =
          new TextDumpCleaner().clean(Files.readString(file, StandardCharsets.UTF_8)).text();
      return EXTRACTOR.read(text, null);
    }
  }

  @Test
  void dump() throws IOException {
    for (String seed : List.of("000", "001", "002", "003", "004")) {
      Extracts x = extract(seed);
      System.out.println("=== " + seed);
      x.entities().forEach(e -> System.out.println("E " + e));
      x.quotes()
          .forEach(
              q ->
                  System.out.println(
                      "Q "
                          + q.kind()
                          + " ["
                          + q.speaker()
                          + " | "
                          + q.description()
                          + "] "
                          + q.text()));
      x.facts()
          .forEach(
              f ->
                  System.out.println(
                      "F "
                          + f.text()
                          + " v="
                          + f.value()
                          + " u="
                          + f.unit()
                          + " ch="
                          + f.change()
                          + " cmp="
                          + f.comparison()
                          + " subj="
                          + f.subject()
                          + " src="
                          + f.source()));
    }
    assertThat(true).isTrue();
  }
}
