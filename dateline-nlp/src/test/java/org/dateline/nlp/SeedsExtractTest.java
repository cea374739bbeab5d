package org.dateline.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.clean.TextDumpCleaner;
import org.dateline.extract.Extractor;
import org.dateline.model.Entity;
import org.dateline.model.Extracts;
import org.dateline.model.Fact;
import org.dateline.model.Published;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * The extract stage with CoreNLP on the real crawler dumps in {@code ../shared/seeds} (skipped when
 * they are not there). Assertions quote only short fragments; the dumps stay outside the project.
 */
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
      return EXTRACTOR.read(text, Published.unknown());
    }
  }

  private static Quote quote(Extracts x, String start) {
    return x.quotes().stream()
        .filter(q -> q.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting " + start + " in " + x.quotes()));
  }

  private static Entity entity(Extracts x, String name) {
    return x.entities().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name));
  }

  @Test
  void attributedQuotationsHaveTheirSpeakersCanonicalName() throws IOException {
    Extracts x002 = extract("002");
    assertThat(quote(x002, "good neighbours").speaker()).isEqualTo("Li Qiang");
    assertThat(quote(x002, "China is willing to strengthen").speaker()).isEqualTo("Li Qiang");
    Extracts x004 = extract("004");
    assertThat(quote(x004, "Today, relations between").speaker()).isEqualTo("Mikhail Mishustin");
    assertThat(quote(x004, "China is willing to work").speaker()).isEqualTo("Li Qiang");
    Extracts x003 = extract("003");
    assertThat(quote(x003, "To ensure the sound growth").speaker()).isEqualTo("Xi Jinping");
    Extracts x001 = extract("001");
    assertThat(quote(x001, "further enhance mutual trust").speaker()).isEqualTo("Guo Jiakun");
    assertThat(quote(x001, "I’d like China").speaker()).isEqualTo("Donald Trump");
    Quote unnamed = quote(x001, "We expect prime minister");
    assertThat(unnamed.speaker()).isNull();
    assertThat(unnamed.description()).isEqualTo("a Kremlin spokesman");
    assertThat(quote(x001, "Therefore, we are").description()).isEqualTo("a Kremlin spokesman");
  }

  @Test
  void scareQuotesAreKeptApartFromSpeech() throws IOException {
    for (String seed : new String[] {"000", "002"}) {
      assertThat(quote(extract(seed), "very great").kind()).isEqualTo(Quote.Kind.SCARE);
    }
  }

  @Test
  void aliasesMergeIntoOneEntity() throws IOException {
    Extracts x000 = extract("000");
    assertThat(entity(x000, "Mikhail Mishustin").aliases())
        .contains("Mishustin", "Mr Mishustin", "Russian Prime Minister Mikhail Mishustin");
    assertThat(entity(x000, "Li Qiang").aliases()).contains("Li", "Mr Li");
    assertThat(x000.entities().stream().filter(e -> e.name().contains("Mishustin"))).hasSize(1);
  }

  @Test
  void reportedPercentagesAndAmountsAreFacts() throws IOException {
    Fact drop = fact(extract("000"), "21 per cent");
    assertThat(drop.value()).isEqualTo(21.0);
    assertThat(drop.unit()).isEqualTo("percent");
    assertThat(drop.change()).isEqualTo("down");
    assertThat(drop.subject()).contains("exports to Russia");
    assertThat(drop.source()).isEqualTo("Chinese customs data");
    assertThat(fact(extract("002"), "50 billion cubic metres").value()).isEqualTo(5e10);
    Fact trade = fact(extract("003"), "$218 billion");
    assertThat(trade.value()).isEqualTo(2.18e11);
    assertThat(trade.unit()).isEqualTo("USD");
    assertThat(fact(extract("004"), "40%").change()).isEqualTo("up");
  }

  private static Fact fact(Extracts x, String text) {
    return x.facts().stream()
        .filter(f -> f.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no fact " + text + " in " + x.facts()));
  }
}
