package org.dateline.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words for the present, past or future without a date ({@code vague.txt}): "now", "recently", "the
 * future".
 */
final class VagueRecognizer implements Recognizer {
  private static final int PRIORITY = 0;

  private final Lexicon lexicon;
  private final Pattern pattern;

  VagueRecognizer(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.pattern = Fragments.compile("\\b" + Lexicon.alternation(lexicon.vague.keySet()) + "\\b");
  }

  @Override
  public void scan(Scan s) {
    for (Matcher m = s.matcher(pattern); s.find(m); ) {
      String[] entry = lexicon.vague.get(Lexicon.key(m.group()));
      if (entry != null) {
        TimexType type = TimexType.valueOf(entry[0]);
        s.offer(m.start(), m.end(), type, PRIORITY, () -> entry[1]);
      }
    }
  }
}
