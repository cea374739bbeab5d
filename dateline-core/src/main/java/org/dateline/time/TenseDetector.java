package org.dateline.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses whether the clause around an expression reports the past or plans the future, from cue words
 * ({@code future-cues.txt}) in a window of the same sentence. News reports by default, so the default is past.
 */
final class TenseDetector {
  private static final int BEFORE = 80;
  private static final int AFTER = 40;

  private final Pattern future;

  TenseDetector(Lexicon lexicon) {
    this.future = Pattern.compile("\\b" + Lexicon.alternation(lexicon.futureCues) + "\\b",
        Pattern.CASE_INSENSITIVE);
  }

  Tense at(String text, int begin, int end) {
    int from = Math.max(0, begin - BEFORE);
    for (int i = begin - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
          && Character.isWhitespace(text.charAt(i + 1)))) {
        from = i + 1;
        break;
      }
    }
    int to = Math.min(text.length(), end + AFTER);
    for (int i = end; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ';') {
        to = i;
        break;
      }
    }
    Matcher m = future.matcher(text);
    m.region(from, to);
    return m.find() ? Tense.FUTURE : Tense.PAST;
  }
}
