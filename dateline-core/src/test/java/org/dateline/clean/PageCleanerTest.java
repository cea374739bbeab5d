package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.ContentKind;
import org.dateline.model.DecodedPage;
import org.dateline.model.PageMetadata;
import org.dateline.model.Provenance;
import org.dateline.model.Published;
import org.dateline.model.ReasonCode;
import org.dateline.model.StageResult;
import org.junit.jupiter.api.Test;

class PageCleanerTest {
  private final PageCleaner cleaner = PageCleaner.defaults();

  private StageResult<Article> clean(String html, PageMetadata metadata) {
    return cleaner.clean(
        new DecodedPage("p", Provenance.of("p.html"), ContentKind.HTML, html, metadata));
  }

  @Test
  void rejectsMarkupNestedTenThousandLevelsDeep() {
    String html = "<div>".repeat(10_000) + "deep" + "</div>".repeat(10_000);
    StageResult<Article> result = clean(html, PageMetadata.empty());
    assertThat(result)
        .isInstanceOfSatisfying(
            StageResult.Rejected.class,
            r -> assertThat(r.rejection().reason()).isEqualTo(ReasonCode.MALFORMED));
  }

  @Test
  void acceptsSloppyMarkupWithUnclosedParagraphs() {
    String html =
        "<html><body><article>"
            + "<p>An unclosed paragraph about the port talks.".repeat(2000)
            + "</article>";
    assertThat(clean(html, PageMetadata.empty())).isInstanceOf(StageResult.Ok.class);
  }

  @Test
  void statedMetadataOutranksThePageAndFetchTimeComesLast() {
    String html =
        "<html><head><title>Page title</title></head><body><article><p>"
            + "The council approved the new harbour budget on Tuesday after a long debate."
            + "</p></article></body></html>";
    PageMetadata stated =
        new PageMetadata(
            "https://x.example/a",
            "Stated headline",
            null,
            "Stated Outlet",
            List.of("A Writer"),
            "2025-06-02T10:00:00Z");
    Article article = ((StageResult.Ok<Article>) clean(html, stated)).value();
    assertThat(article.title()).isEqualTo("Stated headline");
    assertThat(article.outlet()).isEqualTo("Stated Outlet");
    assertThat(article.authors()).containsExactly("A Writer");
    assertThat(article.published())
        .as("a fetch time is only an upper bound for the publication date")
        .isEqualTo(new Published("2025-06-02", Published.Basis.FETCHED));
    assertThat(article.published().basisName()).isEqualTo("metadata");
    assertThat(article.published().stated()).isFalse();
  }

  @Test
  void rejectsPagesWithoutBodyText() {
    assertThat(
            clean(
                "<html><body><nav><a href='/'>Home</a></nav></body></html>", PageMetadata.empty()))
        .isInstanceOfSatisfying(
            StageResult.Rejected.class,
            r -> assertThat(r.rejection().reason()).isEqualTo(ReasonCode.EMPTY));
  }
}
