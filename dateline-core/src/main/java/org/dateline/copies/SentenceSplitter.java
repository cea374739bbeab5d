package org.dateline.copies;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.bundled.Bundled;

/**
 * A simple English sentence splitter. A sentence ends at {@code . ! ?} (with any closing quotes or
 * brackets) followed by white space and a capital, digit or opening quote, unless the full stop
 * closes an abbreviation ("Mr.", "Corp.", "No. 5"), an initial ("J. Smith") or an ellipsis that
 * runs on in lower case. Paragraph breaks always end a sentence. Never throws; linear time.
 */
public final class SentenceSplitter {

  private static final String CLOSERS = "\"'’”)]»";
  private static final String OPENERS = "\"'‘“([«";

  private final Set<String> abbreviations;
  private final Set<String> mayEnd;

  private SentenceSplitter(Set<String> abbreviations, Set<String> mayEnd) {
    this.abbreviations = abbreviations;
    this.mayEnd = mayEnd;
  }

  /** The splitter with the bundled English abbreviation list. */
  public static SentenceSplitter english() {
    Set<String> abbreviations = new HashSet<>();
    Set<String> mayEnd = new HashSet<>();
    for (String line : Bundled.lines(SentenceSplitter.class, "abbreviations-en.txt")) {
      if (line.startsWith("!")) {
        mayEnd.add(line.substring(1));
      } else {
        abbreviations.add(line);
      }
    }
    return new SentenceSplitter(Set.copyOf(abbreviations), Set.copyOf(mayEnd));
  }

  private static final Pattern LINES = Pattern.compile("\\n\\s*\\n|\\r?\\n");

  /** The sentences of {@code text}, stripped, blank ones left out. */
  public List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String paragraph : LINES.split(text)) {
      splitParagraph(paragraph, out);
    }
    return out;
  }

  private void splitParagraph(String p, List<String> out) {
    int start = 0;
    int n = p.length();
    for (int i = 0; i < n; i++) {
      char c = p.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      while (end < n
          && (".!?".indexOf(p.charAt(end)) >= 0 || CLOSERS.indexOf(p.charAt(end)) >= 0)) {
        end++;
      }
      int next = end;
      while (next < n && Character.isWhitespace(p.charAt(next))) {
        next++;
      }
      if (next == end || next >= n) {
        i = end - 1;
        continue;
      }
      char following = p.charAt(next);
      boolean startsSentence =
          Character.isUpperCase(following)
              || Character.isDigit(following)
              || OPENERS.indexOf(following) >= 0;
      if (startsSentence && (c != '.' || !abbreviationBefore(p, i, following))) {
        add(p.substring(start, end), out);
        start = next;
      }
      i = end - 1;
    }
    add(p.substring(start), out);
  }

  private boolean abbreviationBefore(String p, int dot, char following) {
    int s = dot;
    while (s > 0
        && !Character.isWhitespace(p.charAt(s - 1))
        && OPENERS.indexOf(p.charAt(s - 1)) < 0) {
      s--;
    }
    String word = p.substring(s, dot).toLowerCase(Locale.ROOT);
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return true;
    }
    if (word.equals("no") || word.equals("nos")) {
      return Character.isDigit(following);
    }
    if (mayEnd.contains(word)) {
      return false;
    }
    return abbreviations.contains(word);
  }

  private static void add(String sentence, List<String> out) {
    String s = sentence.strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
  }
}
