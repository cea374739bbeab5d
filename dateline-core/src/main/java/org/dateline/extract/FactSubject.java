package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.model.TimeMention;
import org.jspecify.annotations.Nullable;

/**
 * What a figure measures, from the words of its sentence: the subject before the first verb of its
 * clause ("Exports fell 12%"), the object a change acts on ("cut its forecast by 0.5 points"), or
 * the "of" phrase after a figure that opens its clause ("90% of trade is settled in yuan"); dates,
 * hedges and clauses of speech are left out. Instances are immutable and thread-safe.
 */
final class FactSubject {
  /** Words that open a sentence before a figure they qualify: "Between 3,000 and …". */
  private static final Set<String> HEDGES =
      Set.of(
          "between",
          "about",
          "around",
          "some",
          "nearly",
          "almost",
          "roughly",
          "over",
          "more",
          "less",
          "fewer",
          "up",
          "at",
          "only",
          "just",
          "a",
          "an",
          "the",
          "approximately");

  /** Words of change that can head a subject: "Growth slowed to 4.6%". */
  private static final Set<String> CHANGE_NOUNS =
      Set.of("growth", "inflation", "deflation", "output", "recovery", "expansion", "contraction");

  /** Marks a token may open with before a sum's digits. */
  private static final String CURRENCY_MARKS = "$€£¥₹";

  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their");

  private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our");

  private static final Set<String> OBJECT_ENDS = Set.of("to", "by", "from");

  /** Nouns a change word can modify without stating a change: "growth forecast". */
  private static final Set<String> OUTLOOKS =
      Set.of(
          "forecast",
          "forecasts",
          "outlook",
          "estimate",
          "estimates",
          "target",
          "targets",
          "projection",
          "projections",
          "expectations");

  /** Words that hedge the verb after a subject: "more than doubled", "nearly tripled". */
  private static final Set<String> VERB_HEDGES =
      Set.of("more", "less", "than", "nearly", "almost", "roughly", "about", "just", "only", "not");

  /** Verbs of intent before "to" and the verb of change: "The firm plans to cut 4,000 jobs". */
  private static final Set<String> INTENTS =
      Set.of(
          "plans",
          "plan",
          "planned",
          "aims",
          "aimed",
          "wants",
          "wanted",
          "intends",
          "intended",
          "hopes",
          "hoped",
          "seeks",
          "sought",
          "agreed",
          "decided",
          "vowed",
          "pledged",
          "promised",
          "threatened",
          "proposed",
          "proposes",
          "offered",
          "offers",
          "voted",
          "votes",
          "moved");

  private static final Set<String> VERBS =
      Set.of(
          "is",
          "are",
          "was",
          "were",
          "has",
          "have",
          "had",
          "will",
          "would",
          "could",
          "can",
          "may",
          "might",
          "reached",
          "hit",
          "totalled",
          "totaled",
          "stood",
          "posted",
          "recorded",
          "saw",
          "showed",
          "amounted",
          "accounted",
          "swung",
          "made",
          "reported",
          "registered",
          "returned",
          "closed",
          "ended",
          "opened",
          "finished",
          "traded",
          "held",
          "stayed",
          "remained",
          "came",
          "cost",
          "costs",
          "employs",
          "topped",
          "exceeded",
          "surpassed",
          "neared",
          "carried",
          "generated",
          "earned",
          // "Unemployment edged up to 6.1%": the verb before a change's "up" or "down"
          "edged",
          "inched",
          "ticked",
          "crept",
          "nudged",
          "hovered");

  private static final Set<String> PREPOSITIONS =
      Set.of(
          "for",
          "by",
          "in",
          "at",
          "on",
          "from",
          "of",
          "with",
          "to",
          "over",
          "after",
          "before",
          "during",
          "since",
          "until",
          "as",
          "about",
          "under",
          "if",
          "when",
          "while",
          "although");

  private static final Set<String> REPORTS =
      Set.of(
          "said",
          "says",
          "say",
          "added",
          "noted",
          "announced",
          "stated",
          "warned",
          "suggested",
          "suggests",
          "claimed",
          "claims");

