package org.dateline.bench.quotes;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.CRC32;
import org.dateline.model.Published;

/**
 * One of our invented articles set the way ECB+ sets its texts: cut into sentences and tokens (by
 * CoreNLP), then rejoined by {@link EcbText}, so that each sentence is a paragraph of its own and
 * the paragraphs the writer made are gone. The quotation marks take one of the three forms ECB+'s
 * tokens hold (straight, {@code ``…''} or curly), chosen by a hash of the id, so the sets' 13,000
 * quotations are scored again in the shape of the ECB+ documents on which the engine names the
 * fewest speakers right. The gold spans move with their tokens.
 */
final class InventedAsTokens {
  /** The harness line the rebuilt articles are scored on. */
  static final String LINE = "invented as tokens";

  /** The ids of rebuilt articles open with this, so their errors can be told apart. */
  static final String PREFIX = "tok-";

  private static final int STYLES = 3;

  private final StanfordCoreNLP pipeline;

  InventedAsTokens() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty(
        "tokenize.options", "quotes=latex,normalizeParentheses=false,normalizeOtherBrackets=false");
    pipeline = new StanfordCoreNLP(p);
  }

  /** The article rebuilt from its tokens, and its quotations moved into the rebuilt text. */
  Rebuilt rebuild(String id, String text, List<GoldQuote> gold) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    int style = style(id);
    List<List<String>> sentences = new ArrayList<>();
    List<CoreLabel> labels = new ArrayList<>();
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<String> tokens = new ArrayList<>();
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(token.word());
        labels.add(token);
      }
      sentences.add(tokens);
    }
    // joined with the marks CoreNLP writes, which say which way they face, so that the spaces
    // around a straight mark are set as a page sets them; then each mark takes the article's form
    String latex = EcbText.join(sentences);
    StringBuilder joined = new StringBuilder();
    int[] starts = new int[labels.size()];
    int cursor = 0;
    for (int t = 0; t < labels.size(); t++) {
      String word = labels.get(t).word();
      int at = latex.indexOf(word, cursor);
      joined.append(latex, cursor, at);
      starts[t] = joined.length();
      joined.append(marked(word, style));
      cursor = at + word.length();
    }
    joined.append(latex.substring(cursor));
    List<GoldQuote> moved = new ArrayList<>();
    for (GoldQuote g : gold) {
      int first = -1;
      int last = -1;
      for (int t = 0; t < labels.size(); t++) {
        CoreLabel label = labels.get(t);
        if (label.endPosition() > g.begin() && label.beginPosition() < g.end()) {
          first = first < 0 ? t : first;
          last = t;
        }
      }
      if (first >= 0) {
        int end = starts[last] + marked(labels.get(last).word(), style).length();
        moved.add(
            new GoldQuote(
                PREFIX + id, starts[first], end, g.direct(), g.speaker(), g.description()));
      }
    }
    return new Rebuilt(
        new QuoteText(PREFIX + id, joined.toString(), Published.unknown(), LINE), moved);
  }

  /** A token's quotation marks in the article's form: 0 straight, 1 as CoreNLP writes, 2 curly. */
  private static String marked(String word, int style) {
    if (style == 1) {
      return word;
    }
    return switch (word) {
      case "``" -> style == 0 ? "\"" : "\u201c";
      case "''" -> style == 0 ? "\"" : "\u201d";
      case "`" -> style == 0 ? "'" : "\u2018";
      case "'" -> style == 0 ? "'" : "\u2019";
      default -> word;
    };
  }

  private static int style(String id) {
    CRC32 crc = new CRC32();
    crc.update(id.getBytes(StandardCharsets.UTF_8));
    return (int) (crc.getValue() % STYLES);
  }

  /** A rebuilt article and its quotations. */
  record Rebuilt(QuoteText text, List<GoldQuote> gold) {}
}
