package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a sentence's tokens that speaker cues read: where a clause starts and ends, whether
 * words read as a name, a list's tail, a possession or an adverb, and the subject that opens a
 * sentence, from punctuation, capitals and a few closed lists of words.
 */
final class Clauses {
  static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** Words that bring someone unnamed into a story: "a father", "One woman", "another man". */
  static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another");

  /** Articles and possessives that open a noun phrase: "a letter", "her deputy". */
  static final Set<String> DETERMINERS =
      Set.of("a", "an", "the", "its", "their", "his", "her", "our");

  static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be");

  /**
   * Finite auxiliaries that open a clause's predicate: after "that" they make it a relative pronoun
   * ("a brief that was co-authored"), after a name and its commas a clause, not an apposition.
   */
  static final Set<String> FINITE_AUXILIARIES =
      Set.of("is", "are", "was", "were", "has", "had", "have", "will", "would");

  /** Relative pronouns that open a clause about a speaker after a comma. */
  static final Set<String> RELATIVES = Set.of("who", "which");

  static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");

  /** The modal verbs: "would", "can", "cannot". */
  static final Set<String> MODALS =
      Set.of("will", "would", "could", "should", "may", "might", "must", "can", "cannot");

  // How many scene-setting clauses may open a sentence before its subject.
  private static final int OPENING_CLAUSES = 2;

  /** Prepositions that open an adverbial participle: "easing the room by asking, "…"". */
  private static final Set<String> PARTICIPLE_OPENERS = Set.of("by", "after", "before", "while");

  // verbs of reaching someone, whose subject a participle after them goes on: "called 911, saying"
  private static final Set<String> CONTACT =
      Set.of("called", "phoned", "rang", "texted", "emailed", "e-mailed", "wrote", "radioed");

  // how many words a reported clause of contact may hold before its participle
  private static final int CALLER_WORDS = 10;
  // "quoted the commander of the coast guard, Rear Admiral Lars Hoven, as saying": a role and
  // an apposed name may stand between the quoting verb and "as"
  private static final int AS_SAYING_REACH = 14;

  private static final Set<String> JOINERS = Set.of("and", "of", "or", "&");

  // the words before a day or part of one that follows a subject: "on Wednesday", "late Monday"
  private static final Set<String> TIME_OPENERS = Set.of("on", "late", "early", "last", "this");

  /** Words that may stand before a time word: "in November", "by Sunday evening". */
  static final Set<String> TIME_PREPOSITIONS =
      Set.of(
          "in", "on", "at", "by", "during", "within", "after", "before", "until", "last", "this",
          "early", "late");

