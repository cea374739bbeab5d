package org.dateline.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.IngestItem;
import org.dateline.ingest.IngestSettings;
import org.dateline.model.Article;
import org.dateline.model.StageResult;
import org.dateline.pipeline.Pipeline;
import org.dateline.storylines.Storyline;
import org.dateline.testdata.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The cross-document stage on the real crawler dumps (skipped when {@code ../shared/seeds} is not
 * there), without entities: three reports of one visit, and two reports of two earlier visits by
 * the same people.
 */
class SeedsStoriesTest {

  private static CorpusResult analyse() {
    var seeds = SharedData.seeds();
    assumeTrue(seeds.isPresent(), "../shared/seeds is not available");
    Pipeline pipeline = Pipeline.defaults();
    CorpusAnalysis analysis = CorpusAnalysis.withDefaults();
    List<Path> dirs = List.of(seeds.get());
    new Ingest(IngestSettings.defaults())
        .read(
            dirs,
            item -> {
              if (item instanceof IngestItem.Page page
                  && pipeline.process(page.page()) instanceof StageResult.Ok<Article> ok) {
                analysis.add(ok.value());
              }
            },
            file -> {});
    return analysis.finish();
  }

  private static String seed(String id) {
    return id.substring(0, 3);
  }

  @Test
  void oneEventPerVisitOneCopyLinkAndOneStoryline() {
    CorpusResult result = analyse();

    Set<Set<String>> events = new HashSet<>();
    for (DatedEvent e : result.events()) {
      events.add(
          new HashSet<>(e.event().documents().stream().map(SeedsStoriesTest::seed).toList()));
    }
    assertThat(events)
        .containsExactlyInAnyOrder(Set.of("000", "001", "002"), Set.of("003"), Set.of("004"));

    List<List<String>> pairs = new ArrayList<>();
    result.copies().forEach(p -> pairs.add(List.of(seed(p.a()), seed(p.b()))));
    assertThat(pairs).containsExactly(List.of("000", "002"));

    DatedEvent latest =
        result.events().stream()
            .filter(e -> e.event().documents().stream().anyMatch(d -> seed(d).equals("000")))
            .findFirst()
            .orElseThrow();
    // No page states its date; together they say "Nov 3", "Monday" and "August 2024" (past).
    assertThat(latest.start()).isEqualTo("2025-11-03");

    assertThat(result.storylines()).hasSize(1);
    Storyline line = result.storylines().get(0);
    assertThat(line.events())
        .containsExactlyInAnyOrderElementsOf(result.events().stream().map(DatedEvent::id).toList());
  }
}
