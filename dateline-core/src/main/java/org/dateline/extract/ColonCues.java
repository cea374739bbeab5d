package org.dateline.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * The speaker a clause that ends in a colon introduces: a name alone ({@code Brandt: "…"}), a
 * clause that opens with its speaker ({@code Kerr was blunter: "…"}, {@code The minister was curt:
 * "…"}), who issued a writing ({@code The ministry released a statement on Friday: "…"}), or a name
 * right before the colon ({@code …, such as Dr Samir Haddad: "…"}). Instances are immutable and
 * thread-safe.
 */
final class ColonCues {
  // A description in lower case between a name and the colon that ends its sentence.
  private static final Pattern APPOSED_TO_COLON =
      Pattern.compile("\\s*,\\s*(?:the\\s+|a\\s+|an\\s+)?\\p{Ll}[^.!?\"“”]*");

  /** Verbs after which the words quoted are someone else's: "Ortiz found a note: …". */
  private static final Set<String> RECEIVED =
      Set.of(
          "found", "saw", "received", "got", "read", "heard", "noticed", "spotted", "discovered");

  /** The most words a clause before a colon may have for its opening name to speak. */
  private static final int LONG_INTRODUCER = 12;

  /** The most words a description opening such a clause may have: "the county's chief judge". */
  private static final int DESCRIPTION_WORDS = 4;

  private static final Set<String> PEOPLE_PRONOUNS = Set.of("he", "she");

  /** The most words a clause a pronoun opens before a colon may have: "she cut in sharply". */
  private static final int PRONOUN_CLAUSE_WORDS = 4;

  /** Words before a name that make it the one addressed: "a message to Ana Ruiz:". */
  private static final Set<String> RECIPIENT = Set.of("to", "for", "about");

  /** How many words back from a name a "who" makes it the object of a relative clause. */
  private static final int RELATIVE_REACH = 5;

  // What opens a description of someone in particular: "the minister", "her deputy".
  private static final Set<String> DEFINITE = Set.of("the", "his", "her", "their", "its", "our");

  private final Words words;
  private final SpeakerPhrase phrases;
  private final SpeechVerbs verbs;
  private final VerbSubjects subjects;

  ColonCues(Words words, SpeakerPhrase phrases, SpeechVerbs verbs, VerbSubjects subjects) {
    this.words = words;
    this.phrases = phrases;
    this.verbs = verbs;
    this.subjects = subjects;
  }

  /** A name alone before a colon, as in a transcript: {@code Brandt: "…"}. */
  @Nullable Speaker label(Frame frame, List<Tok> toks, int open) {
    if (toks.isEmpty() || !afterColon(frame.text(), open)) {
      return null;
    }
    int start = Clauses.clauseStart(toks, toks.size() - 1);
    if (verbs.anyBetween(toks, 1, start)) {
      // "X said from her home in Irving, Texas:": the place ends a reporting clause; its verb
      // gives the speaker.
      return null;
    }
    int issued = subjects.issuedWritingBefore(toks);
    if (issued > start) {
      List<Tok> phrase =
          subjects.before(frame, toks, issued); // "The ministry released a statement:"
      return phrase.isEmpty() ? null : phrases.resolve(frame, phrase);
    }
    List<Tok> name = toks.subList(start, toks.size());
    if (start > 0
        && name.size() >= 2
        && name.size() <= PRONOUN_CLAUSE_WORDS
        && PEOPLE_PRONOUNS.contains(name.get(0).lower())
        && Character.isLowerCase(name.get(1).text().charAt(0))
        && !RECEIVED.contains(name.get(1).lower())) {
      // "When Keogh pivoted to the stadium, she cut in:": the pronoun of the clause the colon ends
      return phrases.resolve(frame, name.subList(0, 1));
    }
    if (!Clauses.capitalised(name)) {
      // "…, while Maes told supporters:": a reporting verb in the clause gives its own subject.
      return verbs.anyBetween(toks, start, toks.size()) ? null : introducer(frame, toks);
    }
    Speaker who = name.size() <= 4 ? phrases.resolve(frame, name) : null;
    return who != null && who.entity() != null ? who : null;
  }

