package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the later mentions of a person by surname that the recogniser left untagged ("In contrast,
 * DiMugno’s schedule was strict" after "Dan DiMugno"), so that a pronoun after them, or a verb they
 * are the subject of, reaches the person. A capitalised word is taken only after the full name,
 * outside every recognised name, with no capitalised word joined to it (that would make another
 * name) and, at the start of a sentence, only when the text never writes it in lower case ("Price
 * rises" is no Mr. Price). Stateless.
 */
final class UntaggedSurnames {
  // a capital, then letters with at least one in lower case: "MARTINEZ:", a transcript's label,
  // and headlines in capitals are left to the recogniser; an Arabic article may come first
  // ("al-Harthy")
  private static final Pattern WORD =
      Pattern.compile("(?:\\b(?:al|el)-)?\\p{Lu}[\\p{L}-]*\\p{Ll}[\\p{L}-]*(?:['’]s)?");

  private UntaggedSurnames() {}

  /**
   * The spans {@code {begin, end}} of untagged surnames in {@code text}, possessive "’s" excluded.
   *
   * @param firstNamed where each person's full name first appears, by lower-case surname
   * @param taken the spans of the names already recognised
   * @param honorifics titles in lower case ("ms") that may stand before a surname ("Ms Page")
   * @param titledOnly surnames taken only after an honorific, as they name something else too
   */
  static List<int[]> find(
      String text,
      Map<String, Integer> firstNamed,
      List<int[]> taken,
      Set<String> honorifics,
      Set<String> titledOnly) {
    List<int[]> out = new ArrayList<>();
    if (firstNamed.isEmpty()) {
      return out;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      int begin = m.start();
      int end =
          m.group().endsWith("s") && m.group().length() > 2 && isApostrophe(text, m.end() - 2)
              ? m.end() - 2
              : m.end();
      String surname = lower.substring(begin, end);
      Integer first = firstNamed.get(surname);
      if (first == null
          || begin <= first
          || overlaps(taken, begin, end)
          || joinedToCapital(text, begin, end, honorifics)
          || titledOnly.contains(surname) && honorificBefore(text, begin, honorifics) == null
          || sentenceStart(text, begin) && writtenLower(text, surname)) {
        continue;
      }
      out.add(new int[] {begin, end});
    }
    return out;
  }

  private static boolean isApostrophe(String text, int i) {
    char c = text.charAt(i);
    return c == '\'' || c == '’';
  }

  private static boolean overlaps(List<int[]> taken, int begin, int end) {
    for (int[] t : taken) {
      if (t[0] < end && begin < t[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a capitalised word stands right before or after, joined by one space or a hyphen; an
   * honorific before ("Ms Page") makes no other name.
   */
  private static boolean joinedToCapital(String text, int begin, int end, Set<String> honorifics) {
    boolean before =
        begin >= 2
            && (text.charAt(begin - 1) == ' ' || text.charAt(begin - 1) == '-')
            && Character.isLetter(text.charAt(begin - 2))
            && capitalisedWordEndingAt(text, begin - 1)
            && !(text.charAt(begin - 1) == ' ' && honorificBefore(text, begin, honorifics) != null);
    boolean after =
        end + 1 < text.length()
            && (text.charAt(end) == ' ' || text.charAt(end) == '-')
            && Character.isUpperCase(text.charAt(end + 1));
    return before || after;
  }

  /** The honorific ("Ms", "Gov.") that is the word before {@code begin}, or null. */
  static @Nullable String honorificBefore(String text, int begin, Set<String> honorifics) {
    String w = NameContext.previousWord(text, begin);
    return w != null && honorifics.contains(w.toLowerCase(Locale.ROOT)) ? w : null;
  }

  private static boolean capitalisedWordEndingAt(String text, int end) {
    int b = end;
    while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
      b--;
    }
    return Character.isUpperCase(text.charAt(b));
  }

  private static boolean sentenceStart(String text, int begin) {
    int j = begin - 1;
    while (j >= 0
        && (Character.isWhitespace(text.charAt(j)) || "\"“'‘`(".indexOf(text.charAt(j)) >= 0)) {
      j--;
    }
    return j < 0 || ".!?:".indexOf(text.charAt(j)) >= 0;
  }

  private static boolean writtenLower(String text, String surname) {
    for (int i = text.indexOf(surname); i >= 0; i = text.indexOf(surname, i + 1)) {
      int end = i + surname.length();
      if ((i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }
}
