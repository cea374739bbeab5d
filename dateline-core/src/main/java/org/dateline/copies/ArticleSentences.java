package org.dateline.copies;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.dateline.model.Article;

/** Splits an article's body into sentences and normalises each for comparison. */
final class ArticleSentences {

  private final SentenceSplitter splitter;
  private final HouseStyle style;
  private final MinHasher hasher;
  private final CopySettings settings;

  ArticleSentences(
      SentenceSplitter splitter, HouseStyle style, MinHasher hasher, CopySettings settings) {
    this.splitter = splitter;
    this.style = style;
    this.hasher = hasher;
    this.settings = settings;
  }

  /** The body's sentences, at most {@code maxSentences} of them; the title is left out. */
  List<Sentence> of(Article article) {
    List<Sentence> out = new ArrayList<>();
    for (String paragraph : article.paragraphs()) {
      for (String text : splitter.split(paragraph)) {
        if (out.size() >= settings.maxSentences()) {
          return out;
        }
        List<String> words = style.words(text);
        long[] keys = words.size() >= settings.minWords() ? hasher.bandKeys(words) : new long[0];
        out.add(new Sentence(text, words, new HashSet<>(words), keys));
      }
    }
    return out;
  }
}
