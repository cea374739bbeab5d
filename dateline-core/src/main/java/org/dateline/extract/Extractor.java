package org.dateline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.model.Article;
import org.dateline.model.Extracts;
import org.dateline.model.Fact;
import org.dateline.model.Quote;
import org.dateline.time.TemporalTagger;
import org.jspecify.annotations.Nullable;

/**
 * The extract stage: reads an article's entities, quotations and figures. Thread-safe when its
 * {@link NameFinder} is.
 */
public final class Extractor {
  private final NameFinder names;
  private final EntityResolver resolver;
  private final QuoteReader quotes;
  private final IndirectSpeech indirect;
  private final FactReader facts;

  public Extractor(NameFinder names) {
    this.names = Objects.requireNonNull(names, "names");
    Words words = Words.english();
    this.resolver = new EntityResolver(words);
    this.quotes = new QuoteReader(words);
    this.indirect = new IndirectSpeech(words);
    this.facts = new FactReader(words, new TemporalTagger());
  }

  /** The article with what was read from its body. */
  public Article apply(Article article) {
    return article.withExtracts(read(article.text(), reference(article.published().value())));
  }

  /**
   * Reads a text.
   *
   * @param reference the page's date, for the periods of figures; null when unknown
   */
  public Extracts read(String text, @Nullable LocalDate reference) {
    NameFinder.Layers layers = names.find(text);
    Sentences sentences = new Sentences(layers.sentences(), text.length());
    Mentions mentions = resolver.resolve(text, layers.names());
    List<Quote> direct = quotes.read(text, sentences, mentions);
    List<int[]> spans = new ArrayList<>();
    for (Quote q : direct) {
      spans.add(new int[] {Math.max(0, q.begin() - 1), q.end() + 1});
    }
    List<Quote> all = new ArrayList<>(direct);
    List<Fact> figures = new ArrayList<>();
    Frame frame = new Frame(text, sentences, mentions, spans);
    for (NameFinder.Span s : layers.sentences()) {
      if (!frame.quoteWithin(s.begin(), s.end())) {
        Quote reported = indirect.read(frame, s.begin(), s.end());
        if (reported != null) {
          all.add(reported);
        }
      }
      figures.addAll(facts.read(text.substring(s.begin(), s.end()), s.begin(), reference));
    }
    all.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return new Extracts(mentions.entities(), all, figures);
  }

  /** The date relative expressions resolve against: the page's day, or its month's first day. */
  static @Nullable LocalDate reference(@Nullable String published) {
    if (published == null) {
      return null;
    }
    try {
      if (published.length() == 10) {
        return LocalDate.parse(published);
      }
      if (published.length() == 7) {
        return LocalDate.parse(published + "-01");
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }
}
