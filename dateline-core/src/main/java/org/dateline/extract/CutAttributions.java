package org.dateline.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Mends the paragraph breaks that cut an attribution off its quotation, as text set one sentence to
 * a paragraph leaves them: a sentence splitter ends a sentence at a question or an exclamation
 * inside marks, so "{@code ``…tonight?''}" is one paragraph and "{@code said its chair, Monika
 * Stahl.}" the next. A break after a closing mark becomes spaces when the paragraph after it opens
 * in lower case (nothing else does), or is a short clause with a reporting verb and no marks ("Sir
 * Lionel said.", "I ask."). One character for one, so every offset still points into the text as
 * given.
 */
final class CutAttributions {
  /** The most words of a capitalised paragraph read as an attribution. */
  private static final int MOST_WORDS = 8;

  private static final String CLOSING = "\"\u201D'";
  private static final String BEFORE_CLOSING = ".,?!";

  private final Set<String> speechVerbs;

  CutAttributions(Words words) {
    // "I ask.", "they insist.": the plural forms count too, a short clause being all there is
    Set<String> verbs = new HashSet<>(words.speechVerbs);
    verbs.addAll(words.pluralSpeechVerbs);
    this.speechVerbs = Set.copyOf(verbs);
  }

  /** The text with the breaks that cut an attribution off its quotation made spaces. */
  String mend(String text) {
    StringBuilder out = null;
    int n = text.length();
    int i = text.indexOf('\n');
    while (i >= 0) {
      int begin = i;
      while (begin > 0 && Character.isWhitespace(text.charAt(begin - 1))) {
        begin--;
      }
      int end = i;
      while (end < n && Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      if (closesQuotation(text, begin) && attribution(text, end)) {
        out = out == null ? new StringBuilder(text) : out;
        for (int k = begin; k < end; k++) {
          if (text.charAt(k) == '\n' || text.charAt(k) == '\r') {
            out.setCharAt(k, ' ');
          }
        }
      }
      i = end < n ? text.indexOf('\n', end) : -1;
    }
    return out == null ? text : out.toString();
  }

  /** Whether the text before {@code end} ends on a closing mark after a stop or a comma. */
  private static boolean closesQuotation(String text, int end) {
    if (end < 2 || CLOSING.indexOf(text.charAt(end - 1)) < 0) {
      return false;
    }
    int mark = end - 1;
    if (text.charAt(mark) == '\'') {
      if (text.charAt(mark - 1) != '\'') {
        return false; // an apostrophe, or a single mark
      }
      mark--;
    }
    return mark > 0 && BEFORE_CLOSING.indexOf(text.charAt(mark - 1)) >= 0;
  }

  /** Whether the paragraph from {@code begin} is the rest of a sentence or an attribution. */
  private boolean attribution(String text, int begin) {
    if (begin >= text.length()) {
      return false;
    }
    if (Character.isLowerCase(text.charAt(begin))) {
      return true;
    }
    int end = text.indexOf('\n', begin);
    String paragraph = text.substring(begin, end < 0 ? text.length() : end).strip();
    if (!paragraph.endsWith(".") || paragraph.chars().anyMatch(c -> "\"“”`".indexOf(c) >= 0)) {
      return false;
    }
    String[] words = paragraph.substring(0, paragraph.length() - 1).split("[\\s,]+");
    if (words.length > MOST_WORDS) {
      return false;
    }
    for (String w : words) {
      if (speechVerbs.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