  private static final Set<String> FORECASTS =
      Set.of(
          "expects",
          "expected",
          "forecast",
          "forecasts",
          "predicts",
          "predicted",
          "projects",
          "projected",
          "estimates",
          "estimated",
          "sees");

  /** Conjunctions that, after a comma, open a clause with its own subject. */
  private static final Set<String> CLAUSE_JOINERS =
      Set.of("while", "whereas", "but", "and", "although", "though");

  /** Words that open a clause without naming what it measures. */
  private static final Set<String> NOT_SUBJECTS =
      Set.of(
          "it", "its", "this", "that", "these", "those", "there", "you", "i", "we", "they", "he",
          "she", "if", "when", "before", "after", "each", "more", "a", "an", "also", "so", "then");

  private static final int MAX_SUBJECT_WORDS = 6;

  private final Words words;

  FactSubject(Words words) {
    this.words = words;
  }

  /**
   * What the figure measures: the words before the first verb of its clause, without dates, or the
   * "of" phrase after a figure that opens its clause ("90% of trade is settled in yuan").
   */
  @Nullable String of(String s, int figure, int figureEnd, List<TimeMention> times) {
    List<Tok> toks = Tok.of(s, 0, figure);
    if (!toks.isEmpty() && toks.get(toks.size() - 1).lower().equals("the")) {
      String named = modified(s, figureEnd); // "the $200 billion annual trade target"
      if (named != null) {
        return named;
      }
    }
    int from = 0;
    while (from < toks.size() && Clauses.CONNECTIVES.contains(toks.get(from).lower())) {
      from++;
    }
    if (from < toks.size() && PREPOSITIONS.contains(toks.get(from).lower())) {
      // "For the first 11 months, bilateral trade hit …": the subject follows the opening phrase
      from = afterComma(s, toks, from);
      if (from < 0) {
        return null;
      }
    }
    from = laterClause(s, toks, from);
    List<Tok> b = new ArrayList<>();
    boolean forecast = false;
    for (int i = from; i < toks.size(); i++) {
      Tok t = toks.get(i);
      boolean reportsOrForecasts =
          (REPORTS.contains(t.lower()) || FORECASTS.contains(t.lower()))
              && Character.isLowerCase(t.text().charAt(0)); // not "Suggested Retail Price"
      if (reportsOrForecasts || complement(toks, i)) {
        // "The company said net profit rose", "The bank expects growth to slow": what is
        // measured follows the verb that reports or forecasts it
        forecast = FORECASTS.contains(t.lower());
        b.clear();
        if (i + 1 < toks.size() && toks.get(i + 1).lower().equals("that")) {
          i++;
        }
        from = i + 1;
        continue;
      }
      if (forecast && t.lower().equals("to")) {
        return b.isEmpty() ? null : phrase(s, b);
      }
      if (b.isEmpty()
          && CHANGE_NOUNS.contains(t.lower())
          && i + 1 < toks.size()
          && verbLike(toks.get(i + 1))) {
        b.add(t); // "Growth slowed to 4.6%": a word of change before the verb is what is measured
        continue;
      }
      String object = verbLike(t) ? changedObject(s, toks, i) : null;
      if (object != null) {
        return object; // "The IMF cut its growth forecast to 0.9%": the forecast is measured
      }
      if (verbLike(t) || t.punctBefore() && i > from) {
        // "Profit more than doubled": the hedge on the verb is no part of what is measured
        while (verbLike(t) && !b.isEmpty() && VERB_HEDGES.contains(b.get(b.size() - 1).lower())) {
          b.remove(b.size() - 1);
        }
        // "The firm plans to cut": the intent is no part of the subject either
        int n = b.size();
        if (verbLike(t)
            && n >= 3
            && b.get(n - 1).lower().equals("to")
            && INTENTS.contains(b.get(n - 2).lower())) {
          b.subList(n - 2, n).clear();
        }
        return b.isEmpty() || i - from > 14 ? null : phrase(s, b);
      }
      if (anotherFigure(toks, i, times)) {
        return null; // "Tesla delivered 435,000 vehicles, up 7%": no subject holds a figure
      }
      if (FactPeriod.insideTime(t.begin(), times)) {
        // "Revenue for the quarter": the time goes, and the preposition that led to it
        if (!b.isEmpty() && PREPOSITIONS.contains(b.get(b.size() - 1).lower())) {
          b.remove(b.size() - 1);
        }
      } else {
        b.add(t);
      }
    }
    return b.isEmpty() ? ofPhrase(s, figureEnd) : headOfOf(s, toks);
  }

