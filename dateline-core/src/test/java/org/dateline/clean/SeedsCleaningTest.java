package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.model.Extraction;
import org.dateline.testdata.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The text-dump cleaner on the real crawler dumps in {@code ../shared/seeds} (skipped when they are
 * not there). Assertions quote only short fragments; the dumps stay outside the project.
 */
class SeedsCleaningTest {
  private final TextDumpCleaner cleaner = new TextDumpCleaner();

  private Extraction clean(String prefix) throws IOException {
    var seeds = SharedData.seeds();
    assumeTrue(seeds.isPresent(), "../shared/seeds is not available");
    Path dir = seeds.get();
    try (var files = Files.list(dir)) {
      Path file =
          files
              .filter(f -> f.getFileName().toString().startsWith(prefix))
              .findFirst()
              .orElseThrow();
      return cleaner.clean(Files.readString(file, StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyBodyParagraphIsASentenceAndPromptsAreGone() throws IOException {
    for (String seed : List.of("000", "001", "002", "003", "004")) {
      Extraction e = clean(seed);
      // Every paragraph ends as a sentence ends, except a standfirst leading the body.
      assertThat(e.paragraphs()).as(seed).isNotEmpty();
      assertThat(e.paragraphs().subList(1, e.paragraphs().size()))
          .as(seed)
          .allSatisfy(p -> assertThat(p).as(seed).matches("(?s).*[.!?…][”’\"')]*$"));
      assertThat(e.text())
          .as(seed)
          .doesNotContain(
              "Sign up",
              "Sign in",
              "Sign In",
              "newsletter",
              "Related Stories",
              "PHOTO:",
              "Skip to content",
              "Type to search",
              "Download the app",
              "paying subscribers",
              "(Reporting by",
              "Follow topic",
              "Already a member",
              "One app",
              "is an Australian journalist",
              "Top stories");
    }
  }

  @Test
  void rejoinsTheSentenceBrokenByAStrippedHyperlink() throws IOException {
    Extraction e = clean("000");
    assertThat(e.paragraphs())
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "Mr Putin and Mr Xi signed a “no limits” partnership in"
                            + " February 2022, just before Russia’s invasion of Ukraine."));
  }

  @Test
  void findsTheTitlesTheDumpsName() throws IOException {
    assertThat(clean("000").title())
        .isEqualTo("Russia says PM Mishustin’s visit to China ‘very important’");
    assertThat(clean("001").title())
        .isEqualTo("Russian premier Mikhail Mishustin begins ‘very important’ China visit");
    assertThat(clean("002").title()).isNull();
    assertThat(clean("003").title())
        .isEqualTo("Russian Prime Minister Mishustin and Xi Jinping Discuss Strategic Ties");
    assertThat(clean("004").title())
        .isEqualTo("Russian PM Signs Economic Deals in Beijing as Ties Warm");
    assertThat(clean("001").outlet()).isEqualTo("The Independent UK");
    assertThat(clean("001").authors()).containsExactly("Maroosha Muzaffar");
  }

  @Test
  void keepsCaptionsApartFromTheBody() throws IOException {
    Extraction first = clean("000");
    assertThat(first.captions()).hasSize(3).anySatisfy(c -> assertThat(c).startsWith("FILE PHOTO"));
    assertThat(first.text()).doesNotContain("reportedly expected to focus");
    Extraction last = clean("004");
    assertThat(last.captions()).anySatisfy(c -> assertThat(c).endsWith("Reuters image."));
    assertThat(last.text()).doesNotContain("Reuters image");
  }

  @Test
  void dropsHeadingsAndRelatedHeadlinesInsideAndAfterTheBody() throws IOException {
    Extraction wire = clean("002");
    assertThat(wire.paragraphs())
        .hasSize(14)
        .noneMatch(p -> p.contains("NO LIMITS") || p.contains("DECLINE IN TRADE"));
    Extraction last = clean("004");
    assertThat(last.text())
        .doesNotContain(
            "Covid Wave",
            "Zelenskiy Joins G7",
            "Military Drones",
            "‘Ties at unprecedented high’",
            "Pragmatic cooperation’:");
    assertThat(last.paragraphs())
        .last()
        .asString()
        .isEqualTo("Li Hui is scheduled to visit Russia on Friday.");
  }

  @Test
  void keepsEveryBodySentenceOfEachDump() throws IOException {
    assertThat(clean("000").paragraphs()).hasSize(12);
    assertThat(clean("001").paragraphs()).hasSize(19);
    assertThat(clean("003").paragraphs()).hasSize(3);
    assertThat(clean("004").paragraphs()).hasSize(21);
    assertThat(clean("001").text()).contains("can have a big influence on Putin");
    assertThat(clean("003").text()).contains("increase Russian grain shipments to China.");
  }
}
