package org.dateline.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Trims the words that stand where a speaker stands down to the description an unnamed speaker
 * keeps: without a leading conjunction, a closing time, an aside or the clause after the head noun
 * ("one passenger on Thursday morning" is "one passenger"). Instances are immutable and
 * thread-safe.
 */
final class Descriptions {
  // Words that open a clause of their own inside a longer phrase
  private static final Set<String> SUBORDINATORS =
      Set.of("after", "before", "when", "as", "while", "because", "since", "until");

  /** Prepositions that qualify the noun before them ("an official in Nairobi"). */
  static final Set<String> QUALIFIED_BY =
      Set.of("in", "of", "to", "for", "at", "from", "with", "by", "on");

  // words that may open a description's phrase and are no part of it: "and", "Then a co-worker"
  private static final Set<String> LEADING_WORDS =
      Set.of(
          "though",
          "although",
          "if",
          "when",
          "while",
          "because",
          "as",
          "and",
          "but",
          "then",
          "later",
          "finally",
          "meanwhile");

  /**
   * Words that open a noun phrase describing someone ("one shopper", "her lawyer", "most
   * analysts").
   */
  static final Set<String> DETERMINERS =
      Set.of(
          "a", "an", "the", "one", "two", "three", "another", "some", "several", "many", "most",
          "every", "each", "his", "her", "its", "their", "our", "my", "this", "that", "these",
          "those", "both", "all", "other");

  private static final Set<String> ONE_OF = Set.of("one", "another");

  // Determiners that name an owner: after a word they make it a verb with an object ("shook
  // their heads"), where no description of a speaker has them inside it.
  private static final Set<String> OWNERS = Set.of("his", "her", "its", "their", "our", "my");
  // Words that go on describing the noun before them ("officers involved in", "residents along").
  private static final Set<String> POST_MODIFIERS =
      Set.of(
          ("and or that familiar close involved quoted cited based responsible along near across "
                  + "outside inside around under over within among such here there")
              .split(" "));
  private static final Pattern CONTRACTED =
      Pattern.compile("(i|you|he|she|it|we|they|that|there|who|what)['’](s|d|ll|re|ve|m)");
  private static final Set<String> WHEN =
      Set.of("on", "at", "in", "during", "early", "late", "last");

  private final Words words;

  Descriptions(Words words) {
    this.words = words;
  }

  /**
   * The description an unnamed speaker keeps from a short phrase that names no one ({@code "…,"
   * said one shopper}), or null when the phrase is a clause or describes no one.
   */
  @Nullable String of(String text, List<Tok> phrase) {
    if (QUALIFIED_BY.contains(phrase.get(0).lower())) {
      return null; // "… under the reported circumstances"
    }
    for (Tok t : phrase) {
      if (CONTRACTED.matcher(t.lower()).matches() || words.speechVerbs.contains(t.lower())) {
        return null; // "… and I'd responded", "a spokesman said the witness": clauses
      }
    }
    List<Tok> described = describable(phrase);
    if (described.isEmpty()) {
      return null;
    }
    return text.substring(described.get(0).begin(), described.get(described.size() - 1).end());
  }

  /**
   * The phrase as an unnamed speaker's description, after a leading "though" or "if"; empty when it
   * cannot describe anyone: an article or a number alone ("argued a 'White Paper'", "17"), or words
   * that open with neither a determiner nor a speaker noun ("issued a statement", "you").
   */
  private List<Tok> describable(List<Tok> phrase) {
    List<Tok> rest = withoutLeadingWords(phrase);
    Tok first = rest.get(0);
    // "said another", "says one" (of the sources just named) is someone; any other determiner
    // alone describes no one
    boolean lone =
        rest.size() == 1 && DETERMINERS.contains(first.lower()) && !ONE_OF.contains(first.lower());
    boolean number = rest.stream().allMatch(t -> Character.isDigit(t.text().charAt(0)));
    boolean opens =
        !Character.isLowerCase(first.text().charAt(0))
            || DETERMINERS.contains(first.lower())
            || words.speakerNoun(first.lower());
    return lone || number || !opens ? List.of() : rest;
  }