  /**
   * Where the figure's own clause starts when a conjunction after a comma opens it with a subject
   * and a verb of its own ("Exports slumped, while imports rose 7%": imports); else {@code from}.
   */
  private int laterClause(String s, List<Tok> toks, int from) {
    for (int j = toks.size() - 2; j > from; j--) {
      if (CLAUSE_JOINERS.contains(toks.get(j).lower())
          && Tok.clauseBreak(s, toks.get(j - 1), toks.get(j))) {
        String opener = toks.get(j + 1).lower().replace('’', '\'');
        int apostrophe = opener.indexOf('\'');
        if (NOT_SUBJECTS.contains(apostrophe > 0 ? opener.substring(0, apostrophe) : opener)
            || listItemBefore(s, toks, j)) {
          return from; // "…, but it rose 5%": the pronoun stands for the first clause's subject
        }
        // the verb must come soon and before any other comma: "berries, apples, and tea, was
        // linked" is a list
        int last = Math.min(toks.size(), j + 2 + MAX_SUBJECT_WORDS);
        for (int k = j + 2; k < last && !Tok.clauseBreak(s, toks.get(k - 1), toks.get(k)); k++) {
          if (verbLike(toks.get(k))) {
            return j + 1;
          }
        }
        return from;
      }
    }
    return from;
  }

  /** Whether one or two words between commas stand before the conjunction at {@code j}. */
  private static boolean listItemBefore(String s, List<Tok> toks, int j) {
    for (int k = j - 1; k >= Math.max(1, j - 2); k--) {
      if (Tok.anyOf(s, toks.get(k - 1).end(), toks.get(k).begin(), ",")) {
        return true; // "tea, coffee, and cocoa"
      }
    }
    return false;
  }

  /**
   * The object a change verb at {@code v} acts on, when it opens with a possessive and runs to a
   * "to", "by" or "from" in the figure's clause ("raised its key rate by 25 basis points"); else
   * null.
   */
  private @Nullable String changedObject(String s, List<Tok> toks, int v) {
    if (words.direction(toks.get(v).lower()) == null
        || v + 2 >= toks.size()
        || !POSSESSIVES.contains(toks.get(v + 1).lower())) {
      return null;
    }
    List<Tok> b = new ArrayList<>();
    for (int i = v + 1; i < toks.size() && i <= v + 10; i++) {
      Tok t = toks.get(i);
      if (t.punctBefore() || verbLike(t) && !modifiesOutlook(toks, i)) {
        return null;
      }
      if (OBJECT_ENDS.contains(t.lower())) {
        return b.size() > 1 && sameClause(toks, i) ? phrase(s, b) : null;
      }
      b.add(t);
    }
    return null;
  }

  /**
   * The noun phrase whose "of" the figure follows, back to its determiner: "carries an interest
   * rate of 6.5%" measures "an interest rate". Null when the words do not end so.
   */
  private static @Nullable String headOfOf(String s, List<Tok> toks) {
    int of = toks.size() - 1;
    if (of < 2 || !toks.get(of).lower().equals("of") || toks.get(of).punctBefore()) {
      return null;
    }
    for (int i = of - 1; i >= Math.max(0, of - 5); i--) {
      Tok t = toks.get(i);
      if (t.punctBefore() && i < of - 1 || !Character.isLowerCase(t.text().charAt(0))) {
        return null;
      }
      if (DETERMINERS.contains(t.lower())) {
        return i < of - 1 ? phrase(s, toks.subList(i, of)) : null;
      }
    }
    return null;
  }

  /** Whether the word at {@code i} modifies a forecast, outlook or target after it. */
  static boolean modifiesOutlook(List<Tok> toks, int i) {
    return i + 1 < toks.size() && OUTLOOKS.contains(toks.get(i + 1).lower());
  }

