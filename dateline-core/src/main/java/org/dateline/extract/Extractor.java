package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.model.Article;
import org.dateline.model.Extracts;
import org.dateline.model.Fact;
import org.dateline.model.Published;
import org.dateline.model.Quote;
import org.dateline.model.TimeMention;
import org.dateline.time.DocumentTimes;
import org.dateline.time.TemporalTagger;
import org.jspecify.annotations.Nullable;

/**
 * The extract stage: reads an article's entities, quotations and figures. Thread-safe when its
 * {@link NameFinder} is.
 */
public final class Extractor {
  private final NameFinder names;
  private final QuoteMarks marks = new QuoteMarks();
  private final EntityResolver resolver;
  private final QuoteReader quotes;
  private final IndirectSpeech indirect;
  private final FactReader facts;
  private final RoleAliases roleAliases;
  private final ProperDescriptions proper;
  private final DocumentTimes times;
  private final CutAttributions cut;

  public Extractor(NameFinder names) {
    this.names = Objects.requireNonNull(names, "names");
    Words words = Words.english();
    this.resolver = new EntityResolver(words, names.givenNames());
    this.quotes = new QuoteReader(words);
    this.indirect = new IndirectSpeech(words);
    this.facts = new FactReader(words);
    this.roleAliases = new RoleAliases(words);
    this.proper = new ProperDescriptions(words);
    this.times = new DocumentTimes(new TemporalTagger());
    this.cut = new CutAttributions(words);
  }

  /** The article with what was read from its body. */
  public Article apply(Article article) {
    return article.withExtracts(read(article.text(), article.published()));
  }

  /**
   * Reads a text.
   *
   * @param raw the text; every offset in the result counts in it
   * @param published the page's date, of any precision, for time expressions and the periods of
   *     figures
   */
  public Extracts read(String raw, Published published) {
    // a no-break space, as web text sets one around stripped links, is a space to every reader
    // here; one for one, so every offset still points into the text as given; and so is a
    // paragraph break that cut an attribution off its quotation
    String text = cut.mend(raw.replace('\u00A0', ' '));
    NameFinder.Layers layers = names.find(text);
    Sentences sentences = new Sentences(layers.sentences(), text);
    // the marks are found once: the resolver tells a speaker's words from the text's by them
    List<QuoteMarks.Segment> segments = marks.find(text);
    Mentions mentions = resolver.resolve(text, layers.names(), segments);
    List<Quote> direct = quotes.read(text, sentences, mentions, segments);
    List<int[]> spans = new ArrayList<>();
    List<int[]> speech = new ArrayList<>();
    for (Quote q : direct) {
      int[] span = {Math.max(0, q.begin() - 1), q.end() + 1};
      spans.add(span);
      if (q.kind() == Quote.Kind.DIRECT) {
        speech.add(span);
      }
    }
    List<Quote> all = new ArrayList<>(direct);
    List<Fact> figures = new ArrayList<>();
    Frame frame = new Frame(text, sentences, mentions, spans);
    // a sentence that quotes someone is not also reported speech; a scare-quoted word is no quote
    Frame spoken = new Frame(text, sentences, mentions, speech);
    List<TimeMention> when = times.read(text, published);
    int next = 0;
    for (int i = 0; i < sentences.size(); i++) {
      int b = sentences.begin(i);
      int e = sentences.end(i);
      if (!spoken.quoteWithin(b, e)) {
        int sentence = i;
        Quote reported = indirect.read(frame, b, e, () -> lastSpeech(all, sentences, sentence));
        if (reported != null) {
          all.add(reported);
        }
      }
      while (next < when.size() && when.get(next).end() <= b) {
        next++;
      }
      figures.addAll(facts.read(text.substring(b, e), b, within(when, next, b, e)));
    }
    all.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return new Extracts(
        roleAliases.apply(text, mentions),
        proper.apply(Addenda.apply(text, sentences, PronounNext.apply(text, all))),
        figures,
        when);
  }

  /**
   * The last speech with a speaker or a description that ends before sentence {@code i}, within the
   * two sentences before it; or null.
   */
  private static @Nullable Quote lastSpeech(List<Quote> quotes, Sentences sentences, int i) {
    int from = sentences.begin(Math.max(0, i - 2));
    int to = sentences.begin(i);
    Quote last = null;
    for (Quote q : quotes) {
      boolean known = q.speaker() != null || q.description() != null;
      if (q.speech()
          && known
          && q.end() > from
          && q.end() <= to
          && (last == null || q.end() > last.end())) {
        last = q;
      }
    }
    return last;
  }

  /**
   * The expressions inside the sentence from {@code begin} to {@code end}, looked for from index
   * {@code from} on, with offsets into the sentence.
   */
  static List<TimeMention> within(List<TimeMention> when, int from, int begin, int end) {
    List<TimeMention> out = new ArrayList<>();
    for (int i = from; i < when.size() && when.get(i).begin() < end; i++) {
      TimeMention t = when.get(i);
      if (t.begin() >= begin && t.end() <= end) {
        out.add(new TimeMention(t.begin() - begin, t.end() - begin, t.text(), t.type(), t.value()));
      }
    }
    return out;
  }
}
