package org.dateline.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells a reporting or framing verb in a sentence from the same word doing another job, by the
 * words around it: "reads" after a writing, "shares" after a name, "argue" after a plural subject,
 * "pleaded" when no plea follows. Instances are immutable and thread-safe.
 */
final class SpeechVerbs {
  /** Subject pronouns of people, before a verb that is also a noun: "she shares". */
  static final Set<String> PERSONAL = Set.of("he", "she", "we", "i");

  /** Verbs of asking, whose subject puts the question that the next quotation answers. */
  static final Set<String> ASKING = Set.of("asked", "wondered", "pressed", "questioned");

  // "read" reports only what a writing or an inscription says.
  private static final Set<String> READ = Set.of("read", "reads");
  // Words after a participle that show it describes the writing before it ("a statement posted
  // online", "a letter emailed to staff").
  private static final Set<String> PARTICIPLE_COMPLEMENTS =
      Set.of("on", "online", "in", "to", "by", "at", "late", "earlier", "overnight", "from");
  private static final Set<String> PLEADED = Set.of("pleaded", "pleads");
  private static final Set<String> PLEAS = Set.of("guilty", "not", "innocent", "no");

  /** "rejected" frames the words after "as" that end its clause, a few words on. */
  private static final Set<String> REJECTED = Set.of("rejected", "rejecting", "rejects");

  private static final int REJECTED_WORDS = 6;

  /** Forms of "add", which also add things ("added 640 beds"). */
  private static final Set<String> ADDED = Set.of("add", "adds", "added", "adding");

  /** "agreed that …" reports; "agreed to pay", "agreed with him", "agreed on a deal" do not. */
  private static final Set<String> AGREED = Set.of("agreed", "agrees");

  private static final Set<String> AGREED_TO = Set.of("to", "with", "on", "upon");

  /** Things with words on them that "read" as a writing does. */
  private static final Set<String> INSCRIBED =
      Set.of(
          "opinion",
          "ruling",
          "sign",
          "banner",
          "placard",
          "headline",
          "caption",
          "inscription",
          "signature");

  // Reporting verbs that are also common nouns; they report only after a name or a pronoun.
  private static final Set<String> NOUNS_TOO = Set.of("shares");
  // Reporting verbs in "-s" that are plural nouns too, and the words after which they are nouns
  // ("the first customer reports and the company's confirmation", "remarks of the minister")
  private static final Set<String> PLURAL_NOUNS =
      Set.of("reports", "notes", "remarks", "comments", "replies", "claims", "states", "answers");
  private static final Set<String> AFTER_NOUN =
      Set.of("and", "or", "of", "were", "are", "have", "had");

  /** Words ending in "s" that are not plural subjects ("this", "always", "perhaps"). */
  private static final Set<String> NOT_PLURAL =
      Set.of(
          "this",
          "thus",
          "always",
          "perhaps",
          "sometimes",
          "nevertheless",
          "nonetheless",
          "besides",
          "hers",
          "yours",
          "ours",
          "theirs");

  /** How many words before or after "read" a writing may stand. */
  private static final int WRITING_WORDS = 5;

  private final Words words;

  SpeechVerbs(Words words) {
    this.words = words;
  }

  /**
   * Whether the word at {@code i} is a reporting or framing verb; a capitalised word right after
   * another is part of a name ("United States"), not a verb.
   */
  boolean at(List<Tok> toks, int i, boolean framingToo) {
    Tok t = toks.get(i);
    boolean listed =
        speechVerb(toks, i)
            || framingToo && words.framingVerbs.contains(t.lower())
            // "a WhatsApp message at 1.47am reading: "…"": the words a writing holds (a sign's
            // or a banner's words are a slogan more often than someone's speech)
            || t.lower().equals("reading") && writingBefore(toks, i, words.writings::contains)
            // "rejected the suggestion as "absolute nonsense"", not "rejected a third offer"
            || framingToo && REJECTED.contains(t.lower()) && asRightBefore(toks, i)
            || i + 1 < toks.size()
                && words.phrasalVerbs.contains(t.lower() + " " + toks.get(i + 1).lower());
    if (listed && PLEADED.contains(t.lower()) && i + 1 < toks.size()) {
      // "pleaded guilty to 'conspiracy to commit wire fraud'": a plea in court names a charge
      listed = !PLEAS.contains(toks.get(i + 1).lower());
    }
    if (listed && AGREED.contains(t.lower()) && i + 1 < toks.size()) {
      listed = !AGREED_TO.contains(toks.get(i + 1).lower());
    }
    if (listed && ADDED.contains(t.lower()) && i + 1 < toks.size()) {
      // "the government had added 640 beds", "added to the pressure": adding things, not words
      Tok next = toks.get(i + 1);
      listed =
          next.punctBefore()
              || !Character.isDigit(next.text().charAt(0)) && !next.lower().equals("to");
    }
    if (listed && describesWriting(toks, i)) {
      return false; // "said in a statement posted on its website that …": the statement's subject
    }
    if (listed && READ.contains(t.lower())) {
      // "the opinion read", "a statement from the union reads", "…," read a statement from X; but
      // not "I read many times that …"
      return writingBefore(toks, i) || i == 0 && writingAfter(toks) || readAloud(toks, i);
    }
    if (listed
        && PLURAL_NOUNS.contains(t.lower())
        && i + 1 < toks.size()
        && !toks.get(i + 1).punctBefore()
        && AFTER_NOUN.contains(toks.get(i + 1).lower())) {
      return false; // "the first customer reports and the company's confirmation": nouns
    }
    if (listed && NOUNS_TOO.contains(t.lower())) {
      // "she shares", "Wilgus shares", but not "construction shares" or "…," shares fell
      String before = i > 0 ? toks.get(i - 1).text() : "";
      listed =
          !before.isEmpty()
              && !t.punctBefore()
              && (Character.isUpperCase(before.charAt(0))
                  || PERSONAL.contains(before.toLowerCase(Locale.ROOT)));
    }
    return listed
        && !(i > 0
            && Character.isUpperCase(t.text().charAt(0))
            && Character.isUpperCase(toks.get(i - 1).text().charAt(0)));
  }