  /** Whether no punctuation stands from the word at {@code i} to the figure after the words. */
  private static boolean sameClause(List<Tok> toks, int i) {
    for (int j = i + 1; j < toks.size(); j++) {
      if (toks.get(j).punctBefore()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the word at {@code i} is a number that is neither a time nor a model's number after a
   * capitalised name ("Windows 11 sales").
   */
  private static boolean anotherFigure(List<Tok> toks, int i, List<TimeMention> times) {
    Tok t = toks.get(i);
    // a model number follows a name ("Windows 11"), not a word capitalised only to open the
    // sentence ("Between 3,000 and …")
    Tok before = i > 0 ? toks.get(i - 1) : null;
    boolean model =
        before != null
            && Character.isUpperCase(before.text().charAt(0))
            && !(before.begin() == 0 && HEDGES.contains(before.lower()));
    String w = t.text();
    int digit = CURRENCY_MARKS.indexOf(w.charAt(0)) >= 0 && w.length() > 1 ? 1 : 0; // "$4.5"
    return Character.isDigit(w.charAt(digit)) && !model && !FactPeriod.insideTime(t.begin(), times);
  }

  /** Where the words after the comma that closes an opening phrase start, or -1. */
  private static int afterComma(String s, List<Tok> toks, int from) {
    for (int i = from + 1; i < Math.min(toks.size(), from + 16); i++) {
      if (Tok.clauseBreak(s, toks.get(i - 1), toks.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** A "that" after a verb that reports what follows ("pointed out that", "showed that"). */
  private static boolean complement(List<Tok> toks, int i) {
    if (i + 1 >= toks.size() || !toks.get(i + 1).lower().equals("that")) {
      return false;
    }
    String w = toks.get(i).lower();
    return w.equals("out") || w.equals("showed") || w.equals("shows") || w.equals("found");
  }

  /** The words of "of …" right after a figure, up to a verb or punctuation, or null. */
  private @Nullable String ofPhrase(String s, int figureEnd) {
    List<Tok> after = Tok.of(s, figureEnd, Math.min(s.length(), figureEnd + 120));
    if (after.isEmpty() || !after.get(0).lower().equals("of") || after.get(0).punctBefore()) {
      return null;
    }
    return wordsUpToVerb(s, after, 1);
  }

  /**
   * The noun a definite figure modifies ("the $200 billion annual trade target"), or null when a
   * change word follows instead ("the 21% drop" measures what the sentence names).
   */
  private @Nullable String modified(String s, int figureEnd) {
    List<Tok> after = Tok.of(s, figureEnd, Math.min(s.length(), figureEnd + 120));
    if (after.isEmpty()
        || after.get(0).punctBefore()
        || words.direction(after.get(0).lower()) != null
        || PREPOSITIONS.contains(after.get(0).lower())) {
      return null;
    }
    return wordsUpToVerb(s, after, 0);
  }

  /**
   * The words as the sentence writes them: a space between two words apart, and the text itself
   * between two that touch ("S&P 500", "year-on-year").
   */
  private static String phrase(String s, List<Tok> words) {
    StringBuilder out = new StringBuilder(words.get(0).text());
    for (int i = 1; i < words.size(); i++) {
      Tok a = words.get(i - 1);
      Tok b = words.get(i);
      String between = b.begin() >= a.end() ? s.substring(a.end(), b.begin()) : " ";
      out.append(
          between.isEmpty() || between.chars().anyMatch(Character::isWhitespace) ? " " : between);
      out.append(b.text());
    }
    return out.toString();
  }

  /** A verb of level ("hit", "stood") or a change word ("rose"): where a subject ends. */
  private boolean verbLike(Tok t) {
    return VERBS.contains(t.lower()) || words.direction(t.lower()) != null;
  }

  private @Nullable String wordsUpToVerb(String s, List<Tok> after, int from) {
    List<Tok> b = new ArrayList<>();
    for (int i = from; i < Math.min(after.size(), from + 9); i++) {
      Tok t = after.get(i);
      if (verbLike(t) || t.punctBefore() || t.lower().equals("that") || t.lower().equals("which")) {
        break;
      }
      b.add(t);
    }
    return b.isEmpty() ? null : phrase(s, b);
  }
}
