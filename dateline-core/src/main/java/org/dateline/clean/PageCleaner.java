package org.dateline.clean;

import org.dateline.model.Article;
import org.dateline.model.ContentKind;
import org.dateline.model.DecodedPage;
import org.dateline.model.Extraction;
import org.dateline.model.PageMetadata;
import org.dateline.model.Published;
import org.dateline.model.ReasonCode;
import org.dateline.model.Rejection;
import org.dateline.model.StageResult;
import org.jspecify.annotations.Nullable;

/**
 * The clean stage: picks the extractor for the page's kind, merges stated metadata over what the
 * page shows, and rejects pages with no body ({@code EMPTY}) or markup nested beyond repair ({@code
 * MALFORMED}).
 *
 * <p>Precedence for each field: what the container states (feed item, JSON Lines field), then what
 * the page states (meta tags, JSON-LD, a byline), and for the date, last of all, the crawler's
 * fetch time.
 */
public final class PageCleaner {
  static final String STAGE = "clean";

  private final HtmlExtractor html;
  private final TextDumpCleaner text;
  private final int maxMarkupDepth;

  public PageCleaner(HtmlExtractor html, TextDumpCleaner text, int maxMarkupDepth) {
    this.html = html;
    this.text = text;
    this.maxMarkupDepth = maxMarkupDepth;
  }

  /** The default extractors, and markup up to {@link MarkupDepth#DEFAULT_LIMIT} levels deep. */
  public static PageCleaner defaults() {
    return new PageCleaner(new HtmlExtractor(), new TextDumpCleaner(), MarkupDepth.DEFAULT_LIMIT);
  }

  public StageResult<Article> clean(DecodedPage page) {
    Extraction found;
    if (page.kind() == ContentKind.HTML) {
      int depth = MarkupDepth.exceeds(page.text(), maxMarkupDepth);
      if (depth > 0) {
        return reject(
            page,
            ReasonCode.MALFORMED,
            "markup nests deeper than "
                + maxMarkupDepth
                + " levels (reached at character "
                + depth
                + ")");
      }
      found = html.extract(page.text(), page.metadata().url());
    } else {
      found = text.clean(page.text());
    }
    if (found.paragraphs().isEmpty()) {
      return reject(
          page,
          ReasonCode.EMPTY,
          "no body text found (" + found.boilerplate().size() + " blocks removed as boilerplate)");
    }
    PageMetadata stated = page.metadata();
    return StageResult.ok(
        new Article(
            page.id(),
            page.provenance(),
            stated.url(),
            first(stated.title(), found.title()),
            first(stated.outlet(), found.outlet()),
            stated.authors().isEmpty() ? found.authors() : stated.authors(),
            published(stated, found),
            found.paragraphs(),
            found.captions(),
            found.boilerplate()));
  }

  private static Published published(PageMetadata stated, Extraction found) {
    String value = StatedDates.normalize(stated.published());
    if (value == null) {
      value = StatedDates.normalize(found.statedDate());
    }
    if (value != null) {
      return new Published(value, Published.Basis.METADATA);
    }
    String fetched = StatedDates.normalize(stated.fetched());
    return fetched == null ? Published.unknown() : new Published(fetched, Published.Basis.FETCHED);
  }

  private static @Nullable String first(@Nullable String a, @Nullable String b) {
    return a != null && !a.isBlank() ? a.strip() : b;
  }

  private static StageResult<Article> reject(DecodedPage page, ReasonCode reason, String message) {
    return StageResult.rejected(new Rejection(STAGE, reason, message, page.provenance()));
  }
}