  // the hours of a time opening: "Shortly after midnight he", "Within hours he", "At 9 she"
  private static final Set<String> CLOCK_WORDS =
      Set.of("midnight", "noon", "dawn", "dusk", "hour", "hours", "minutes", "days", "weeks");
  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}(?:[:.]\\d{2})?|[ap]\\.m\\.?");

  // a subject after a time opening: "Within the hour she"
  private static final Set<String> PEOPLE_PRONOUNS = Set.of("he", "she", "they");

  /** Adverbs that open a time before a subject: "Earlier this week the minister". */
  private static final Set<String> TIME_LEADS =
      Set.of("earlier", "later", "next", "shortly", "soon", "just");

  // the most words a subject that a time ends may hold: "The country's interior minister"
  private static final int TIMED_HEAD_WORDS = 6;

  /** The small words inside people's names: "Nicolas de Villiers", "Ludwig van Beethoven". */
  static final Set<String> PARTICLES =
      Set.of(
          "de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "le", "la", "ter",
          "ten", "dos", "das");

  /** Words that open a clause bound to the one before or after it. */
  static final Set<String> SUBORDINATE =
      Set.of(
          "because",
          "unless",
          "if",
          "since",
          "until",
          "when",
          "although",
          "though",
          "once",
          "despite",
          "so");

  /** Words that open a sentence before its subject: "Still, she …", "However, the board …". */
  static final Set<String> CONNECTIVES =
      Set.of(
          "but",
          "and",
          "however",
          "meanwhile",
          "still",
          "yet",
          "also",
          "so",
          "overall",
          "indeed",
          "instead",
          "moreover");

  /**
   * Lower-case words that can stand inside a proper name: "Bank of England", "Parents for Choice".
   */
  static final Set<String> NAME_CONNECTORS =
      Set.of("of", "for", "and", "the", "on", "de", "du", "la", "del", "des", "&");

  /**
   * Prepositions that open an adverbial: after a verb of saying they tell how or when it was said
   * ("said by telephone", "said over the radio"), never who said it.
   */
  static final Set<String> PREPOSITIONS =
      Set.of(
          "in", "on", "at", "after", "before", "during", "since", "with", "for", "from", "as", "by",
          "over", "via");

  /**
   * Whether a word opening a phrase makes it an adverbial, which names no one ("In a statement, the
   * commission … said", "In his constituency of Hexley and Wold, the chairman …"); not "as", which
   * opens a clause whose subject speaks ("As Ana Ruiz, …, puts it").
   */
  static boolean opensAdverbial(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return PREPOSITIONS.contains(w) && !w.equals("as");
  }

  // Words that open a clause leading into the main one ("Though she hid, Mara wrote …")
  private static final Set<String> SUBORDINATORS =
      Set.of("though", "although", "while", "whereas", "when", "because", "if", "unless", "once");

  // what a role's place or body follows: "envoy for Yemen", "head of the agency"
  private static final Set<String> ROLE_OF_WORDS = Set.of("for", "of", "at", "in");

  // the small words inside a place's or body's name: "the Department of Health and Social Care"
  private static final Set<String> NAME_WORDS = Set.of("for", "of", "at", "in", "the", "and");

  /** A date line: see {@link #datelineWords}. */
  private static final Pattern DATELINE =
      Pattern.compile(
          "\\p{Lu}[\\p{Lu} .'’/-]*\\p{Lu}\\.?(?:, [\\p{L}\\p{N}. ]{2,24}?){0,2}"
              // "(Wire)-A Chinese …": a hyphen glued between the agency's bracket and the story
              + "(?: \\([^)\\n]{1,40}\\))?(?: ?(?:_|--?|[\u2013\u2014]) |: |(?<=\\))-(?=\\p{Lu}))"
              // "Johannesburg – A surgeon …": a place in title case, a dash, a new sentence
              + "|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}(?:, \\p{Lu}[\\p{L}. ]{1,24}?)?"
              + " [\u2013\u2014-] (?=\\p{Lu})");

  /** Nouns that end like adverbs: "the family said", "said family members". */
  private static final Set<String> LY_NOUNS =
      Set.of(
          "family",
          "ally",
          "assembly",
          "rally",
          "supply",
          "reply",
          "monopoly",
          "anomaly",
          "fly",
          "bully",
          "belly",
          "folly",
          "tally",
          "panoply",
          "homily",
          "jelly",
          "lily",
          "gully");

  private Clauses() {}

  /**
   * Whether the clause from {@code a} to the verb at {@code v} opens with someone's possession, a
   * description such as "Mr. Bush's deputy national security adviser".
   */
  static boolean possessive(List<Tok> toks, int a, int v) {
    for (int i = a; i < Math.min(v - 1, a + 3); i++) {
      if (toks.get(i).possessive() && Character.isLowerCase(toks.get(i + 1).text().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the verb at {@code v} opens its clause, so that its subject follows it. */
  static boolean opensClause(List<Tok> toks, int v) {
    return v + 1 < toks.size() && (v == 0 || toks.get(v).punctBefore());
  }

  /** Past participles that open a clause before the subject: "Asked about it, she …". */
  private static final Set<String> PARTICIPLES =
      Set.of("asked", "pressed", "questioned", "reached");

  // the last word of a short opening phrase of time: "Moments later,"
  private static final Set<String> LATER =
      Set.of("later", "earlier", "ago", "afterwards", "afterward");

  /**
   * The subject that opens the sentence: its first clause, after any opening prepositional phrase
   * ("In Havana, the government …").
   *
   * @param speakerNoun whether a word names someone who speaks ("spokesman"), so that "A Foreign
   *     Ministry spokesman" stays whole
   */
  static List<Tok> sentenceSubject(String text, List<Tok> toks, Predicate<String> speakerNoun) {
    if (toks.isEmpty()) {
      return toks;
    }
    // "NEW YORK _ "…," said Ann Lee", "TOLEDO, Ohio (AP) - The union …": where it was filed from
    int at = datelineWords(text, toks);
    List<Tok> first = clause(toks, at);
    int time = timeOpening(first);
    if (time > 0) {
      at += time; // "On Sunday Voltaro issued a statement, saying": the time is no clause
      first = first.subList(time, first.size());
    } else {
      // "In Lagos, …", "Still, she …", "Though she hid, Mara …", and two of them: "Hours later,
      // speaking to Radio Sport, the president …"
      for (int skipped = 0;
          skipped < OPENING_CLAUSES && opening(first) && at + first.size() < toks.size();
          skipped++) {
        at += first.size();
        first = clause(toks, at);
      }
    }
    if (PRONOUNS.contains(first.get(0).lower())) {
      return first.subList(0, 1);
    }
    List<Tok> name = at + first.size() < toks.size() ? clause(toks, at + first.size()) : List.of();
    // "The U.N. special envoy for Yemen, Marit Eklund, …": a role of somewhere is a description too
    boolean described =
        !Character.isUpperCase(first.get(first.size() - 1).text().charAt(0))
            || roleOfSomewhere(first, speakerNoun);
    // "The company's chief executive, Rob Lane, told …": the name in apposition speaks
    boolean apposed = !name.isEmpty() && name.size() <= 4 && capitalised(name);
    return described && apposed && at + first.size() + name.size() < toks.size()
        ? name
        : beforeVerb(first, speakerNoun);
  }

  /** Whether a sentence's first clause sets the scene before its subject rather than naming it. */
  private static boolean opening(List<Tok> first) {
    String opener = first.get(0).lower();
    return first.size() == 1 && CONNECTIVES.contains(opener)
        // "Moments later, …", "Two days earlier, …": when, not who
        || first.size() <= 3 && LATER.contains(first.get(first.size() - 1).lower())
        || opener.equals("according") // "According to the charges, Kessler …"
        || participleOpens(first)
        || PREPOSITIONS.contains(opener)
        || SUBORDINATORS.contains(opener);
  }

  /**
   * Whether the phrase ends in a speaker noun and "for", "of", "at" or "in" a place or body, with
   * nothing but capitalised words and those small words after it ("special envoy for Yemen", not
   * "spokeswoman for the department said the Minister for Health").
   */
  private static boolean roleOfSomewhere(List<Tok> phrase, Predicate<String> speakerNoun) {
    for (int k = 0; k + 1 < phrase.size(); k++) {
      if (speakerNoun.test(phrase.get(k).lower())
          && ROLE_OF_WORDS.contains(phrase.get(k + 1).lower())) {
        return phrase.subList(k + 2, phrase.size()).stream()
            .allMatch(
                t -> Character.isUpperCase(t.text().charAt(0)) || NAME_WORDS.contains(t.lower()));
      }
    }
    return false;
  }

  /**
   * How many words of a time, unset by a comma, open the phrase before its determiner or name: 3
   * for "Late on Tuesday the union", 2 for "On Sunday Voltaro", 0 when it opens otherwise.
   */
  static int timeOpening(List<Tok> phrase) {
    if (phrase.size() < 2) {
      return 0;
    }
    Set<String> times = Words.english().timeWords;
    boolean time = false;
    int i = 0;
    while (i < phrase.size() - 1 && (i == 0 || !phrase.get(i).punctBefore())) {
      String w = phrase.get(i).lower();
      boolean article = // "Within the hour she"
          ARTICLES.contains(w) && times.contains(phrase.get(i + 1).lower());
      boolean clock = // not "Dawn Hollingworth said"
          CLOCK_WORDS.contains(phrase.get(i).text()) || CLOCK.matcher(w).matches();
      if (times.contains(w) || clock) {
        time = true;
      } else if (!TIME_PREPOSITIONS.contains(w) && !TIME_LEADS.contains(w) && !article) {
        break;
      }
      i++;
    }
    Tok next = phrase.get(i);
    boolean opens =
        ARTICLES.contains(next.lower())
            || next.lower().equals("one")
            || PEOPLE_PRONOUNS.contains(next.lower())
            || Character.isUpperCase(next.text().charAt(0));
    return time && i > 0 && opens ? i : 0;
  }

  /**
   * Whether a participle's clause opens the sentence: "Speaking to reporters afterwards, he …",
   * "Asked about the plan, she …"; not a name ("King Hussein, …", "Asked" alone).
   */
  static boolean participleOpens(List<Tok> clause) {
    String opener = clause.get(0).lower();
    return clause.size() > 1
        && Character.isLowerCase(clause.get(1).text().charAt(0))
        && (opener.endsWith("ing") || PARTICIPLES.contains(opener));
  }

  /** Whether a date line ("WESTBROOK, Minn. —", "NAIROBI, Kenya (AP) -") opens at {@code begin}. */
  static boolean datelineAt(String text, int begin) {
    return DATELINE.matcher(text).region(begin, Math.min(text.length(), begin + 80)).lookingAt();
  }

  /**
   * How many words a date line takes at the start of a sentence that opens a paragraph: a place in
   * capitals ("NEW YORK", "UNITED NATIONS", "NAJAF / BAGHDAD"), perhaps a region and a date
   * ("TOLEDO, Ohio", "BEIJING, March 3"), perhaps an agency in brackets ("(AP)"), then a dash or a
   * low line. 0 when there is none, or when nothing follows it. South Asian papers end it with a
   * colon ("LAHORE: "); some write the place in title case before a dash and a new sentence
   * ("Johannesburg – A surgeon").
   */
  static int datelineWords(String text, List<Tok> toks) {
    int begin = toks.get(0).begin();
    if (begin > 0 && text.charAt(begin - 1) != '\n') {
      return 0;
    }
    Matcher m = DATELINE.matcher(text).region(begin, Math.min(text.length(), begin + 80));
    if (!m.lookingAt()) {
      return 0;
    }
    int n = 0;
    while (n < toks.size() && toks.get(n).begin() < m.end()) {
      n++;
    }
    return n < toks.size() ? n : 0;
  }

  /** Whether every word is capitalised, as a name's are. */
  static boolean capitalised(List<Tok> words) {
    for (Tok t : words) {
      if (!Character.isUpperCase(t.text().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Words naming what kind of outlet a name is, between its owner's name and its own. */
  static final Set<String> OUTLET_KINDS =
      Set.of(
          "daily",
          "weekly",
          "tabloid",
          "magazine",
          "journal",
          "newspaper",
          "paper",
          "channel",
          "station",
          "broadcaster",
          "outlet",
          "website",
          "news",
          "agency",
          "radio",
          "television");

  /**
   * A clause cut before the first lowercase word that follows a name, where its verb most likely
   * stands ("President Obama | directed the departments to …", "Trade publication Variety | saw the
   * choice of Hale …"): names after the verb are its objects, not its subject. The words kept must
   * read as a name with at most one common word ("publication"); otherwise the clause stays whole.
   * A word naming someone who speaks is the name's head, not a verb ("A Foreign Ministry
   * spokesman").
   */
  static List<Tok> beforeVerb(List<Tok> clause, Predicate<String> speakerNoun) {
    for (int i = 1; i < Math.min(clause.size(), TIMED_HEAD_WORDS); i++) {
      Tok t = clause.get(i);
      if (Character.isLowerCase(t.text().charAt(0))
          && speakerNoun.test(t.lower())
          && timeAfter(clause, i + 1)) {
        // "The country's interior minister | on Wednesday rejected": a time ends the subject
        return clause.subList(0, i + 1);
      }
    }
    int common = 0;
    for (int i = 1; i < clause.size(); i++) {
      Tok t = clause.get(i);
      boolean lower = Character.isLowerCase(t.text().charAt(0));
      boolean function =
          ARTICLES.contains(t.lower())
              || PREPOSITIONS.contains(t.lower())
              || JOINERS.contains(t.lower());
      if (!lower || function) {
        continue;
      }
      boolean particle =
          common == 0
              && PARTICLES.contains(t.lower())
              && i + 1 < clause.size()
              && (Character.isUpperCase(clause.get(i + 1).text().charAt(0))
                  || PARTICLES.contains(clause.get(i + 1).lower())); // "van der Heyden"
      if (particle) {
        continue; // "French Ambassador Nicolas de Villiers-Marchand | defended"
      }
      boolean joinsNames =
          OUTLET_KINDS.contains(t.lower())
              && i + 1 < clause.size()
              && Character.isUpperCase(clause.get(i + 1).text().charAt(0));
      if (joinsNames) {
        continue; // "The Workers' Party daily Kestrel | compared": the paper is the subject
      }
      boolean afterName = i >= 2 && Character.isUpperCase(clause.get(i - 1).text().charAt(0));
      if (afterName && roleHead(clause, i, speakerNoun)) {
        if (i + 1 < clause.size() && Character.isUpperCase(clause.get(i + 1).text().charAt(0))) {
          continue; // "Acme Inc. analyst George Lee | downplayed": the name after the role speaks
        }
        // "A Foreign Ministry spokesman | on Tuesday accused": the role ends the subject
        return clause.subList(0, i + 1);
      }
      if (afterName) {
        return clause.subList(0, i);
      }
      if (++common > 1) {
        break;
      }
    }
    return clause;
  }

  /**
   * Whether a time opens the words at {@code j} and a word in lower case, a verb, follows it: "on
   * Wednesday rejected", "yesterday told".
   */
  private static boolean timeAfter(List<Tok> clause, int j) {
    Set<String> times = Words.english().timeWords;
    int after = j + 1;
    if (j + 1 < clause.size()
        && TIME_OPENERS.contains(clause.get(j).lower())
        && times.contains(clause.get(j + 1).lower())) {
      after = j + 2;
    } else if (j >= clause.size() || !times.contains(clause.get(j).lower())) {
      return false;
    }
    return after < clause.size()
        && Character.isLowerCase(clause.get(after).text().charAt(0))
        && !clause.get(after).punctBefore();
  }

  /**
   * Whether the word at {@code i} heads the name before it as a role ("A Foreign Ministry
   * spokesman"): a word naming someone who speaks, not a past form ("the accused"), before a verb
   * in "-ed", an adverb, "who", a function word, a capital or the clause's end, but not before a
   * noun it modifies ("The African Union observer mission").
   */
  private static boolean roleHead(List<Tok> clause, int i, Predicate<String> speakerNoun) {
    String w = clause.get(i).lower();
    if (!speakerNoun.test(w) || w.endsWith("ed")) {
      return false;
    }
    if (i + 1 == clause.size()) {
      return true;
    }
    Tok next = clause.get(i + 1);
    String n = next.lower();
    return n.endsWith("ed")
        || adverb(next)
        || RELATIVES.contains(n)
        || !Character.isLowerCase(next.text().charAt(0))
        || ARTICLES.contains(n)
        || PREPOSITIONS.contains(n)
        || JOINERS.contains(n);
  }

  /**
   * Whether {@code toks[a, v)} closes a list: lower case, with "and" or "or" in it, and not a
   * participle's phrase ("sitting with Judge Marr and Judge Fenn"), a relative clause ("who ran the
   * course and finished first") or a description opening with "a".
   */
  static boolean listTail(List<Tok> toks, int a, int v) {
    String first = toks.get(a).text();
    if (!Character.isLowerCase(first.charAt(0))
        || RELATIVES.contains(first)
        || first.equals("a")
        || first.equals("an") // "a retired judge and the eldest of the brothers": a description
        || first.endsWith("ing")
            && a + 1 < v
            && (PREPOSITIONS.contains(toks.get(a + 1).lower())
                || ARTICLES.contains(toks.get(a + 1).lower()))) {
      return false;
    }
    for (int i = a + 1; i < v - 1; i++) {
      String w = toks.get(i).lower();
      if (w.equals("and") || w.equals("or")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause opens with a name, or with an article before one ("a tearful Maria Gomez").
   */
  static boolean named(List<Tok> toks, int from, int to) {
    if (Character.isUpperCase(toks.get(from).text().charAt(0))) {
      return true;
    }
    if (!ARTICLES.contains(toks.get(from).lower())) {
      return false;
    }
    for (int i = from + 1; i < Math.min(to, from + 4); i++) {
      if (Character.isUpperCase(toks.get(i).text().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** Whether capitalised words joined without punctuation stand on both sides of the "and". */
  static boolean pairedName(List<Tok> toks, int and) {
    return and > 0
        && and + 1 < toks.size()
        && !toks.get(and).punctBefore()
        && !toks.get(and + 1).punctBefore()
        && Character.isUpperCase(toks.get(and - 1).text().charAt(0))
        && Character.isUpperCase(toks.get(and + 1).text().charAt(0));
  }

  /** The first of the capitalised words (at most four) that end right before {@code and}. */
  static int nameBefore(List<Tok> toks, int and) {
    int b = and;
    while (b > 0
        && and - b < 4
        && Character.isUpperCase(toks.get(b - 1).text().charAt(0))
        && (b == and || !toks.get(b).punctBefore())) {
      b--;
    }
    return b;
  }

  /**
   * The token after the comma that closes a relative clause opening at {@code r}, within {@code
   * reach} tokens of it, or -1.
   */
  static int relativeEnd(List<Tok> toks, int r, int reach) {
    for (int i = r + 1; i < Math.min(toks.size(), r + reach); i++) {
      if (toks.get(i).punctBefore()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * An adverb or auxiliary between a subject and its verb; never a capitalised name ("Kelly") or a
   * noun ending in "-ly" ("family").
   */
  static boolean adverb(Tok t) {
    String w = t.lower();
    return w.endsWith("ly") && Character.isLowerCase(t.text().charAt(0)) && !LY_NOUNS.contains(w)
        || w.equals("also")
        || w.equals("then")
        || w.equals("later")
        || w.equals("again")
        || w.equals("once")
        || w.equals("has")
        || w.equals("had")
        || w.equals("have")
        || w.equals("further")
        || w.equals("earlier");
  }

  /**
   * Where the clause holding the word at {@code i} starts: after the last punctuation before it.
   */
  static int clauseStart(List<Tok> toks, int i) {
    int start = i;
    while (start > 0 && !toks.get(start).punctBefore()) {
      start--;
    }
    return start;
  }

  /**
   * The subject of a reported clause of contact that a participle goes on: {@code Leader said that
   * Hiller called 911, saying "…"} is Hiller's call. The clause opens with "that" and a capitalised
   * subject, holds a verb of contact and runs to the participle with no other punctuation; empty
   * otherwise.
   */
  static List<Tok> callerBefore(List<Tok> toks, int v) {
    for (int k = v - 2; k >= Math.max(0, v - CALLER_WORDS); k--) {
      if (toks.get(k + 1).punctBefore()) {
        return List.of();
      }
      if (!toks.get(k).lower().equals("that")
          || !Character.isUpperCase(toks.get(k + 1).text().charAt(0))) {
        continue;
      }
      for (int j = k + 2; j < v; j++) {
        if (CONTACT.contains(toks.get(j).lower())) {
          return toks.subList(k + 1, j);
        }
      }
      return List.of();
    }
    return List.of();
  }

  /**
   * Whether the verb at {@code v} is a participle that opens an adverbial clause of the sentence,
   * after a comma or a preposition ("…, saying", "by asking"): the sentence's subject speaks.
   */
  static boolean adverbialParticiple(List<Tok> toks, int v) {
    Tok t = toks.get(v);
    return t.lower().endsWith("ing")
        && (t.punctBefore() || v > 0 && PARTICIPLE_OPENERS.contains(toks.get(v - 1).lower()));
  }

  /**
   * Where an "if" clause that opens the words, or follows a colon or comma in them, starts and ends
   * ({@code {from, to}}, to exclusive): "If your mechanic suggests more visits, push back". {@code
   * {-1, -1}} when there is none or it never ends.
   */
  static int[] openingCondition(List<Tok> toks) {
    int from = -1;
    for (int j = 0; j < toks.size(); j++) {
      if (from < 0 && toks.get(j).lower().equals("if") && (j == 0 || toks.get(j).punctBefore())) {
        from = j;
      } else if (from >= 0 && toks.get(j).punctBefore()) {
        return new int[] {from, j};
      }
    }
    return new int[] {-1, -1};
  }

  /** The words from {@code i} to the next punctuation. */
  static List<Tok> clause(List<Tok> toks, int i) {
    List<Tok> out = new ArrayList<>();
    for (int j = i; j < toks.size() && (j == i || !toks.get(j).punctBefore()); j++) {
      out.add(toks.get(j));
    }
    return out;
  }

  /**
   * Where "as" stands in "quoted … as saying", within a few words after the quoting verb at {@code
   * q}, or -1.
   */
  static int asSaying(List<Tok> toks, int q) {
    for (int i = q + 1; i + 1 < toks.size() && i <= q + AS_SAYING_REACH; i++) {
      if (toks.get(i).lower().equals("as") && toks.get(i + 1).lower().startsWith("say")) {
        return i;
      }
    }
    return -1;
  }
}
