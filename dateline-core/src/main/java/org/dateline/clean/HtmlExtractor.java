package org.dateline.clean;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Extraction;
import org.dateline.model.Removal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Main-content extraction from HTML, on jsoup's DOM: metadata first ({@link HtmlMetadata}), then
 * boilerplate pruned ({@link DomPruner}), the content container chosen by text and link density and
 * class hints ({@link ContentScorer}), and its blocks written out in reading order ({@link
 * BlockWriter}). When pruning by hints leaves less than {@value #MIN_CHARS} characters of a page
 * that holds much more, the page is read again with less pruning (hints do mislabel content), and a
 * reading at least {@value #RETRY_GAIN} times longer wins. Captions are kept apart; every removed
 * block is recorded with why. Never throws: jsoup repairs any markup, and every walk over the tree
 * is iterative.
 */
public final class HtmlExtractor {
  static final int MIN_CHARS = 500;

  /**
   * A less-pruned reading replaces the first only when it is this many times longer: on a short
   * article the retry finds nothing more than the share bars and prompts the hints had removed.
   */
  static final int RETRY_GAIN = 2;

  private final DomPruner pruner = new DomPruner(HtmlHints.DEFAULT);
  private final ContentScorer scorer = new ContentScorer(HtmlHints.DEFAULT);

  public Extraction extract(String html, @Nullable String url) {
    Document doc = parse(html, url);
    HtmlMetadata meta = HtmlMetadata.read(doc);
    int pageChars = TextStats.compute(doc.body()).of(doc.body()).chars;
    Extraction best = attempt(doc, meta, DomPruner.Strictness.FULL);
    for (DomPruner.Strictness strictness :
        List.of(DomPruner.Strictness.LAYOUT, DomPruner.Strictness.MINIMAL)) {
      int found = best.text().length();
      if (found >= MIN_CHARS || pageChars < RETRY_GAIN * found + MIN_CHARS) {
        break; // enough text, or too little left on the page for a retry to find more
      }
      Extraction retry = attempt(parse(html, url), meta, strictness);
      if (retry.text().length() > RETRY_GAIN * found) {
        best = retry;
      }
    }
    return best;
  }

  private static Document parse(String html, @Nullable String url) {
    return url == null ? Jsoup.parse(html) : Jsoup.parse(html, url);
  }

  private Extraction attempt(Document doc, HtmlMetadata meta, DomPruner.Strictness strictness) {
    Element body = doc.body();
    List<String> captions = new ArrayList<>();
    List<Removal> removed = new ArrayList<>(pruner.prune(body, captions, strictness));
    List<Element> content = scorer.select(body);
    String title = meta.title() == null ? "" : meta.title();
    List<String> paragraphs = BlockWriter.write(content, title, removed);
    return new Extraction(
        meta.title(), meta.outlet(), meta.authors(), meta.date(), paragraphs, captions, removed);
  }
}
