package org.dateline.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.copies.CopyDetector;
import org.dateline.events.EventClusterer;
import org.dateline.events.EventSettings;
import org.dateline.model.Article;
import org.dateline.model.Provenance;
import org.dateline.model.Published;
import org.dateline.storylines.StorylineLinker;
import org.junit.jupiter.api.Test;

class CorpusAnalysisTest {

  private static Article article(String id, Published published, String title, String... body) {
    return new Article(
        id,
        Provenance.of(id + ".txt"),
        null,
        title,
        null,
        List.of(),
        published,
        List.of(body),
        List.of(),
        List.of());
  }

  private static final String[] WIRE = {
    "The harbour authority of Valmora reopened the northern ferry terminal on Tuesday after"
        + " three weeks of repairs to the storm-damaged pier.",
    "Director Elena Varga said the terminal would handle 40 per cent more passengers than before"
        + " the storm.",
    "Engineers replaced 120 metres of decking and two loading ramps, the authority said.",
    "Ferry operators had diverted crossings to the southern terminal since the storm struck the"
        + " coast in early March."
  };

  private final Article wire =
      article(
          "wire",
          new Published("2031-03-25", Published.Basis.METADATA),
          "Valmora reopens northern ferry terminal",
          WIRE);
  private final Article reprint =
      article(
          "reprint",
          Published.unknown(),
          "Ferry terminal back in service in Valmora",
          WIRE[0],
          WIRE[1].replace("40 per cent", "40%"),
          WIRE[2],
          "Local traders welcomed the news, saying summer bookings had been at risk.");
  private final Article other =
      article(
          "other",
          new Published("2031-03-26", Published.Basis.TEXT),
          "Orchestra names new conductor",
          "The Brandt Philharmonic named Tomas Keller as its principal conductor on Wednesday.",
          "Keller, who has led the orchestra's youth programme, will take up the post in the"
              + " autumn season.");

  @Test
  void anEventRetiredFromTheWindowStillLendsItsDateAndKeepsItsPages() {
    // a window of two articles: the third retires the ferry event, whose notes are summed up then
    EventSettings small = EventSettings.defaults().withMaxActiveArticles(2);
    CorpusAnalysis analysis =
        new CorpusAnalysis(
            CopyDetector.withDefaults(),
            new EventClusterer(small, a -> a.published().stated() ? a.published().day() : null),
            StorylineLinker.withDefaults(),
            new CorpusCollector());
    analysis.add(wire);
    analysis.add(reprint);
    analysis.add(other);
    analysis.add(reprint); // after its event retired: still seen, and ignored
    CorpusResult result = analysis.finish();

    assertThat(result.eventOf("wire")).isEqualTo(result.eventOf("reprint")).isNotNull();
    assertThat(result.published("reprint", reprint.published()))
        .isEqualTo(new Published("2031-03-25", Published.Basis.EVENT));
    assertThat(result.events())
        .filteredOn(e -> e.id().equals(result.eventOf("wire")))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.start()).isEqualTo("2031-03-25");
              assertThat(e.event().documents()).containsExactlyInAnyOrder("wire", "reprint");
            });
    assertThat(result.events()).hasSize(2);
  }

  @Test
  void wireReprintIsACopyInTheSameEventAndBorrowsItsDate() {
    CorpusAnalysis analysis = CorpusAnalysis.withDefaults();
    analysis.add(wire);
    analysis.add(other);
    analysis.add(reprint);
    CorpusResult result = analysis.finish();

    assertThat(result.copies())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(List.of(p.a(), p.b())).containsExactly("wire", "reprint");
              assertThat(p.sharedSentences()).isEqualTo(3);
              assertThat(p.kind()).isNotNull();
            });
    assertThat(result.eventOf("wire")).isEqualTo(result.eventOf("reprint")).isNotNull();
    assertThat(result.eventOf("other")).isNotNull().isNotEqualTo(result.eventOf("wire"));
    assertThat(result.published("reprint", reprint.published()))
        .isEqualTo(new Published("2031-03-25", Published.Basis.EVENT));
    assertThat(result.published("wire", wire.published())).isEqualTo(wire.published());
    DatedEvent ferry =
        result.events().stream()
            .filter(e -> e.id().equals(result.eventOf("wire")))
            .findFirst()
            .orElseThrow();
    assertThat(ferry.start()).isEqualTo("2031-03-25");
    assertThat(ferry.event().documents()).containsExactlyInAnyOrder("wire", "reprint");
    assertThat(result.storylines()).isEmpty();
  }

  @Test
  void addingAnArticleTwiceChangesNothing() {
    CorpusAnalysis analysis = CorpusAnalysis.withDefaults();
    analysis.add(wire);
    analysis.add(wire);
    CorpusResult result = analysis.finish();

    assertThat(result.copies()).isEmpty();
    assertThat(result.events())
        .singleElement()
        .satisfies(e -> assertThat(e.event().documents()).containsExactly("wire"));
  }
}
