package org.dateline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dateline.bundled.Bundled;
import org.dateline.model.Article;
import org.jspecify.annotations.Nullable;

/**
 * Turns an article into {@link EventFeatures}: content words (lower-cased, stopwords out, plurals
 * folded), capitalised names that do not open a sentence, and numbers.
 */
public final class FeatureExtractor {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,-]*");
  private static final int MAX_TOKENS = 20_000;
  private static final Pattern YEAR_LIKE = Pattern.compile("(?:19|20)\\d\\d");

  private final Set<String> stopwords;

  private FeatureExtractor(Set<String> stopwords) {
    this.stopwords = stopwords;
  }

  /** An extractor with the English stopword list bundled in the jar. */
  public static FeatureExtractor english() {
    return new FeatureExtractor(loadWords("stopwords-en.txt"));
  }

  /** The features of one article; never throws on odd input. */
  public EventFeatures extract(Article article, @Nullable LocalDate date) {
    return extract(article, date, date == null ? null : date.getYear());
  }

  /**
   * The features of one article whose year may be known without its day. The year it states is that
   * year, else the first year its text names.
   */
  public EventFeatures extract(Article article, @Nullable LocalDate date, @Nullable Integer year) {
    Map<String, Integer> counts = new HashMap<>();
    List<String> years = new ArrayList<>();
    String title = article.title() == null ? "" : article.title().strip();
    if (!title.isEmpty()) {
      addText(title, counts, years, !looksTitleCased(title));
    }
    int budget = MAX_TOKENS;
    String lead = "";
    for (String paragraph : article.paragraphs()) {
      if (lead.isEmpty() && !paragraph.isBlank()) {
        lead = paragraph.strip();
      }
      budget -= addText(paragraph, counts, years, true);
      if (budget <= 0) {
        break;
      }
    }
    String shownTitle = title.isEmpty() ? firstSentence(lead) : title;
    Set<String> stated =
        year != null
            ? Set.of(EventFeatures.YEAR + year)
            : years.isEmpty() ? Set.of() : Set.of(years.get(0));
    return new EventFeatures(article.id(), counts, date, shownTitle, stated);
  }

  private int addText(
      String text, Map<String, Integer> counts, List<String> years, boolean takeNames) {
    Matcher m = TOKEN.matcher(text);
    boolean sentenceStart = true;
    int tokens = 0;
    int last = 0;
    while (m.find() && tokens < MAX_TOKENS) {
      tokens++;
      String between = text.substring(last, m.start());
      if (between.indexOf('.') >= 0 || between.indexOf('!') >= 0 || between.indexOf('?') >= 0) {
        sentenceStart = true;
      }
      last = m.end();
      String raw = trimPunct(m.group());
      if (raw.isEmpty()) {
        continue;
      }
      if (Character.isDigit(raw.charAt(0))) {
        String number = raw.replace(",", "");
        String family =
            YEAR_LIKE.matcher(number).matches() ? EventFeatures.YEAR : EventFeatures.NUMBER;
        counts.merge(family + number, 1, Integer::sum);
        if (family.equals(EventFeatures.YEAR)) {
          years.add(family + number);
        }
      } else {
        String lower = raw.toLowerCase(Locale.ROOT);
        boolean stop = stopwords.contains(lower);
        if (!stop && lower.length() >= 3) {
          counts.merge(EventFeatures.WORD + fold(lower), 1, Integer::sum);
        }
        if (takeNames && !sentenceStart && !stop && Character.isUpperCase(raw.charAt(0))) {
          counts.merge(EventFeatures.NAME + lower, 1, Integer::sum);
        }
      }
      sentenceStart = false;
    }
    return tokens;
  }

  private static String trimPunct(String token) {
    int end = token.length();
    while (end > 0 && ".,-'’".indexOf(token.charAt(end - 1)) >= 0) {
      end--;
    }
    String t = token.substring(0, end);
    if (t.endsWith("'s") || t.endsWith("’s")) {
      t = t.substring(0, t.length() - 2);
    }
    return t;
  }

  /** Folds plurals so "quakes" and "quake" meet; deliberately crude. */
  static String fold(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 3
        && word.endsWith("s")
        && !word.endsWith("ss")
        && !word.endsWith("us")
        && !word.endsWith("is")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  private static boolean looksTitleCased(String title) {
    String[] words = title.split("\\s+");
    int caps = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        caps++;
      }
    }
    return words.length > 2 && caps * 10 >= words.length * 6;
  }

  private static String firstSentence(String text) {
    int end = text.indexOf(". ");
    String s = end > 0 ? text.substring(0, end + 1) : text;
    return s.length() > 200 ? s.substring(0, 200) : s;
  }

  static Set<String> loadWords(String resource) {
    return Bundled.lines(FeatureExtractor.class, resource).stream()
        .map(w -> w.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