  /**
   * Where the subject of a clause a subordinator opens inside the phrase begins ("the company's
   * chief executive" of "in after-hours trading on Wednesday after the company's chief executive"):
   * past the last "after", "before", "when", "as", "while", "because", "since" or "until" that a
   * determiner or an owner follows; 0 when there is none.
   */
  private static int afterSubordinator(List<Tok> phrase) {
    for (int i = phrase.size() - 3; i >= 1; i--) {
      Tok next = phrase.get(i + 1);
      if (SUBORDINATORS.contains(phrase.get(i).lower())
          && (Clauses.ARTICLES.contains(next.lower())
              || VerbSubjects.POSSESSIVES.contains(next.lower())
              || Tok.possessive(next.lower()))) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The phrase after its leading "though", "if", "and", "but" or "then"; never empty if it was not.
   */
  static List<Tok> withoutLeadingWords(List<Tok> phrase) {
    int from = afterSubordinator(phrase);
    while (from < phrase.size() - 1 && LEADING_WORDS.contains(phrase.get(from).lower())) {
      from++;
    }
    return phrase.subList(from, phrase.size());
  }

  /**
   * The phrase up to its speaker noun, or a body's ("the commission"), when a word that reads as
   * its verb follows it: "about 100 protesters | marched in front of …", "police | couldn't say",
   * "the commission | declined to comment", not "an official in Nairobi", "an engineer working on
   * …", "officers involved in …" or "a police sergeant".
   */
  List<Tok> beforeItsVerb(List<Tok> phrase) {
    // the last speaker or institution noun in the first five words, before any preposition or
    // "and": "an expert data analyst", but "an executive | at a developer tools company"
    int i = -1;
    for (int j = 0; j < Math.min(5, phrase.size()); j++) {
      String w = phrase.get(j).lower();
      if (j > 0 && (QUALIFIED_BY.contains(w) || POST_MODIFIERS.contains(w))) {
        break;
      }
      if (words.speakerNoun(w) || words.institutionNouns.contains(w)) {
        i = j;
        if (pastVerbWithObject(phrase, j + 1)) {
          break; // "fans | booed the referee", though "referee" is a speaker noun too
        }
      }
    }
    if (i < 0 || i + 1 >= phrase.size()) {
      return phrase;
    }
    Tok next = phrase.get(i + 1);
    String w = next.lower();
    boolean qualifies =
        QUALIFIED_BY.contains(w)
            || SpeakerPhrase.RELATIVE_CLAUSE.contains(w)
            || POST_MODIFIERS.contains(w)
            || w.endsWith("ing")
            || words.writings.contains(w) // "court records", "a police report": a writing
            || !Character.isLowerCase(next.text().charAt(0));
    return next.punctBefore() || qualifies ? phrase : phrase.subList(0, i + 1);
  }

  /**
   * Whether the word at {@code at} reads as a verb with its object after it ("booed the referee",
   * "shook their heads"), not a participle that qualifies the noun before it ("officers involved
   * in"): a past form before any determiner, or any word before an owner ("their", "his").
   */
  private static boolean pastVerbWithObject(List<Tok> phrase, int at) {
    if (at + 1 >= phrase.size()
        || phrase.get(at).punctBefore()
        || !Character.isLowerCase(phrase.get(at).text().charAt(0))) {
      return false;
    }
    String object = phrase.get(at + 1).lower();
    return phrase.get(at).lower().endsWith("ed") && DETERMINERS.contains(object)
        || OWNERS.contains(object);
  }

  /**
   * A long phrase cut before the words that qualify its head: a relative clause ("a recent graduate
   * | who asked not to be named") or what follows a speaker noun or a writing ("one leaflet |
   * distributed in the square"). The phrase as it is when neither is found.
   */
  List<Tok> headOnly(List<Tok> phrase) {
    for (int i = 1; i < phrase.size(); i++) {
      String w = phrase.get(i).lower();
      if (i >= 2 && SpeakerPhrase.RELATIVE_CLAUSE.contains(w)) {
        return phrase.subList(0, i);
      }
      if (i <= 4 && (words.speakerNoun(w) || words.writings.contains(w))) {
        return phrase.subList(0, i + 1);
      }
    }
    return phrase;
  }

  /**
   * The phrase before a participle set off by a comma: "a White House official | , speaking on
   * condition of anonymity, said" describes the official.
   */
  static List<Tok> withoutAside(List<Tok> phrase) {
    for (int i = 1; i < phrase.size(); i++) {
      Tok t = phrase.get(i);
      if (t.punctBefore()
          && t.lower().endsWith("ing")
          && Character.isLowerCase(t.text().charAt(0))) {
        return phrase.subList(0, i);
      }
    }
    return phrase;
  }

  /**
   * The phrase without a closing adverbial of time ("one passenger on Thursday morning" is "one
   * passenger"): a preposition after the first two words, followed within two words by a time word.
   */
  List<Tok> withoutWhen(List<Tok> phrase) {
    for (int i = 2; i + 1 < phrase.size(); i++) {
      if (!WHEN.contains(phrase.get(i).lower())) {
        continue;
      }
      for (int j = i + 1; j < Math.min(phrase.size(), i + 3); j++) {
        if (words.timeWords.contains(phrase.get(j).lower())) {
          return phrase.subList(0, i);
        }
      }
    }
    return phrase;
  }
}
