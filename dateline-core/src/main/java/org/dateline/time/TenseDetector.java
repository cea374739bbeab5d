package org.dateline.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses whether the clause around an expression reports the past or plans the future. The tense
 * cue nearest to the expression in the same sentence decides: a future cue ({@code
 * future-cues.txt}: "will", "is scheduled", "would") or a past one ({@code past-cues.txt}, or any
 * word ending in -ed). With no cue the tense is unknown.
 */
final class TenseDetector {
  private static final int BEFORE = 80;
  private static final int AFTER = 50;
  private static final int AFTER_OPENING = 120;

  /**
   * A conjunction that opens another clause: its verb says nothing of this one's tense. Not an
   * "and" inside a name ("the Abortion and Reproductive Rights League"); a "that" clause always
   * ("warnings on Thursday that strikes could harm ties").
   */
  private static final Pattern NEXT_CLAUSE =
      Pattern.compile("\\s(?:(?:and|but)\\s(?!\\p{Lu})|that\\s)");

  private final Pattern cues;

  /**
   * A future cue that opens the verb group a participle ends: "will be held", "will remain closed",
   * "is expected to be completed" plan ahead, though "held" and "closed" read as past.
   */
  private final Pattern futureGroup;

  /** "next to the embassy" says where, not when. */
  private static final Pattern NEXT_TO = Pattern.compile("(?i)next\\s+to\\b");

  /** "had been scheduled to expire at midnight Friday": a plan that lay in the past. */
  private static final Pattern PLUPERFECT = Pattern.compile("(?i)\\bhad\\s+(?:been\\s+)?$");

  /** "since" right before an expression: it always looks back. */
  private static final Pattern SINCE =
      Pattern.compile("(?i)\\bsince\\s+(?:early\\s+|late\\s+|mid-?)?$");

  /**
   * A postponement right before an expression: "was postponed until Tuesday", "put off the vote to
   * Friday" name a day still ahead, however past the verb.
   */
  private static final Pattern PUT_OFF =
      Pattern.compile(
          "(?i)\\b(?:postpon|delay|adjourn|defer|reschedul|put\\s+off|push(?:ed|es)?\\s+back|extend)"
              + "\\w*\\b[^.;!?]{0,60}?\\b(?:until|till|to|for)\\s+(?:early\\s+|late\\s+|next\\s+)?$");

  TenseDetector(Lexicon lexicon) {
    this.cues =
        Pattern.compile(
            "\\b(?:("
                + Lexicon.alternation(lexicon.futureCues)
                + ")|("
                + Lexicon.alternation(lexicon.pastCues)
                + "|[a-z]{2,}[^e\\W]ed))\\b",
            Pattern.CASE_INSENSITIVE);
    this.futureGroup =
        Pattern.compile(
            "\\b(?:"
                + Lexicon.alternation(
                    lexicon.futureCues.stream().filter(c -> !c.equals("could")).toList())
                + ")\\s+(?:(?:not|also|still|now|be|been|being|have|remain|stay|get|to)\\s+){1,3}$",
            Pattern.CASE_INSENSITIVE);
  }

  Tense at(String text, int begin, int end) {
    return at(text, begin, end, false);
  }

  /**
   * The tense for a year-less month or date: future when any future cue is in the window, else the
   * nearest cue's. A past tense only keeps the month out of the coming year ("took office in
   * January", read in November): a report's past verbs say little about which past year it is.
   */
  Tense forMonth(String text, int begin, int end) {
    return at(text, begin, end, true);
  }

  /** The nearest cue's tense, or, with {@code anyFuture}, the future as soon as any cue plans. */
  private Tense at(String text, int begin, int end, boolean anyFuture) {
    if (SINCE.matcher(text).region(Math.max(0, begin - 8), begin).find()) {
      return Tense.PAST; // "prices have risen since January", whatever the verb
    }
    if (PUT_OFF.matcher(text).region(Math.max(0, begin - 90), begin).find()) {
      return Tense.FUTURE;
    }
    int from = Math.max(0, begin - BEFORE);
    for (int i = begin - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '\n'
          || ((c == '.' && !initial(text, i) || c == '!' || c == '?')
              && i + 1 < text.length()
              && Character.isWhitespace(text.charAt(i + 1)))) {
        from = i + 1;
        break;
      }
    }
    // "On Tuesday, the National Abortion Rights Action League plans to …": an expression that
    // opens its sentence is followed by the whole subject before the verb that gives the tense
    boolean opens = text.substring(from, begin).strip().matches("(?i)(?:on|early|late|by)?");
    int to = Math.min(text.length(), end + (opens ? AFTER_OPENING : AFTER));
    for (int i = end; i < to; i++) {
      char c = text.charAt(i);
      // "The law, passed on Monday, takes effect on Friday": a comma closes the clause, except
      // after an expression that opens its sentence
      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ';' || c == ',' && !opens) {
        to = i;
        break;
      }
    }
    Matcher clause = NEXT_CLAUSE.matcher(text).region(end, to);
    if (clause.find()) {
      to = clause.start();
    }
    Matcher m = cues.matcher(text);
    m.region(from, to);
    Tense best = Tense.UNKNOWN;
    int bestDistance = Integer.MAX_VALUE;
    while (m.find()) {
      if (m.start() >= begin && m.end() <= end
          || NEXT_TO.matcher(text).region(m.start(), to).lookingAt()) {
        continue;
      }
      if (anyFuture && m.group(1) != null) {
        return Tense.FUTURE;
      }
      int distance = m.end() <= begin ? begin - m.end() : m.start() - end;
      if (distance < bestDistance) {
        bestDistance = distance;
        best =
            m.group(1) != null
                ? (pluperfect(text, m.start()) ? Tense.PAST : Tense.FUTURE)
                : planned(text, m.start()) ? Tense.FUTURE : Tense.PAST;
      }
    }
    return best;
  }

  private boolean planned(String text, int participle) {
    return futureGroup.matcher(text).region(Math.max(0, participle - 40), participle).find();
  }

  /**
   * Whether the stop at {@code i} ends a one-letter abbreviation ("a.m.", "U.S.", "J."), not a
   * sentence: "will start at 10 a.m. on Monday".
   */
  private static boolean initial(String text, int i) {
    return i >= 2
        && Character.isLetter(text.charAt(i - 1))
        && (text.charAt(i - 2) == '.' || Character.isWhitespace(text.charAt(i - 2)));
  }

  private static boolean pluperfect(String text, int cue) {
    return PLUPERFECT.matcher(text).region(Math.max(0, cue - 12), cue).find();
  }
}
