package org.dateline.copies;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.bundled.Bundled;

/**
 * Normalises a sentence so that outlets' house styles stop mattering: quotes and other punctuation
 * go, "per cent", "percent" and "%" become one word, honorifics (Mr, Mrs, Ms, Dr) are dropped,
 * British spellings become American (generic rules for -our, -ise, -yse, -tre plus a bundled list),
 * and the rest is lower-cased with white space collapsed.
 *
 * <p>The spelling rules may over-reach ("contour" becomes "contor"), which is harmless: both sides
 * of a comparison are normalised the same way, and only distinct words that collide would hurt.
 */
public final class HouseStyle {

  private static final Pattern PERCENT =
      Pattern.compile("(?i)\\s*%|\\bper\\s*cent\\b|\\bpercent\\b");
  private static final Pattern HONORIFIC = Pattern.compile("\\b(?:Mr|Mrs|Ms|Mx|Dr)\\b\\.?\\s*");
  private static final Pattern APOSTROPHE = Pattern.compile("['’‘`]");
  private static final Pattern STOPS =
      Pattern.compile("(?<=\\p{L})\\.(?=\\p{L})|(?<=\\d)[.,](?=\\d)");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> OUR_WORDS =
      Set.of("our", "your", "four", "hour", "tour", "pour", "sour", "flour", "dour", "amour");
  private static final Set<String> ISE_KEEP =
      Set.of("rise", "wise", "arise", "raise", "noise", "poise", "praise", "cruise", "guise");

  private final Map<String, String> spellings;

  private HouseStyle(Map<String, String> spellings) {
    this.spellings = spellings;
  }

  /** House style with the bundled British-American spelling list. */
  public static HouseStyle english() {
    Map<String, String> pairs = new HashMap<>();
    for (String line : Bundled.lines(HouseStyle.class, "spelling-en.txt")) {
      String[] two = line.split("\\s+");
      if (two.length == 2) {
        pairs.put(two[0].toLowerCase(Locale.ROOT), two[1].toLowerCase(Locale.ROOT));
      }
    }
    return new HouseStyle(Map.copyOf(pairs));
  }

  /** The normalised sentence: lower-case words separated by single spaces. */
  public String normalise(String sentence) {
    String s = Normalizer.normalize(sentence, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = HONORIFIC.matcher(s).replaceAll("");
    s = PERCENT.matcher(s).replaceAll(" percent ");
    s = APOSTROPHE.matcher(s).replaceAll("");
    s = STOPS.matcher(s).replaceAll("");
    s = NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    if (s.isEmpty()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (String word : s.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(american(word));
    }
    return out.toString();
  }

  /** The words of a normalised sentence. */
  public List<String> words(String sentence) {
    String n = normalise(sentence);
    return n.isEmpty() ? List.of() : List.of(n.split(" "));
  }

  String american(String word) {
    String listed = spellings.get(word);
    if (listed != null) {
      return listed;
    }
    int n = word.length();
    if (n >= 5 && word.endsWith("our") && !OUR_WORDS.contains(word)) {
      return word.substring(0, n - 3) + "or";
    }
    if (n >= 7 && word.endsWith("ours") && !OUR_WORDS.contains(word.substring(0, n - 1))) {
      return word.substring(0, n - 4) + "ors";
    }
    for (String[] rule : RULES) {
      if (n > rule[0].length() + 2 && word.endsWith(rule[0])) {
        String stem = word.substring(0, n - rule[0].length());
        if (!(rule[0].startsWith("is") && ISE_KEEP.contains(stem + "ise"))) {
          return stem + rule[1];
        }
      }
    }
    return word;
  }

  // British ending, American ending; longest first so "isation" wins over "ise".
  private static final String[][] RULES = {
    {"isations", "izations"},
    {"isation", "ization"},
    {"ising", "izing"},
    {"ised", "ized"},
    {"ises", "izes"},
    {"ise", "ize"},
    {"ysing", "yzing"},
    {"ysed", "yzed"},
    {"yse", "yze"},
    {"ourite", "orite"},
    {"oured", "ored"},
    {"ouring", "oring"},
    {"ourable", "orable"},
    {"tres", "ters"},
    {"tre", "ter"},
  };
}