  /**
   * Whether the verb at {@code i} is a participle on the writing named before it, "a statement
   * posted online", "a letter emailed to staff", not a clause of its own.
   */
  private boolean describesWriting(List<Tok> toks, int i) {
    Tok t = toks.get(i);
    return i > 0
        && i + 1 < toks.size()
        && !t.punctBefore()
        && t.lower().endsWith("ed")
        && words.writings.contains(toks.get(i - 1).lower())
        && PARTICIPLE_COMPLEMENTS.contains(toks.get(i + 1).lower());
  }

  /** Whether the words end with "as" a few words after {@code i}, with no punctuation between. */
  private static boolean asRightBefore(List<Tok> toks, int i) {
    int last = toks.size() - 1;
    if (last <= i || last - i > REJECTED_WORDS || !toks.get(last).lower().equals("as")) {
      return false;
    }
    return toks.subList(i + 1, last + 1).stream().noneMatch(Tok::punctBefore);
  }

  /**
   * Whether "read" ends a short "he read" or "she read" clause ("…," she read, her voice breaking):
   * a person reading out words of their own, as a victim's statement in court.
   */
  private static boolean readAloud(List<Tok> toks, int i) {
    String before = i == 1 ? toks.get(0).lower() : "";
    boolean ends = i + 1 == toks.size() || toks.get(i + 1).punctBefore();
    return (before.equals("he") || before.equals("she")) && !toks.get(i).punctBefore() && ends;
  }

  /** Whether a reporting verb stands in {@code [from, to)}, past the first word. */
  boolean anyBetween(List<Tok> toks, int from, int to) {
    for (int v = Math.max(1, from); v < to; v++) {
      if (at(toks, v, false)) {
        return true;
      }
    }
    return false;
  }

  private boolean speechVerb(List<Tok> toks, int i) {
    Tok t = toks.get(i);
    return words.speechVerbs.contains(t.lower())
        || words.pluralSpeechVerbs.contains(t.lower()) && afterPlural(toks, i);
  }

  /**
   * Whether a plural noun or "they" stands right before the word at {@code i}, in its clause, or
   * "I" before "ask" (not "what I call "…"", a coinage).
   */
  private static boolean afterPlural(List<Tok> toks, int i) {
    if (i == 0 || toks.get(i).punctBefore()) {
      return false;
    }
    String before = toks.get(i - 1).lower();
    return before.equals("they")
        || before.equals("i") && toks.get(i).lower().equals("ask") // "“Why now?” I ask."
        || before.length() > 3 && Tok.looksPlural(before) && !NOT_PLURAL.contains(before);
  }

  /** Whether a writing opens the words after a verb that opens them: {@code read a statement}. */
  private boolean writingAfter(List<Tok> toks) {
    for (int j = 1; j < Math.min(toks.size(), WRITING_WORDS); j++) {
      if (written(toks.get(j).lower())) {
        return true;
      }
      if (toks.get(j).punctBefore()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a writing or an inscription is named among the few words of the clause before {@code
   * i}.
   */
  private boolean writingBefore(List<Tok> toks, int i) {
    return writingBefore(toks, i, this::written);
  }

  /** Whether a word {@code writing} accepts stands among the few words of the clause before i. */
  private static boolean writingBefore(List<Tok> toks, int i, Predicate<String> writing) {
    for (int j = i - 1; j >= Math.max(0, i - WRITING_WORDS); j--) {
      if (writing.test(toks.get(j).lower())) {
        return true;
      }
      if (toks.get(j).punctBefore()) {
        return false;
      }
    }
    return false;
  }

  /** Whether a word names a writing or a thing with words on it. */
  boolean written(String lower) {
    return words.writings.contains(lower) || INSCRIBED.contains(lower);
  }
}
