package org.dateline.pipeline;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.dateline.clean.PageCleaner;
import org.dateline.decode.PageDecoder;
import org.dateline.extract.Extractor;
import org.dateline.extract.NameFinder;
import org.dateline.model.Article;
import org.dateline.model.DecodedPage;
import org.dateline.model.Published;
import org.dateline.model.RawPage;
import org.dateline.model.StageResult;
import org.dateline.time.PageDateInference;

/**
 * The per-page stages in order: decode, clean, date from the text when no metadata gave one, then
 * whatever article stages follow (the extract stage in a full analysis; none when only extraction
 * is asked for).
 */
public final class Pipeline {
  private final PageDecoder decoder;
  private final PageCleaner cleaner;
  private final UnaryOperator<Article> after;
  private final PageDateInference dates = new PageDateInference();

  public Pipeline(PageDecoder decoder, PageCleaner cleaner, UnaryOperator<Article> after) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    this.after = Objects.requireNonNull(after, "after");
  }

  /** Decode and clean only: what {@code extract} needs. */
  public static Pipeline defaults() {
    return new Pipeline(new PageDecoder(), PageCleaner.defaults(), UnaryOperator.identity());
  }

  /** The whole per-page analysis: decode, clean, then entities, quotations and figures. */
  public static Pipeline analysis(NameFinder names) {
    Extractor extractor = new Extractor(names);
    return new Pipeline(new PageDecoder(), PageCleaner.defaults(), extractor::apply);
  }

  /**
   * The page's date from its text, when no metadata stated one, or when only a crawler's fetch time
   * did and the text gives a date no later than it.
   */
  private Article dated(Article a) {
    Published own = a.published();
    if (own.value() != null && own.basis() != Published.Basis.FETCHED) {
      return a;
    }
    Published inferred = dates.infer(a.text(), a.title());
    String value = inferred.value();
    if (value == null) {
      return a;
    }
    String fetched = own.value();
    if (fetched != null
        && value.compareTo(fetched.substring(0, Math.min(value.length(), fetched.length()))) > 0) {
      return a;
    }
    return a.withPublished(inferred);
  }

  /** Runs one page through every stage; the first rejection ends its run. */
  public StageResult<Article> process(RawPage page) {
    StageResult<DecodedPage> decoded = decoder.decode(page);
    if (decoded instanceof StageResult.Rejected<DecodedPage> r) {
      return StageResult.rejected(r.rejection());
    }
    StageResult<Article> cleaned = cleaner.clean(((StageResult.Ok<DecodedPage>) decoded).value());
    if (cleaned instanceof StageResult.Ok<Article> ok) {
      return StageResult.ok(after.apply(dated(ok.value())));
    }
    return cleaned;
  }
}
