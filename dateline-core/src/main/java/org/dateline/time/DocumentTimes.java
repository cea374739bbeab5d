package org.dateline.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.model.Article;
import org.dateline.model.Extracts;
import org.dateline.model.Published;
import org.dateline.model.TimeMention;
import org.jspecify.annotations.Nullable;

/**
 * The time expressions recorded on a document. When the page's day is known, every expression is
 * valued against it. When it is not, an expression the text states in full ("May 2, 2013", "in
 * 2012") keeps its value; one that lacks only its year ("on Nov 3") gets TimeML's value with the
 * year left open ({@code XXXX-11-03}); and one that leans on the page's date otherwise ("on
 * Monday", "last year") is recorded with a null value rather than a guessed one. Instances are
 * immutable and thread-safe.
 */
public final class DocumentTimes {
  private final TemporalTagger tagger;

  /** Reads with the given tagger. */
  public DocumentTimes(TemporalTagger tagger) {
    this.tagger = Objects.requireNonNull(tagger, "tagger");
  }

  /**
   * Reads a text.
   *
   * @param day the page's date when known to the day ({@link Published#day}), else null
   * @return the expressions in text order, never overlapping
   */
  public List<TimeMention> read(String text, @Nullable LocalDate day) {
    Objects.requireNonNull(text, "text");
    List<TimeMention> out = new ArrayList<>();
    if (day != null) {
      for (TimeExpression e : tagger.tag(text, day)) {
        out.add(mention(e, e.value()));
      }
      return out;
    }
    for (StatedTimes.Reading r : StatedTimes.read(tagger, text)) {
      TimeExpression e = r.expression();
      out.add(mention(e, r.partial()));
    }
    return out;
  }

  /**
   * An article whose event lent it a day after its times were read without one, with its times
   * valued against that day; any other article as it is.
   */
  public Article revalued(Article article) {
    LocalDate lent =
        article.published().basis() == Published.Basis.EVENT ? article.published().day() : null;
    if (lent == null) {
      return article;
    }
    Extracts x = article.extracts();
    return article.withExtracts(
        new Extracts(x.entities(), x.quotes(), x.facts(), read(article.text(), lent)));
  }

  private static TimeMention mention(TimeExpression e, @Nullable String value) {
    return new TimeMention(e.begin(), e.end(), e.text(), e.type().name(), value);
  }
}