  /** Whether a colon, then only spaces, stands before the opening mark at {@code open}. */
  static boolean afterColon(String text, int open) {
    return colonBefore(text, open) >= 0;
  }

  /** Where the colon is that only spaces separate from {@code open}, or -1. */
  private static int colonBefore(String text, int open) {
    int i = open - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && text.charAt(i) == ':' ? i : -1;
  }

  /**
   * The person a clause ending in a colon opens with: {@code Kerr was blunter: "…"}, or the name in
   * apposition to its opening description ({@code Doyle's deputy, Sean Kerr, was blunter:}).
   */
  private @Nullable Speaker introducer(Frame frame, List<Tok> toks) {
    List<Tok> first = Clauses.clause(toks, 0);
    for (int k = 1; k < Math.min(first.size(), 7); k++) {
      // "The statement from the palace was brief:": the writing, or who issued it, speaks
      if (Clauses.BE.contains(first.get(k).lower())) {
        List<Tok> subject = first.subList(0, k);
        boolean writing = subject.stream().anyMatch(t -> words.writings.contains(t.lower()));
        if (writing) {
          return phrases.resolveOrDescribe(frame, subject);
        }
        // "The minister was blunt:": a described speaker is one, named or not
        Speaker described = described(frame, subject);
        if (described != null) {
          return described;
        }
        break;
      }
    }
    if (first.size() > 6) {
      // "The judge had advice for anyone who deals with Nichols in the future:" however long
      Speaker person = first.size() <= LONG_INTRODUCER ? leadingPerson(frame, first) : null;
      if (person == null && first.size() <= LONG_INTRODUCER) {
        person = leadingPronoun(frame, first);
      }
      return person != null ? person : leadingDescription(frame, first);
    }
    if (first.size() <= 4 && PEOPLE_PRONOUNS.contains(first.get(0).lower())) {
      return phrases.resolve(frame, first.subList(0, 1)); // "She shot back: …"
    }
    Speaker who = phrases.resolve(frame, first);
    if (who != null && who.entity() != null && who.pronoun() == Speaker.Pronoun.NONE) {
      return who.entity().type() == EntityType.PERSON ? who : null;
    }
    Speaker apposed = phrases.namedClause(frame, toks, first.size());
    if (apposed != null) {
      return apposed; // "The minister, speaking to reporters, was blunt:"
    }
    Speaker described = described(frame, first);
    return described != null ? described : leadingDescription(frame, first);
  }

  /**
   * The speaker a short definite description stands for ("the minister", "his deputy"), named or
   * only described; null for words that describe no speaker ("the mood", "a man's answer").
   */
  private @Nullable Speaker described(Frame frame, List<Tok> phrase) {
    if (phrase.size() < 2
        || phrase.size() > 4
        || !DEFINITE.contains(phrase.get(0).lower()) && !phrase.get(0).possessive()
        || !words.speakerNoun(phrase.get(phrase.size() - 1).lower())
        || words.writings.contains(phrase.get(phrase.size() - 1).lower())) {
      return null;
    }
    Speaker who = phrases.resolve(frame, phrase);
    return who != null && who.pronoun() == Speaker.Pronoun.NONE && who.known() ? who : null;
  }

  /**
   * The speaker a longer clause before a colon opens with when it opens with a short definite
   * description followed by its verb: {@code The judge had advice for anyone who deals with him:}.
   */
  private @Nullable Speaker leadingDescription(Frame frame, List<Tok> clause) {
    if (!DEFINITE.contains(clause.get(0).lower()) && !clause.get(0).possessive()) {
      return null; // "Some testers were won over, including tester Jon Mikkel:" names its speaker
    }
    for (int k = 2; k <= DESCRIPTION_WORDS && k < clause.size(); k++) {
      Tok next = clause.get(k);
      if (next.punctBefore() || !Character.isLowerCase(next.text().charAt(0))) {
        return null;
      }
      if (words.speakerNoun(clause.get(k - 1).lower())) {
        String verb = next.lower();
        return RECEIVED.contains(verb) || !ReportingVerbs.finiteOrPast(verb) && !verb.equals("gave")
            ? null
            : phrases.resolveOrDescribe(frame, clause.subList(0, k));
      }
    }
    return null;
  }

