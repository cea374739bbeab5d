package org.dateline.pipeline;

import java.util.Objects;
import org.dateline.clean.PageCleaner;
import org.dateline.decode.PageDecoder;
import org.dateline.model.Article;
import org.dateline.model.DecodedPage;
import org.dateline.model.RawPage;
import org.dateline.model.StageResult;

/** The per-page stages in order: decode, then clean. */
public final class Pipeline {
  private final PageDecoder decoder;
  private final PageCleaner cleaner;

  public Pipeline(PageDecoder decoder, PageCleaner cleaner) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
  }

  /** The default stages. */
  public static Pipeline defaults() {
    return new Pipeline(new PageDecoder(), PageCleaner.defaults());
  }

  /** Runs one page through every stage; the first rejection ends its run. */
  public StageResult<Article> process(RawPage page) {
    StageResult<DecodedPage> decoded = decoder.decode(page);
    if (decoded instanceof StageResult.Rejected<DecodedPage> r) {
      return StageResult.rejected(r.rejection());
    }
    return cleaner.clean(((StageResult.Ok<DecodedPage>) decoded).value());
  }
}
