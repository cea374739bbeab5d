package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.model.Extraction;
import org.dateline.model.Removal;
import org.junit.jupiter.api.Test;

/** The HTML extractor on small made-up pages. */
class HtmlExtractorTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  private static final String PAGE =
      """
      <html><head><title>Ferry strike ends | Coast Courier</title>
      <meta property="og:site_name" content="Coast Courier">
      <script type="application/ld+json">
      {"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
       {"@type":"NewsArticle","headline":"Ferry strike ends after nine days",
        "datePublished":"2025-03-04T07:15:00+01:00",
        "author":[{"@type":"Person","name":"Ines Moro"},{"@type":"Person","name":"Tal Brik"}],
        "publisher":{"@type":"Organization","name":"Coast Courier Ltd"}}]}
      </script></head>
      <body>
      <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
      <div class="layout">
        <div class="article-body">
          <h1>Ferry strike ends after nine days</h1>
          <p>Ferry crews on the northern routes returned to work on Monday after the union accepted
          a revised offer, ending a strike that stranded thousands of island residents.</p>
          <figure><img src="a.jpg"><figcaption>Crews at the north pier. Photo: Lena Dorr</figcaption></figure>
          <p>The offer raises pay by 4.5 per cent this year and adds a rest day after long shifts,
          the operator said in a statement, calling the deal fair to both sides.</p>
          <h2>Islanders count the cost</h2>
          <p>Shops on the islands ran short of fresh food by the weekend, and the regional council
          said it would compensate businesses that lost stock during the dispute.</p>
          <div class="share-tools"><a href="#">Share on social media</a> <a href="#">Email</a></div>
        </div>
        <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/1">Bridge toll vote delayed</a></li>
          <li><a href="/2">Harbour fees to rise</a></li></ul></aside>
      </div>
      <div class="related-stories"><a href="/x">Union leader profile: a life on the water</a></div>
      <footer>Copyright Coast Courier. Contact us.</footer>
      </body></html>
      """;

  @Test
  void keepsTheArticleInReadingOrderAndDropsTheRest() {
    Extraction e = extractor.extract(PAGE, "https://coast.example/ferry");
    assertThat(e.paragraphs()).hasSize(4);
    assertThat(e.paragraphs().get(0)).startsWith("Ferry crews on the northern routes");
    assertThat(e.paragraphs().get(2)).isEqualTo("Islanders count the cost");
    assertThat(e.text())
        .doesNotContain("Most read", "Share on", "Union leader", "Copyright", "Home");
  }

  @Test
  void readsJsonLdMetadataAndKeepsCaptionsApart() {
    Extraction e = extractor.extract(PAGE, "https://coast.example/ferry");
    assertThat(e.title()).isEqualTo("Ferry strike ends after nine days");
    assertThat(e.outlet()).isEqualTo("Coast Courier");
    assertThat(e.authors()).containsExactly("Ines Moro", "Tal Brik");
    assertThat(e.statedDate()).isEqualTo("2025-03-04");
    assertThat(e.captions()).containsExactly("Crews at the north pier. Photo: Lena Dorr");
    assertThat(e.text()).doesNotContain("Lena Dorr");
  }

  @Test
  void recordsWhyEachBlockWent() {
    Extraction e = extractor.extract(PAGE, "https://coast.example/ferry");
    assertThat(e.boilerplate())
        .extracting(Removal::why)
        .contains("nav element", "footer element", "class or id hint: related");
    assertThat(e.boilerplate()).allSatisfy(r -> assertThat(r.text()).isNotBlank());
  }

  @Test
  void readsMetaTagsWhenThereIsNoJsonLd() {
    Extraction e =
        extractor.extract(
            """
        <html><head><title>Council backs new bridge - Valley Post</title>
        <meta property="og:title" content="Council backs new bridge">
        <meta property="article:published_time" content="2024-11-20T10:00:00Z">
        <meta name="author" content="Rui Santo"></head>
        <body><article><p>The council voted eleven to four on Tuesday to build a second bridge
        over the river, at a cost the treasurer put at 40 million crowns over five years.</p>
        </article></body></html>
        """,
            null);
    assertThat(e.title()).isEqualTo("Council backs new bridge");
    assertThat(e.statedDate()).isEqualTo("2024-11-20");
    assertThat(e.authors()).containsExactly("Rui Santo");
    assertThat(e.paragraphs()).hasSize(1);
  }

  @Test
  void survivesDeepNestingAndBrokenMarkup() {
    String deep =
        "<div>".repeat(10_000)
            + "<p>Deep text about the harbour board and its vote on"
            + " Tuesday, reported here at length.</p>"
            + "</div>".repeat(10);
    assertThat(extractor.extract(deep, null).text()).contains("harbour board");
    Extraction broken =
        extractor.extract(
            "<p>Unclosed <b>bold <i>and <table><tr><td>cell text"
                + " about the ferry timetable that runs on for a while<p>More text",
            null);
    assertThat(broken.text()).contains("ferry timetable");
    assertThat(extractor.extract("", null).paragraphs()).isEmpty();
  }
}
