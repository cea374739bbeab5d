package org.dateline.extract;

import java.util.List;
import java.util.Set;

/**
 * Quoted words that label a thing rather than report speech: the name a group habitually gives a
 * place, a thing or a person ("a stretch of road locals call "the funnel"", "fans have taken to
 * calling her "the Duchess""), and the rendering in other words, or the fellow in a list, of a
 * label or a scare quote. The words on signs and banners stay the speech of those who carry them,
 * as the annotation conventions have it.
 */
final class Labels {
  /** How far before a quotation its sentence's words are read, in characters. */
  private static final int LEAD_REACH = 300;

  // Naming verbs in forms that tell a habit, not one remark: "locals call", "have long called",
  // "taken to calling", "to dub".
  private static final Set<String> PRESENT_CALL = Set.of("call", "dub");
  private static final Set<String> HABIT_CALL = Set.of("called", "calling", "dubbed", "dubbing");
  // Words between a naming group and its verb: "have long", "had taken to", "have since".
  private static final Set<String> BETWEEN =
      Set.of(
          "have",
          "had",
          "long",
          "since",
          "simply",
          "still",
          "now",
          "often",
          "sometimes",
          "affectionately",
          "privately",
          "commonly",
          "always",
          "already",
          "taken",
          "begun",
          "started",
          "come",
          "to",
          "like",
          "also",
          "even",
          "jokingly");
  // How many words the object between a naming verb and its name may take ("called the old lido").
  private static final int OBJECT_WORDS = 4;
  // A name given is short: "the little streamer that could".
  private static final int NAME_WORDS = 6;
  // A present-tense name may be a short noun phrase with no article of its own: "what engineers
  // call a "sun kink"", but not "critics call the levy "a tax on farmers"".
  private static final int TERM_WORDS = 3;
  // Plural-looking words that are not groups of people.
  private static final Set<String> NOT_GROUPS =
      Set.of("his", "its", "this", "thus", "was", "is", "has", "does", "as", "us", "yes", "'s");
  private static final Set<String> GROUP_NOUNS =
      Set.of("people", "media", "staff", "press", "police", "public", "everyone", "folk");

  private Labels() {}

  /**
   * Whether quotation {@code s} labels a thing, or renders or follows in a list the one before it
   * when that one is no speech; {@code from} is where its sentence begins, {@code previousEnd}
   * where the quotation before it ends (-1 when there is none) and {@code previousScare} whether
   * that one is read as a label or a scare quote.
   */
  static boolean label(
      String text, int from, QuoteMarks.Segment s, int previousEnd, boolean previousScare) {
    if (previousScare
        && previousEnd <= s.open()
        && (rendering(text, previousEnd, s.open()) || joined(text, previousEnd, s.open()))) {
      return true;
    }
    // the last words before the mark: a sentence of thousands of quotations is not read whole
    List<Tok> lead = Tok.of(text, Math.max(from, s.open() - LEAD_REACH), s.open());
    if (s.open() - LEAD_REACH > from && !lead.isEmpty()) {
      lead = lead.subList(1, lead.size()); // the first may be cut short
    }
    List<Tok> words = Tok.of(text, s.begin(), s.end());
    return !words.isEmpty() && named(text, lead, words, s.begin(), s.end());
  }

  /**
   * Whether the words between two quotations only join them ("“…” and “…”"), so that the second is
   * no speech when the first is none.
   */
  private static boolean joined(String text, int close, int open) {
    String between = text.substring(close, open);
    String joint = between.strip();
    return between.indexOf('\n') < 0
        && (joint.equals(",")
            || joint.equals("and")
            || joint.equals("or")
            || joint.equals(", and")
            || joint.equals(", or"));
  }

  /**
   * Whether a quotation follows the one before with only a dash or an opening bracket between, a
   * rendering of its words: "“la ley del arrastre” (“the trawler law”)".
   */
  private static boolean rendering(String text, int close, int open) {
    String between = text.substring(close, open);
    String joint = between.strip();
    return between.indexOf('\n') < 0
        && (joint.equals("(") || joint.length() == 1 && Cues.DASHES.indexOf(joint.charAt(0)) >= 0);
  }

  /**
   * "residents call "the gravel"", "passengers had long called the ferry "the Lola"", "tabloids to
   * dub the case "the Café Affair"": a group's habitual name for a thing, quoted whole.
   */
  private static boolean named(String text, List<Tok> lead, List<Tok> words, int begin, int end) {
    if (words.size() > NAME_WORDS || innerBreak(text, begin, end)) {
      return false;
    }
    boolean article = words.get(0).lower().equals("the");
    int n = lead.size();
    for (int v = n - 1; v >= Math.max(0, n - 1 - OBJECT_WORDS); v--) {
      if (v < n - 1 && lead.get(v + 1).punctBefore()) {
        return false; // the object runs through punctuation: another clause
      }
      String verb = lead.get(v).lower();
      boolean present = PRESENT_CALL.contains(verb);
      if (!present && !HABIT_CALL.contains(verb)) {
        continue;
      }
      int s = v - 1;
      boolean aux = false;
      while (s >= 0 && BETWEEN.contains(lead.get(s).lower()) && !lead.get(s + 1).punctBefore()) {
        aux = true;
        s--;
      }
      // "called" or "calling" alone may be one remark ("critics called it "…""); after "have",
      // "long" or "taken to" it is a habit, and "call" or "dub" names
      boolean told = present || aux || verb.startsWith("dub");
      String first = words.get(0).lower();
      boolean shortTerm =
          present && words.size() <= TERM_WORDS && !first.equals("a") && !first.equals("an");
      return s >= 0 && told && (article || shortTerm) && group(lead, s);
    }
    return false;
  }

  /** Whether the word at {@code i} names a group of people: "locals", "Opposition newspapers". */
  private static boolean group(List<Tok> lead, int i) {
    Tok t = lead.get(i);
    boolean lower = Character.isLowerCase(t.text().charAt(0)) || i == 0 || t.punctBefore();
    String w = t.lower();
    return lower
        && !NOT_GROUPS.contains(w)
        && (GROUP_NOUNS.contains(w) || Tok.looksPlural(w) && w.length() > 3);
  }

  /** Whether a comma, semicolon, question or exclamation mark stands inside the words. */
  private static boolean innerBreak(String text, int begin, int end) {
    String inner = text.substring(begin, end).strip();
    if (!inner.isEmpty() && (inner.endsWith(",") || inner.endsWith("."))) {
      inner = inner.substring(0, inner.length() - 1);
    }
    return Tok.anyOf(inner, 0, inner.length(), ",;?!");
  }
}
