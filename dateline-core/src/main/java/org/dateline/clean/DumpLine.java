package org.dateline.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a text dump, after fragments broken by stripped hyperlinks are rejoined, with the
 * surface features the classifier reads.
 *
 * @param text the line, white space collapsed
 * @param blankBefore whether a blank line separates it from the line before
 * @param words its words
 */
record DumpLine(String text, boolean blankBefore, List<String> words) {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
  private static final Pattern TERMINAL = Pattern.compile("[.!?…](?:[\"'”’»)\\]]{0,2})$");

  static DumpLine of(String text, boolean blankBefore) {
    List<String> words = new java.util.ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      // A word may hold inner dots (U.S.) but not a trailing one: that is punctuation.
      String w = m.group().replaceAll("[.’'-]+$", "");
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return new DumpLine(text, blankBefore, List.copyOf(words));
  }

  /** Ends as a sentence ends: a full stop, question or exclamation mark, perhaps quoted. */
  boolean terminal() {
    return TERMINAL.matcher(text).find();
  }

  int wordCount() {
    return words.size();
  }

  /** Share of words that start with a capital letter. */
  double capitalised() {
    if (words.isEmpty()) {
      return 0;
    }
    long caps = words.stream().filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
    return (double) caps / words.size();
  }

  /** Share of letters that are upper case. */
  double upperCase() {
    long letters = text.codePoints().filter(Character::isLetter).count();
    long upper = text.codePoints().filter(Character::isUpperCase).count();
    return letters == 0 ? 0 : (double) upper / letters;
  }

  /** Lower-cased words, for cue lookups. */
  List<String> lowerWords() {
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }

  /** Starts like the rest of a sentence: a lower-case letter or joining punctuation. */
  boolean continuation() {
    if (text.isEmpty()) {
      return false;
    }
    int first = text.codePointAt(0);
    return Character.isLowerCase(first) || ",;:)]–—".indexOf(first) >= 0;
  }
}
