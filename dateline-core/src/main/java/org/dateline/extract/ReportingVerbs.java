package org.dateline.extract;

import java.util.List;
import java.util.Set;

/**
 * The verbs that report speech in a sentence without quotation marks, and what may stand after one:
 * when or where the words were said ("said on Monday", "said as dawn broke Saturday"), or, after
 * "told", the listener. Instances are immutable and thread-safe.
 */
final class ReportingVerbs {
  /** The verbs that report what follows them, in any position. */
  private static final Set<String> REPORTS = Set.of("said", "says", "say", "saying", "stated");

  /** Speech verbs of manner that report no words when they end a sentence. */
  private static final Set<String> GESTURES =
      Set.of(
          "smiled",
          "smiles",
          "laughed",
          "laughs",
          "shrugged",
          "shrugs",
          "grinned",
          "grins",
          "sighed",
          "chuckled",
          "chuckles",
          "gasped",
          "snorted",
          "asked",
          "asks",
          "wondered",
          "wonders",
          "read",
          "reads",
          "shared",
          "shares",
          "posted",
          "called",
          "calls");

  /** Forms of "be" before a verb that make it passive: "was told", "is quoted". */
  static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "being");

  /** Finite verbs and modals, which show a clause of its own: "the plant would reopen". */
  static final Set<String> FINITE =
      Set.of(
          "would", "will", "was", "were", "is", "are", "had", "has", "have", "could", "can",
          "should", "may", "might", "must", "did", "does");

  /** Whether a lower-case word is a finite verb or has a past tense's ending: "had", "turned". */
  static boolean finiteOrPast(String w) {
    return FINITE.contains(w) || w.length() > 3 && w.endsWith("ed");
  }

  /** Words that open when or where something was said, straight after the verb. */
  static final Set<String> ADVERBIAL =
      Set.of(
          "on",
          "in",
          "at",
          "during",
          "after",
          "late",
          "last",
          "earlier",
          "this",
          "here",
          "yesterday",
          "today");

  /** How many words a phrase of when or where after the verb may have. */
  static final int ADVERBIAL_WORDS = 6;

  /** A day named straight after the verb, "said Monday …"; not a month, which may be a name. */
  static final Set<String> SAID_ON =
      Set.of(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tonight");

  /** Prepositions that open a long phrase of when or where after the verb. */
  private static final Set<String> PLACED = Set.of("in", "at", "on", "during", "after");

  // More words that open when or where something was said, after the verb at a sentence's end
  // ("…, officials said as dawn broke Saturday.").
  private static final Set<String> WHEN_SAID =
      Set.of(
          "as",
          "before",
          "when",
          "while",
          "outside",
          "from",
          "by",
          "later",
          "afterward",
          "afterwards",
          "again",
          "recently",
          "early",
          "shortly",
          "soon",
          "here");

  private final Words words;

  ReportingVerbs(Words words) {
    this.words = words;
  }

  /**
   * A reporting verb whose reported words follow it: "said", "says", "say", "saying", "stated". Not
   * "shares" or "states", which are nouns as often ("BellSouth shares fell").
   */
  static boolean reports(String lower) {
    return REPORTS.contains(lower);
  }

  /**
   * Whether a verb ending the sentence after its subject reports the words before them: "…, he
   * added.", "…, the bank warned on Monday." Only a past form: at a sentence's end "comments" or
   * "estimates" is a noun. A gesture ("…, she smiled") reports nothing.
   */
  boolean closes(String lower) {
    return REPORTS.contains(lower)
        || words.speechVerbs.contains(lower)
            && (lower.endsWith("ed") || lower.equals("told") || lower.equals("wrote"))
            && !GESTURES.contains(lower)
            && !lower.equals("agreed"); // "…, Locke and Salazar agreed.": assent, not a report
  }

  /** Where the words after "told" and its short listener start: "…, officials told reporters." */
  int afterListener(List<Tok> toks, int v) {
    if (!toks.get(v).lower().equals("told")) {
      return v + 1;
    }
    int i = v + 1;
    while (i < toks.size()
        && i <= v + 3
        && !toks.get(i).punctBefore()
        && !whenOrWhere(toks.get(i).lower())) {
      i++;
    }
    return i;
  }

  /** Whether a word opens when or where something was said: "on Monday", "as dawn broke". */
  boolean whenOrWhere(String first) {
    return ADVERBIAL.contains(first)
        || WHEN_SAID.contains(first)
        || words.timeWords.contains(first);
  }

  /**
   * Whether the words from {@code from} to the sentence's end say only when or where something was
   * said ("…, the mayor said on Monday."), so that the reported words stand before the verb, not
   * after it ("…, Waldie said there was no way to know.").
   */
  boolean onlyWhenOrWhere(List<Tok> toks, int from) {
    if (from >= toks.size() || toks.get(from).punctBefore()) {
      return true; // the verb ends its clause: "…, the mayor said, adding that …"
    }
    return toks.size() - from <= ADVERBIAL_WORDS && whenOrWhere(toks.get(from).lower())
        || longWhenOrWhere(toks, from);
  }

  /**
   * Whether the words from {@code from} to the sentence's end are a longer phrase of when and where
   * with no clause in it: "…, New Zealand said Friday in response to U.S. missile attacks on …".
   */
  boolean longWhenOrWhere(List<Tok> toks, int from) {
    int i = from;
    while (i < toks.size() && SAID_ON.contains(toks.get(i).lower())) {
      i++;
    }
    if (i >= toks.size() || !PLACED.contains(toks.get(i).lower())) {
      return false;
    }
    for (int j = i + 1; j < toks.size(); j++) {
      String w = toks.get(j).lower();
      if (w.equals("that") || FINITE.contains(w) || words.subjectPronouns.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