  /**
   * The person "he" or "she" stands for when the pronoun opens a longer clause before a colon with
   * its verb, perhaps after an adverb: {@code He also had a message for drivers heading home:}.
   */
  private @Nullable Speaker leadingPronoun(Frame frame, List<Tok> clause) {
    if (!PEOPLE_PRONOUNS.contains(clause.get(0).lower())) {
      return null;
    }
    int v = Clauses.adverb(clause.get(1)) ? 2 : 1;
    String verb = clause.get(v).lower();
    boolean acts =
        ReportingVerbs.finiteOrPast(verb)
            && !Clauses.BE.contains(verb)
            && !RECEIVED.contains(verb)
            && !clause.get(v).punctBefore();
    return acts ? phrases.resolve(frame, clause.subList(0, 1)) : null;
  }

  /**
   * The person a longer clause before a colon opens with, named and followed by its verb: {@code
   * Paula Stone had a message for voters: "…"}.
   */
  private @Nullable Speaker leadingPerson(Frame frame, List<Tok> clause) {
    int n = 0;
    while (n < clause.size() - 1
        && n < 4
        && Character.isUpperCase(clause.get(n).text().charAt(0))) {
      n++;
    }
    if (n == 0
        || clause.get(n - 1).possessive()
        || !Character.isLowerCase(clause.get(n).text().charAt(0))
        || RECEIVED.contains(clause.get(n).lower())) {
      return null;
    }
    Speaker who = phrases.resolve(frame, clause.subList(0, n));
    return who != null
            && who.entity() != null
            && who.pronoun() == Speaker.Pronoun.NONE
            && who.entity().type() == EntityType.PERSON
        ? who
        : null;
  }

  /**
   * The person named right before a colon that ends the sentence before a quotation or a clause of
   * its own sentence, perhaps with a description after the name: "…, such as Dr Samir Haddad:",
   * "Below is a statement by Ana Ruiz, director of the program:", "…, including tester Jon Mikkel:
   * "…"". A name after "to", "for" or "about" is whom the words went to or were about ("a message
   * to Ana Ruiz:"), and a name a relative clause governs is its object ("advice for the guards who
   * will handle Nichols:"): neither is a speaker.
   */
  static @Nullable Speaker nameBeforeColon(Frame frame, int b, int open) {
    Mentions.Placed p = placedBeforeColon(frame, b, open);
    if (p == null) {
      return null;
    }
    List<Tok> before = Tok.of(frame.text(), b, p.begin());
    int n = before.size();
    if (n > 0 && RECIPIENT.contains(before.get(n - 1).lower())) {
      return null;
    }
    for (int k = n - 2; k >= Math.max(0, n - RELATIVE_REACH); k--) {
      if (before.get(k).text().equals("who")) {
        return null; // "who will handle Nichols": the relative clause's object
      }
    }
    return new Speaker(p.entity(), null);
  }

  private static Mentions.@Nullable Placed placedBeforeColon(Frame frame, int b, int open) {
    String text = frame.text();
    int c = colonBefore(text, open);
    if (c <= b) {
      return null;
    }
    for (int from = Math.max(b, c - 80); ; ) {
      Mentions.Placed p =
          frame.mentions().firstPerson(from, c, frame.quotes(), Mentions.Gender.UNKNOWN);
      if (p == null) {
        return null;
      }
      String between = text.substring(p.end(), c);
      if (between.isBlank() || APPOSED_TO_COLON.matcher(between).matches()) {
        return p;
      }
      from = p.end();
    }
  }
}
