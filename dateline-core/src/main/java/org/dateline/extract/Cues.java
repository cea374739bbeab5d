package org.dateline.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Reads who speaks a quotation from the words around it: a reporting verb after the closing mark
 * ({@code "…," said X}, {@code "…," X said}) or before the opening one ({@code X said: "…"}), a
 * framing verb further back in the sentence ({@code X called it a "step"}), a name before a colon,
 * the reporting clause of the sentence before, and the author of "the statement". Each answer is a
 * {@link Speaker}, or null when the words hold no cue.
 */
final class Cues {
  // nouns of words someone said, after the quoted words a possessive gives them: "X's "…" remark"
  static final Set<String> REMARKS =
      Set.of(
          "remark",
          "remarks",
          "comment",
          "comments",
          "jibe",
          "quip",
          "claim",
          "boast",
          "taunt",
          "warning",
          "pledge",
          "promise",
          "slur",
          "outburst");
  private static final int REMARK_REACH = 30;
  private static final Set<EntityType> SPEAKERS =
      EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION);
  // marks that open or close quoted words, double and single
  private static final String QUOTATION_MARKS = "\"'\u201C\u201D\u2018\u2019\u201E\u00AB\u00BB`";
  private static final int MAX_AFTER_VERB = 6;

  /** How many words after a closing mark its attribution's verb may stand. */
  private static final int AFTER_VERB_WORDS = 14;

  /**
   * The same after a name set off by a comma, whose apposition may be long ("…," Park Jong-soo,
   * head of the Daehan Motor branch of the Korean Metal Workers' Union, told a rally).
   */
  private static final int AFTER_VERB_REACH = 16;

  /** The most words a first "that" clause may hold before the "and that" of a second. */
  private static final int THAT_CLAUSE_WORDS = 40;

  // verbs of saying whose "that" may be left out before a second clause "and that …"
  private static final Set<String> SAID_BEFORE_THAT = Set.of("said", "says", "told", "tells");

  // how many words a name may take before "to" and the verb it is urged to say
  private static final int URGED_WORDS = 6;

  // relative pronouns that may stand a few words before the verb of their clause ("which Ana said
  // was"), and how far back
  private static final Set<String> OBJECT_RELATIVES = Set.of("which", "that", "what", "who");
  private static final int OBJECT_RELATIVE_WORDS = 6;
  // Words that cannot follow a reporting verb but may close a relative clause before a predicate
  private static final Set<String> RELATIVE_CLOSERS =
      Set.of(
          "would", "could", "will", "can", "should", "might", "must", "was", "were", "is", "are");

  // say itself: "the plan Ms Ode said would "…"" gives her words whatever the clause
  private static final Set<String> SAYS = Set.of("said", "says");

  /** Relative pronouns that stand for a writing before the verb: "a letter that said". */
  private static final Set<String> WRITING_RELATIVES = Set.of("that", "which");

  /** How many words before its relative a writing's noun may stand. */
  private static final int WRITING_REACH = 12;

  static final String DASHES = "-\u2013\u2014";

  /**
   * Words that open the subject of a reporting verb brought in as someone new: "a club spokesman",
   * or someone's own who is no relative ("his publicist", "her lawyer").
   */
  private static final Set<String> NEW_SUBJECT =
      Set.of("a", "an", "one", "another", "his", "her", "their");

  private static final Set<String> COORDINATORS = Set.of("and", "but");

  /** A bracket after a quotation that cites the report it comes from: "(Fox News article)". */
  static final Pattern CITATION =
      Pattern.compile(
          " *\\(([^()\\n]{1,60}) (?:article|report|story)\\)", Pattern.CASE_INSENSITIVE);

  /** Words that join quoted alternatives one framing verb takes: "worms" and "traitors". */
  private static final Set<String> ALTERNATIVES = Set.of("and", "or");

  // auxiliaries of the perfect between a coordinator and its verb: "and had yelled"
  private static final Set<String> PERFECT = Set.of("had", "has", "have");

  // how far back from its verb the relative pronoun of a coordinated clause may stand
  private static final int RELATIVE_WORDS = 8;

  // words that turn a sentence to another subject: "…, but Kessler refused"
  private static final Set<String> TURNS = Set.of("but", "yet");
  // Words that open a clause a participle after it may go on: "after the mayor refused, saying"
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("after", "when", "as", "because", "since", "while", "before", "once");
  // words a subject's head noun comes before: "meeting" in "a meeting of the council"
  private static final Set<String> HEAD_STOPS =
      Set.of("of", "in", "on", "at", "for", "with", "into", "from", "over", "after", "to");

  // Participles that frame quoted words in the passive, their agent after "by"
  private static final Set<String> PASSIVE_FRAMING =
      Set.of("labeled", "labelled", "called", "termed", "dubbed", "branded", "deemed", "named");
  private static final int PASSIVE_REACH = 80;

  /** How long a lead of three words at most may be, in characters. */
  static final int LEAD_REACH = 200;

  // how many words an agent, or the words between a passive verb and "by", may hold
  private static final int AGENT_WORDS = 5;
  // how far before the mark "in X's words" or "in the words of X" may stand, in words
  private static final int IN_WORDS_REACH = 8;
  // how many words a phrase opening a sentence before its subject may hold: "In her old age, she"
  private static final int OPENING_WORDS = 7;
  // how many sentences back "the report" may point to the writing named with its author
  private static final int WRITING_SENTENCES = 30;

  /** Past verbs of finding that a study or a body opens a sentence with: "a review found …". */
  private static final Set<String> FOUND = Set.of("found", "showed", "saw", "gave", "made");

  /**
   * Words between a past speaker and the verb: "…," was all the minister would say. Not "will"
   * ("when I am 'home' the sensor will tell me …" is no attribution).
   */
  private static final Set<String> MODALS = Set.of("would", "could", "did");

  /** Words that count a group a later "they" may stand for: "Many residents were angry." */
  private static final Set<String> GROUP_COUNTS =
      Set.of("many", "some", "several", "most", "both", "two", "three", "four", "five", "dozens");

  /** Owners that stand for a person: "in his words", "in her own words". */
  private static final Set<String> PERSONAL_OWNERS = Set.of("his", "her");

  /**
   * Nouns that give an owner's words after a preposition: "in his words", "by her own admission",
   * "by his own account".
   */
  private static final Map<String, String> OWNED_SAYINGS =
      Map.of("words", "in", "admission", "by", "account", "by");

  /** Words between such an owner and "words": "her own words", "his exact words". */
  private static final Set<String> OWN_WORDS = Set.of("own", "exact", "very");

  /** Nouns that credit what was said to someone: "Those were the words of X". */
  private static final Set<String> CREDITING =
      Set.of(
          "words", "verdict", "message", "warning", "assessment", "reaction", "response", "plea");

  private static final Set<String> CREDITED_BY = Set.of("of", "from");

  private static final Set<String> DEMONSTRATIVES =
      Set.of("those", "these", "that", "this", "such");

  // how many words back from a participle after a preposition its verb may stand
  private static final int VERB_BEFORE_PARTICIPLE = 6;

  /** Conjunctions that open a clause of its own right after a quotation. */
  private static final Set<String> CONTRASTS =
      Set.of("while", "whereas", "although", "though", "but", "and");

  private static final Set<String> LISTENING = Set.of("told", "tells", "tell");

  /** Words that open a clause of time: "after the vote", "hours before the count". */
  private static final Set<String> TIME_CONJUNCTIONS = Set.of("after", "before", "since", "until");

  /** Spans of time a clause of time may open with: "hours after", "shortly before". */
  private static final Set<String> TIME_SPANS =
      Set.of(
          "minutes", "hours", "days", "weeks", "months", "years", "moments", "shortly", "soon",
          "just", "long");

  /** Whether the words open a clause of time: "after …", "hours after …", "just before …". */
  private static boolean timed(List<Tok> toks) {
    int i = toks.size() > 1 && TIME_SPANS.contains(toks.get(0).lower()) ? 1 : 0;
    return TIME_CONJUNCTIONS.contains(toks.get(i).lower());
  }

  /** Words after a verb that say when or where it was said: "insisted late on Tuesday". */
  private static final Set<String> WHEN_AFTER_VERB = Set.of("late", "early", "here", "there");

  /** The most words from a "with" to the noun it brings in ("with Hungary's prime minister"). */
  private static final int WITH_WORDS = 8;

  /** How far into "That is how …" its verb may stand, past an apposition. */
  private static final int HOW_WORDS = 14;

  private static final Set<String> ECHO_OPENERS = Set.of("that", "this", "such");
  // "That was how X put it / described the drought / summed it up / began her call"
  private static final Set<String> ECHO_VERBS =
      Set.of(
          "put",
          "puts",
          "described",
          "describes",
          "summed",
          "sums",
          "explained",
          "explains",
          "characterised",
          "characterized",
          "framed",
          "phrased",
          "recalled",
          "recalls",
          "began",
          "begins",
          "opened",
          "opens",
          "ended",
          "ends");

  // "heard an officer yell, "…"": perception, a short phrase, then the speech it perceived
  private static final Set<String> PERCEIVING = Set.of("heard", "hear", "hears", "overheard");

  private static final Set<String> HEARD_SAYING =
      Set.of(
          "say",
          "saying",
          "yell",
          "yelling",
          "shout",
          "shouting",
          "scream",
          "screaming",
          "cry",
          "crying",
          "ask",
          "asking",
          "tell",
          "telling",
          "whisper",
          "whispering",
          "call",
          "calling");
  private static final int HEARD_WORDS = 4;

  private final Words words;
  private final SpeakerPhrase phrases;
  private final SpeechVerbs verbs;
  private final VerbSubjects subjects;
  private final ColonCues colons;
  private final Writers writers;

  /** What a writing's author did: "wrote the ruling", "issued new advice". */
  private static final Set<String> AUTHORING =
      Set.of("wrote", "writes", "issued", "issues", "released", "published", "signed");

  // Verbs that pass a writing on, in the sentence before its words: "sent a note", "posted a
  // message", "a letter … was read aloud".
  private static final Set<String> PASSING_ON = Set.of("sent", "posted", "wrote", "read");
  // how many words may stand between such a verb and the writing's article, or after it
  private static final int PASSED_WORDS = 3;

  /** The longest speaker phrase after a verb that ends its sentence: "…, said Ann Yeager:". */
  private static final int INVERTED_WORDS = 6;

  // A person's pronouns, which in a sentence's opening phrase stand for someone already known.
  private static final Set<String> PERSONAL = Set.of("he", "she", "his", "her", "him");

  /** Reporting verbs that stand before their speaker ("…, said Yeager"); "dubbed" names instead. */
  private static final Set<String> INVERTING =
      Set.of("said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "noted");

  /** Words for a body's statement that a later "the statement" may point back to. */
  private static final Set<String> STATEMENTS =
      Set.of("statement", "release", "communique", "communiqué");

  /** Kinds of newspaper that "the paper" points back to ("daily Eleftherotypia warned …"). */
  private static final Set<String> PAPERS = Set.of("daily", "weekly", "tabloid", "newspaper");

  // Verbs that say a writing came from someone: "a letter she had received from …".
  private static final Set<String> RECEIVING = Set.of("received", "got", "obtained");

  /** Verbs that report only at the end of their clause: "…," she offers. */
  private static final Set<String> CLAUSE_FINAL =
      Set.of("offers", "offered", "reflects", "reflected");

  /** Prepositions that open a sentence with whose view it gives: "To Levin, …", "For Ruiz, …". */
  private static final Set<String> VIEWPOINT = Set.of("To", "For");

  /** "An accompanying statement", "a separate letter": a writing that goes with the one before. */
  private static final Set<String> ACCOMPANYING =
      Set.of("accompanying", "attached", "separate", "later", "subsequent", "written");

  Cues(Words words, SpeechVerbs verbs) {
    this.words = words;
    this.phrases = new SpeakerPhrase(words);
    this.verbs = verbs;
    this.subjects = new VerbSubjects(words);
    this.colons = new ColonCues(words, phrases, verbs, subjects);
    this.writers = new Writers(words, phrases);
  }

  /**
   * The speaker of the reporting clause in the sentence just before a quotation that opens its own
   * sentence with no cue: {@code X said the plan had failed. "It was doomed."} or {@code X said:}
   * at the end of the paragraph before. The sentence must quote no one itself; a scare-quoted word
   * in it does not count.
   *
   * @param speech whether a quotation of speech overlaps a span of the text
   */
  @Nullable Speaker introduced(Frame frame, int open, BiPredicate<Integer, Integer> speech) {
    int[] sentence = frame.sentences().before(open);
    if (sentence == null) {
      return null;
    }
    int b = sentence[0];
    int e = Math.min(sentence[1], open);
    if (speech.test(b, e)) {
      return null;
    }
    Speaker writer = writers.inRelative(frame, b, e, null);
    if (writer != null) {
      return writer; // "His lawyer read a statement that she said the captain had written."
    }
    Speaker who = framing(frame, b, e);
    if (who != null && who.known()) {
      return who;
    }
    List<Tok> before = Tok.of(frame.text(), b, e);
    Speaker source =
        before.size() > 2 && before.get(0).lower().equals("according")
            ? accordingTo(frame, before)
            : null;
    if (source != null && source.entity() != null) {
      return source; // "According to Bongard, the models are too heady. "If you play …""
    }
    Speaker viewpoint = viewpoint(frame, before);
    if (viewpoint != null) {
      return viewpoint; // "To Levin, the robots are a sign of more. "Typically, …""
    }
    Speaker owned = before.size() <= IN_WORDS_REACH ? inWordsOf(frame, before) : null;
    if (owned != null) {
      return owned; // "His exact words:" as a paragraph of its own, then the quotation
    }
    Speaker colon = ColonCues.nameBeforeColon(frame, b, open);
    if (colon != null) {
      return colon;
    }
    // the paragraph before may be the introduction itself when it is one sentence ("Greta Lind,
    // the festival director, was unrepentant." or "X, director of Y, agreed with the decision."
    // then the quotation's own paragraph)
    // or it ends in a colon that introduces the quotation's paragraph
    // or its last sentence turns to the one addressed ("Before adjourning, he addressed Dunleavy
    // directly.")
    boolean sameParagraph =
        frame.text().substring(b, open).indexOf("\n\n") < 0
            || leadParagraph(frame, b, e, open)
            || ColonCues.afterColon(frame.text(), open)
            || frame.text().substring(e, open).isBlank() && turnsTo(frame, b, e, before);
    // "Ruiz visited the church and her office later released a statement.": who issued it
    // … or "His mother read a short statement to reporters." closing the paragraph before
    boolean leadsIn = sameParagraph || frame.text().substring(e, open).isBlank();
    int issued = leadsIn ? subjects.issuedWritingBefore(before) : -1;
    Speaker author = issued > 0 ? knownSubject(frame, before, issued) : null;
    if (author != null) {
      return author;
    }
    // "The judge had advice for the guards:": a definite description of someone named before
    Speaker opener = sameParagraph ? opener(frame, before, false) : null;
    if (opener != null && opener.entity() != null) {
      return opener;
    }
    // "Asked whether he would resign, Lindqvist shook his head.": the main clause's subject
    int main = SpeakerPhrase.mainClause(frame, b, e);
    int from = main > 0 ? main : b;
    Mentions.Placed first =
        frame.mentions().firstPerson(from, e, frame.quotes(), Mentions.Gender.UNKNOWN);
    Mentions.Placed apposed = first == null ? null : apposedAfterOwner(frame, first, e);
    first = apposed != null ? apposed : first;
    // the person opens the sentence, perhaps after a title ("Coach Ben Miller was blunt.") or an
    // owner's description ("Sarvatra's founder and chairman, Prakash Iyer, struck a … note.")
    List<Tok> lead = first == null ? List.of() : Tok.of(frame.text(), from, first.begin());
    boolean opensWithIt =
        first != null
            && (lead.size() <= 3
                    && lead.stream()
                        .allMatch(t -> Character.isUpperCase(t.text().charAt(0)) && titleWord(t))
                || OWNED_LEAD.matcher(frame.text().substring(from, first.begin())).matches()
                    && frame.text().startsWith(",", first.end()));
    if (first != null && sameParagraph && opensWithIt) {
      return new Speaker(first.entity(), null);
    }
    return sameParagraph ? pronounSubject(frame, before) : null;
  }

  private static final Set<String> SEQUENCE = Set.of("then", "later", "finally", "again", "now");

  /** Verbs of turning to someone, which announce the words said to them. */
  private static final Set<String> ADDRESSING = Set.of("addressed", "answered", "replied");

  // the most words a main clause's subject runs to before its verb of addressing
  private static final int ADDRESSER_WORDS = 4;

  /**
   * Whether the main clause of the sentence {@code b}..{@code e} turns to someone with a verb of
   * addressing right after its subject ("Before adjourning, he addressed Dunleavy directly."), not
   * in a clause further on ("…, the first time he has addressed the family").
   */
  private static boolean turnsTo(Frame frame, int b, int e, List<Tok> sentence) {
    if (sentence.stream().noneMatch(t -> ADDRESSING.contains(t.lower()))) {
      return false;
    }
    int main = SpeakerPhrase.mainClause(frame, b, e);
    int from = main > 0 ? main : b;
    int words = 0;
    for (Tok t : sentence) {
      if (t.begin() < from) {
        continue;
      }
      if (ADDRESSING.contains(t.lower())) {
        return words > 0;
      }
      if (++words > ADDRESSER_WORDS || words > 1 && t.punctBefore()) {
        return false;
      }
    }
    return false;
  }

  // "'s founder and chairman, " between an owner and the person set off after it
  private static final String OWNED_ROLE =
      "(?:'s|’s)\\s+[a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,4},\\s+";
  private static final Pattern OWNED_AFTER = Pattern.compile(OWNED_ROLE);
  // an owner's description opening a clause before the person set off after it
  // ("Sarvatra's founder and chairman, ", "His son, ")
  private static final Pattern OWNED_LEAD =
      Pattern.compile(
          "\\p{Lu}[\\p{L}.&-]*"
              + OWNED_ROLE
              + "|(?:His|Her|Their)\\s+[a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,4},\\s+");

  /**
   * The person set off by commas after an owner's description that opens a clause ("Sarvatra's
   * founder and chairman, Prakash Iyer, struck …"), the owner being {@code owner}; else null.
   */
  private static Mentions.@Nullable Placed apposedAfterOwner(
      Frame frame, Mentions.Placed owner, int end) {
    Mentions.Placed next =
        frame.mentions().firstPerson(owner.end(), end, frame.quotes(), Mentions.Gender.UNKNOWN);
    if (next == null
        || !OWNED_AFTER.matcher(frame.text().substring(owner.end(), next.begin())).matches()
        || !frame.text().startsWith(",", next.end())) {
      return null;
    }
    return next;
  }

  /**
   * The person "he" or "she" stands for when it is the subject of the sentence, at its start or
   * after a short opening phrase ({@code In her old age, she refused to be photographed.}) or a
   * word of sequence ({@code Then she corrected herself.}). Null when the sentence has no such
   * subject or the pronoun stands for no one named.
   */
  private @Nullable Speaker pronounSubject(Frame frame, List<Tok> sentence) {
    int p = pronounSubjectAt(sentence);
    Speaker who = p < 0 ? null : phrases.resolve(frame, List.of(sentence.get(p)));
    return who != null && who.entity() != null ? new Speaker(who.entity(), null) : null;
  }

  /**
   * Whether "he" or "she" stands in the sentence before {@code open}, outside quotations: that
   * sentence may speak of the last speaker, unnamed, rather than of the one it resolves to.
   */
  boolean pronounBefore(Frame frame, int open) {
    int[] sentence = frame.sentences().before(open);
    return sentence != null
        && Tok.of(frame.text(), sentence[0], Math.min(sentence[1], open)).stream()
            .anyMatch(
                t ->
                    (t.lower().equals("he") || t.lower().equals("she"))
                        && !frame.inQuote(t.begin()));
  }

  /** Where "he" or "she" stands as the subject, after a short opening phrase, or -1. */
  private static int pronounSubjectAt(List<Tok> sentence) {
    for (int p = 0; p < Math.min(sentence.size(), OPENING_WORDS); p++) {
      Tok t = sentence.get(p);
      boolean pronoun = t.lower().equals("he") || t.lower().equals("she");
      // "Then he paused and allowed himself a smile.": a word of sequence before the subject
      boolean sequenced = p == 1 && SEQUENCE.contains(sentence.get(0).lower());
      if (p == 0 && !pronoun || p > 0 && !t.punctBefore() && !sequenced) {
        continue;
      }
      return pronoun ? p : -1; // else the opening phrase ends, and no pronoun is the subject
    }
    return -1;
  }

  /**
   * The person whose view a sentence opens with: "To Levin, …" or "For Ana Ruiz, …", the name alone
   * between the preposition and a comma. Null otherwise.
   */
  private static @Nullable Speaker viewpoint(Frame frame, List<Tok> sentence) {
    if (sentence.size() < 4 || !VIEWPOINT.contains(sentence.get(0).text())) {
      return null;
    }
    int from = sentence.get(1).begin();
    Mentions.Placed named =
        frame
            .mentions()
            .firstPerson(
                from, sentence.get(sentence.size() - 1).end(), List.of(), Mentions.Gender.UNKNOWN);
    if (named == null || named.begin() != from) {
      return null;
    }
    for (int i = 2; i < sentence.size(); i++) {
      if (sentence.get(i).begin() >= named.end()) {
        return Tok.commaBefore(frame.text(), sentence, i)
            ? new Speaker(named.entity(), null)
            : null;
      }
    }
    return null;
  }

  /**
   * The body an "it" with nothing named before stands for: the description that opens the
   * quotation's own sentence ({@code A man on the plane asked what I did, and he said, "…"}) or the
   * sentence before ({@code The ministry issued a statement. "…," it said}; {@code A passenger said
   * the car filled with smoke. "…," she said}). An indefinite one must describe a person, and
   * stands only for "he" or "she": "A council study found …" is no body.
   */
  @Nullable Speaker openerBefore(Frame frame, int open, boolean person) {
    Sentences sentences = frame.sentences();
    int i = sentences.indexOf(open);
    if (i < 0) {
      return null;
    }
    Speaker own = opener(frame, Tok.of(frame.text(), sentences.begin(i), open), person);
    if (own != null || i == 0) {
      return own;
    }
    List<Tok> before = Tok.of(frame.text(), sentences.begin(i - 1), sentences.end(i - 1));
    Speaker opened = opener(frame, before, person);
    return opened != null || person ? opened : countedGroup(frame, before);
  }

  /**
   * Someone new the sentence before a quotation brings in as the subject of its last reporting verb
   * ("Whitlow limped off, and a club spokesman said the 33-year-old would be assessed. "…," he
   * said"), when no person the pronoun may stand for is named after that subject before the
   * quotation; null otherwise, or when the subject is named or is no description. A sentence in
   * between that opens with the pronoun goes on about the same one ("…, his publicist confirmed. He
   * did not say what Vellis was treated for. "…," he said").
   *
   * @param pronoun the "he" or "she" of the quotation's cue
   */
  @Nullable Speaker reporterBefore(Frame frame, int open, String pronoun) {
    Sentences sentences = frame.sentences();
    int i = sentences.indexOf(open);
    if (i <= 0) {
      return null;
    }
    int j = i - 1;
    List<Tok> toks = outsideQuotes(frame, sentences.begin(j), sentences.end(j));
    if (j > 0 && !toks.isEmpty() && toks.get(0).text().equals(capitalised(pronoun))) {
      j--;
      toks = outsideQuotes(frame, sentences.begin(j), sentences.end(j));
    }
    boolean skipped = j < i - 1;
    Mentions.Gender gender = Mentions.Gender.of(pronoun);
    for (int v = toks.size() - 1; v > 0; v--) {
      if (!verbs.at(toks, v, false)) {
        continue;
      }
      List<Tok> phrase = subjects.of(frame, toks, v);
      if (phrase.isEmpty()
          || !NEW_SUBJECT.contains(phrase.get(0).lower())
          || Clauses.DETERMINERS.contains(phrase.get(0).lower()) && kinIn(phrase)) {
        return null; // "His son said …": a relative, whom the names resolve
      }
      if (skipped && !afterComma(frame.text(), phrase.get(0).begin())) {
        // past a sentence the pronoun opened, only an attribution after the report counts ("…,
        // his publicist confirmed"): in "Kline was told what her neighbour had said. She shook
        // her head." she is Kline
        return null;
      }
      boolean indefinite = Clauses.INDEFINITE.contains(phrase.get(0).lower());
      for (Tok t : toks.subList(0, Math.max(0, toks.indexOf(phrase.get(0))))) {
        if (indefinite
            && (Mentions.Gender.of(t.lower()) == gender
                || Mentions.Gender.ofOwner(t.lower()) == gender)) {
          // "As she gathered her binder, a reporter called out a question": "she" is someone
          // known, whom the newcomer after her is not (but in "Asked whether he would leave, his
          // father shook his head" the father may answer)
          return null;
        }
      }
      int after = phrase.get(phrase.size() - 1).end();
      if (frame.mentions().firstAgreeing(after, open, List.of(), gender) != null) {
        return null;
      }
      Speaker who = phrases.resolve(frame, phrase);
      return who != null && who.entity() == null && who.description() != null ? who : null;
    }
    return null;
  }

  private static boolean afterComma(String text, int at) {
    int k = at - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    return k >= 0 && text.charAt(k) == ',';
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private boolean kinIn(List<Tok> phrase) {
    return phrase.stream().anyMatch(t -> words.kin(t.lower()));
  }

  /**
   * The group a sentence opens with, bare or counted, that a "they" after it stands for: "Residents
   * were angry.", "Many residents were angry." Null for any other sentence.
   */
  private @Nullable Speaker countedGroup(Frame frame, List<Tok> sentence) {
    if (sentence.size() < 3) {
      return null;
    }
    int noun = GROUP_COUNTS.contains(sentence.get(0).lower()) ? 1 : 0;
    String w = sentence.get(noun).lower();
    if (!Tok.looksPlural(w)
        || !words.speakerNoun(w)
        || !Character.isLowerCase(sentence.get(noun + 1).text().charAt(0))) {
      return null;
    }
    Speaker who = phrases.resolve(frame, sentence.subList(0, noun + 1));
    return who != null && who.known() && who.entity() == null ? who : null;
  }

  private @Nullable Speaker opener(Frame frame, List<Tok> sentence, boolean person) {
    List<Tok> toks = sentence;
    boolean pronounOpening = false;
    // past an opening phrase: "Asked whether he would run again, the governor smiled."
    for (int k = 1; k < Math.min(toks.size(), 24) && !determined(toks.get(0), person); k++) {
      if (frame.inQuote(toks.get(k).begin())) {
        return null; // "He said the monitors risked becoming "a spectator …"": quoted words
      }
      pronounOpening |= PERSONAL.contains(toks.get(k - 1).lower());
      if (toks.get(k).punctBefore()) {
        toks = toks.subList(k, toks.size());
        break;
      }
    }
    if (toks.size() < 3 || !determined(toks.get(0), person)) {
      return null;
    }
    boolean definite = toks.get(0).lower().equals("the");
    if (!definite && !person
        || pronounOpening && Clauses.INDEFINITE.contains(toks.get(0).lower())) {
      // "As she gathered her binder, a reporter called out": "she" is someone known, whom a
      // newcomer brought in after her cannot be
      return null;
    }
    for (int j = 1; j < Math.min(4, toks.size() - 1); j++) {
      String w = toks.get(j).lower();
      boolean body = definite && words.bodyNoun(w);
      if (words.speakerNoun(w) || body) {
        while (j + 2 < toks.size() && words.speakerNoun(toks.get(j + 1).lower())) {
          j++; // "A council spokesman said": the body's noun only qualifies who spoke
        }
        boolean verbNext = Character.isLowerCase(toks.get(j + 1).text().charAt(0));
        Speaker who = verbNext ? phrases.resolve(frame, toks.subList(0, j + 1)) : null;
        return who != null && who.known() ? who : null;
      }
    }
    return null;
  }

  /**
   * Whether a word may open a described speaker: an article, or for a person also "one" or
   * "another" ("One woman, holding a toddler, said …"), "his" or "her" ("His father listened").
   */
  private static boolean determined(Tok first, boolean person) {
    String w = first.lower();
    return Clauses.ARTICLES.contains(w)
        || person && (Clauses.INDEFINITE.contains(w) || w.equals("his") || w.equals("her"));
  }

  /** Whether a description names a written text rather than a person ("the statement said"). */
  boolean writtenBy(String description) {
    String[] w = description.toLowerCase(Locale.ROOT).split("\\s+");
    return w.length == 2 && w[0].equals("the") && words.writings.contains(w[1])
        || w.length == 3
            && (w[0].equals("the") || ACCOMPANYING.contains(w[1]) || institution(w) != null)
            && words.writings.contains(w[2]) // "the trends report", "an accompanying statement"
        || w.length == 4
            && institution(w) != null
            && words.writings.contains(w[3]) // "the board's 40-page report"
        || w.length == 4
            && w[0].equals("the")
            && words.writings.contains(w[1])
            && w[2].equals("of"); // "the statement of defence"
  }

  /**
   * The writing a description names: "statement" of "the statement of defence", else its last word.
   */
  private String writingNoun(String description) {
    String[] w = description.toLowerCase(Locale.ROOT).split("\\s+");
    for (int i = w.length - 1; i >= 0; i--) {
      if (words.writings.contains(w[i])) {
        return w[i];
      }
    }
    return NameContext.lastWord(description);
  }

  /**
   * The kind of body before a writing in a three-word description ("trust" of "a trust statement"
   * or "the council's letter"), or of a four-word one with a word between ("the board's 40-page
   * report"); null when the word after the article names no institution.
   */
  private @Nullable String institution(String[] w) {
    if (w.length != 3 && w.length != 4 || !Clauses.ARTICLES.contains(w[0])) {
      return null;
    }
    String kind = w[1].replaceFirst("['’]s$", "");
    return words.institutionNouns.contains(kind) ? kind : null;
  }

  /**
   * The author of "the statement" or "the letter": the speaker of the nearest reporting clause in
   * the three sentences before that mentions the same kind of text ("In a statement, press
   * secretary Ron Mills said …"), the name after "by" in it ("a report by the Lab") or the one it
   * says issued it; with no such sentence, the one the sentence just before says wrote or issued
   * something, else the author named with that kind of writing further back ("a June report by the
   * Education Lab").
   */
  @Nullable Speaker author(Frame frame, int at, String description) {
    String noun = writingNoun(description);
    Speaker kind = bodyOfKind(frame, at, description);
    if (kind != null) {
      return kind;
    }
    Sentences sentences = frame.sentences();
    int i = sentences.indexOf(at);
    Speaker own = i >= 0 ? writers.signedBy(frame, sentences.begin(i), at) : null;
    if (own != null) {
      return own; // "The lawsuit, filed by Sandhu last month, alleges that …"
    }
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      int b = sentences.begin(j);
      int e = sentences.end(j);
      Speaker signer = writers.signedBy(frame, b, e);
      if (signer == null) {
        signer = writers.inRelative(frame, b, e, noun);
      }
      if (signer != null) {
        return signer; // "The nine-page document, … signed by Dr Ann Lowe," before "the memo"
      }
      if (mentionsWriting(frame.text(), b, e, noun)) {
        // "a June report by the Education Lab found …", "a letter from his son that described …":
        // the name after "by" or "from" before any reporting verb
        Speaker who = issuer(frame, b, e, noun);
        if (who == null) {
          who = authorOf(frame, b, e); // "Kraft Foods issued a statement early today"
        }
        if (who == null) {
          who = openedWith(frame, b, e); // "In a statement, the Santa Clara-based company blamed"
        }
        boolean issued = who != null;
        if (who == null) {
          who = framing(frame, b, e);
        }
        String described = who == null ? null : who.description();
        if (described != null && writtenBy(described)) {
          continue; // "The report called it …": the writing again; its author comes earlier
        }
        // a name, or a definite body ("The ministry said in a statement …"), never the text itself
        if (who != null && (who.entity() != null || issued || definiteBody(who.description()))) {
          return who;
        }
        if (introduces(frame.text(), b, e, noun)) {
          return null; // "when the paper received an unsigned letter": no author is known
        }
        // "…, according to the statement.": the writing again, with no author; it comes earlier
      }
    }
    Speaker wrote = i > 0 ? authorOf(frame, sentences.begin(i - 1), sentences.end(i - 1)) : null;
    for (int j = i - 4; wrote == null && j >= Math.max(0, i - WRITING_SENTENCES); j--) {
      // "the report concludes" paragraphs after "a June report by the Education Lab"
      Speaker issued = issuer(frame, sentences.begin(j), sentences.end(j), noun);
      wrote = issued != null && issued.entity() != null ? issued : null;
    }
    return wrote;
  }

  /**
   * The body a writing's kind names ("a trust statement", "the council's letter"): the last body
   * named with that word ("Kestermouth Healthcare Trust"); null when the writing names no such kind
   * or no body was so named.
   */
  private @Nullable Speaker bodyOfKind(Frame frame, int at, String description) {
    String kind = institution(description.toLowerCase(Locale.ROOT).split("\\s+"));
    if (kind == null) {
      return null;
    }
    Mentions.Placed body = frame.mentions().lastBodyNamedWith(kind, at, frame.quotes());
    return body == null ? null : new Speaker(body.entity(), null);
  }

  /**
   * The person the words from {@code from} describe by a relation or an epithet ("Pruitt's adult
   * son", "the actress"), up to the next comma, relative pronoun or the sentence's end; null when
   * they name a body or a person outright, or nothing a person can be.
   */
  private @Nullable Speaker authorPhrase(Frame frame, List<Tok> toks, int from) {
    int to = from + 1;
    while (to < toks.size()
        && to - from < 5
        && !toks.get(to).punctBefore()
        && !Clauses.RELATIVES.contains(toks.get(to).lower())
        && !toks.get(to).lower().equals("that")) {
      to++;
    }
    List<Tok> phrase = toks.subList(from, to);
    String head = phrase.get(phrase.size() - 1).lower();
    if (phrase.size() < 2 || !words.speakerNoun(head) && !words.epithets.contains(head)) {
      return null;
    }
    Speaker who = phrases.resolveOrDescribe(frame, phrase);
    if (who != null && who.entity() == null && phrase.get(0).lower().equals("its")) {
      // "a statement signed by its communications director": an unnamed officer signs for the
      // body, whose statement it is
      return null;
    }
    return who != null && who.known() ? who : null;
  }

  /**
   * Whether {@code [b, e)} mentions the writing {@code noun}; "paper" also by the kind of newspaper
   * ("daily Eleftherotypia").
   */
  private static boolean mentionsWriting(String text, int b, int e, String noun) {
    if (text.substring(b, e).toLowerCase(Locale.ROOT).contains(noun)) {
      return true;
    }
    if (STATEMENTS.contains(noun)) {
      // "the statement said" after "the ECP said in a press release": one writing, two words
      return Tok.of(text, b, e).stream().anyMatch(t -> STATEMENTS.contains(t.lower()));
    }
    return noun.equals("paper")
        && Tok.of(text, b, e).stream().anyMatch(t -> PAPERS.contains(t.lower()));
  }

  /**
   * The subject of a sentence that opens with the writing it issued ("In a statement, the Santa
   * Clara, Calif.-based company blamed …", "In its annual report, Harrow Mills warned"), whatever
   * its verb; null when the sentence opens otherwise or the subject names no one.
   */
  private @Nullable Speaker openedWith(Frame frame, int b, int e) {
    List<Tok> toks = outsideQuotes(frame, b, e);
    if (toks.size() < 4
        || !toks.get(0).lower().equals("in")
        || !Clauses.DETERMINERS.contains(toks.get(1).lower())) {
      return null; // not "In reply, Eze read from a letter"
    }
    int w = 2;
    while (w < Math.min(6, toks.size() - 1) && !words.writings.contains(toks.get(w).lower())) {
      w++;
    }
    int start = w + 1;
    if (w >= toks.size() - 1 || !toks.get(start).punctBefore()) {
      return null; // not "In an affidavit accompanying the petition, …"
    }
    for (int k = start + 1; k < Math.min(start + 8, toks.size()); k++) {
      Tok t = toks.get(k);
      String before = toks.get(k - 1).lower();
      if (Character.isLowerCase(t.text().charAt(0))
          && !Clauses.PREPOSITIONS.contains(t.lower())
          && !Clauses.NAME_CONNECTORS.contains(t.lower())
          && !words.bodyNoun(t.lower())
          && !toks.get(k - 1).possessive()
          && (Character.isUpperCase(toks.get(k - 1).text().charAt(0)) || words.bodyNoun(before))) {
        Speaker who = phrases.resolve(frame, toks.subList(start, k));
        return who != null && who.entity() != null ? who : null;
      }
    }
    return null;
  }

  /**
   * Whether {@code [b, e)} brings the writing {@code noun} in with an indefinite article within
   * four words before it ("an unsigned, typewritten letter"), rather than pointing back to it.
   */
  private static boolean introduces(String text, int b, int e, String noun) {
    List<Tok> toks = Tok.of(text, b, e);
    for (int i = 0; i < toks.size(); i++) {
      String w = toks.get(i).lower();
      if (w.equals(noun) || STATEMENTS.contains(noun) && STATEMENTS.contains(w)) {
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
          String before = toks.get(j).lower();
          if (before.equals("a") || before.equals("an")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The name after "by" or "from" that follows the writing {@code noun} in {@code [b, e)}: "a June
   * report by the University of Chicago Education Lab", "a letter from Mayor Ana Ruiz". Null when
   * none follows or it names no one.
   */
  private @Nullable Speaker issuer(Frame frame, int b, int e, String noun) {
    List<Tok> toks = Tok.of(frame.text(), b, e);
    for (int i = 0; i + 2 < toks.size(); i++) {
      // "a letter signed by Gonzalez": the participle only says how it came out
      int at = i + 3 < toks.size() && AUTHORING.contains(toks.get(i + 1).lower()) ? i + 2 : i + 1;
      if (toks.get(i).lower().equals(noun)) {
        at = receivedFrom(toks, i, at); // "a letter she had received from a constituent"
        at = onBehalfOf(toks, at); // "a statement on behalf of Chowdhury"
      }
      String by = toks.get(at).lower();
      if (toks.get(i).lower().equals(noun)
          && (by.equals("by") || by.equals("from") || by.equals("of") && at > i + 2)) {
        Speaker described = authorPhrase(frame, toks, at + 1);
        if (described != null) {
          return described; // "a letter from Pruitt's adult son", "a message from the actress"
        }
        Mentions.Placed named =
            frame.mentions().firstWithin(toks.get(at + 1).begin(), e, EntityType.ORGANIZATION);
        Mentions.Placed person =
            frame.mentions().firstWithin(toks.get(at + 1).begin(), e, EntityType.PERSON);
        if (person != null && (named == null || person.begin() < named.begin())) {
          named = person;
        }
        return named != null && named.begin() <= toks.get(Math.min(at + 3, toks.size() - 1)).begin()
            ? new Speaker(named.entity(), null)
            : null;
      }
    }
    return null;
  }

  /**
   * Where "of" stands when "on behalf of" opens at {@code at} ("a statement on behalf of the
   * family"), read as "by"; else {@code at}.
   */
  private static int onBehalfOf(List<Tok> toks, int at) {
    return at + 3 < toks.size()
            && toks.get(at).lower().equals("on")
            && toks.get(at + 1).lower().equals("behalf")
            && toks.get(at + 2).lower().equals("of")
        ? at + 2
        : at;
  }

  /**
   * Where "from" stands in a clause on the writing at {@code noun} that says it was received ("a
   * letter she said she had received from a constituent"), within six words and no punctuation;
   * else {@code at}.
   */
  private static int receivedFrom(List<Tok> toks, int noun, int at) {
    for (int j = noun + 1; j + 2 < toks.size() && j <= noun + 6; j++) {
      if (toks.get(j).punctBefore()) {
        return at;
      }
      if (RECEIVING.contains(toks.get(j).lower()) && toks.get(j + 1).lower().equals("from")) {
        return j + 1;
      }
    }
    return at;
  }

  /**
   * The writing the sentence before a quotation passes on with an indefinite article, a verb like
   * "sent" or "posted" before it or "read" after it ("Benedetti sent a handwritten note that was
   * read aloud by his son"), so that an "it said" after it is the writing's; null when there is
   * none.
   */
  @Nullable String writingSentBefore(Frame frame, int open) {
    int[] before = frame.sentences().before(open);
    if (before == null) {
      return null;
    }
    List<Tok> toks = outsideQuotes(frame, before[0], before[1]);
    for (int w = 1; w < toks.size(); w++) {
      if (!words.writings.contains(toks.get(w).lower())) {
        continue;
      }
      int article = w - 1;
      while (article > 0
          && w - article < PASSED_WORDS
          && !Clauses.INDEFINITE.contains(toks.get(article).lower())) {
        article--;
      }
      if (!Clauses.INDEFINITE.contains(toks.get(article).lower())) {
        continue;
      }
      for (int k = Math.max(0, article - PASSED_WORDS);
          k < Math.min(toks.size(), w + 1 + PASSED_WORDS + 2);
          k++) {
        if (k != w && PASSING_ON.contains(toks.get(k).lower())) {
          return toks.get(w).lower();
        }
      }
    }
    return null;
  }

  /**
   * Who the sentence {@code [b, e)} says wrote or issued something ("Judge Osei wrote the ruling",
   * "…," wrote Judge Osei, "the ministry issued new advice", "Ana Ruiz sent a letter"), when it
   * names them; null otherwise. The writing a next sentence quotes ("the opinion read") is most
   * likely theirs.
   */
  private @Nullable Speaker authorOf(Frame frame, int b, int e) {
    List<Tok> toks = outsideQuotes(frame, b, e);
    for (int v = 0; v < toks.size(); v++) {
      boolean passive = v + 1 < toks.size() && toks.get(v + 1).lower().equals("by");
      String verb = toks.get(v).lower();
      boolean passes =
          (verb.equals("sent") || verb.equals("posted"))
              && v + PASSED_WORDS < toks.size()
              && toks.subList(v + 1, v + 1 + PASSED_WORDS).stream()
                  .anyMatch(t -> words.writings.contains(t.lower()));
      if ((AUTHORING.contains(verb) || passes) && !passive) {
        List<Tok> phrase = subjects.of(frame, toks, v);
        Speaker who = phrase.isEmpty() ? null : phrases.resolve(frame, phrase);
        return who != null && who.entity() != null ? who : null;
      }
    }
    return null;
  }

  /** {@code "…," said X} or {@code "…," X said} in the words after the closing mark. */
  @Nullable Speaker after(Frame frame, int from, int to) {
    Speaker cited = citedInBrackets(frame, from);
    if (cited != null) {
      return cited; // "…" (Yahoo! News article): a page quoting a report names its outlet
    }
    List<Tok> toks = frame.words(from, to);
    if (toks.isEmpty() || introducesNext(frame.text(), from, to)) {
      return null;
    }
    List<Tok> credited = creditedTo(frame.text(), toks);
    if (!credited.isEmpty()) {
      return phrases.resolveOrDescribe(frame, credited);
    }
    if (verbs.at(toks, 0, false)) {
      return inverted(frame, toks, 0);
    }
    if (Clauses.RELATIVES.contains(toks.get(0).lower())) {
      // "…," who died at sea, said Roger Bern: a relative clause on a word of the quotation comes
      // between it and its attribution.
      int close = Clauses.relativeEnd(toks, 0, 30);
      return close > 0 ? after(frame, toks.get(close).begin(), to) : null;
    }
    if (timed(toks)) {
      // "…", hours after the commission declared the result: a clause of time, not who spoke
      return null;
    }
    if (toks.size() > 2
        && toks.get(0).lower().equals("to")
        && toks.get(1).lower().equals("which")) {
      // "…", to which he replied: "…": the reply's cue, not this quotation's
      return null;
    }
    // a name set off by a comma may carry a long apposition before the verb
    boolean nameFirst =
        Character.isUpperCase(toks.get(0).text().charAt(0))
            && toks.size() > 2
            && (toks.get(1).punctBefore() || toks.get(2).punctBefore());
    int reach = nameFirst ? AFTER_VERB_REACH : AFTER_VERB_WORDS;
    for (int v = 1; v < Math.min(toks.size(), reach); v++) {
      Tok t = toks.get(v);
      int close =
          Clauses.RELATIVES.contains(t.lower()) && t.punctBefore()
              ? Clauses.relativeEnd(toks, v, 40)
              : -1;
      if (close > 0 && verbs.at(toks, close, false)) {
        // "…," one official, who spoke on condition of anonymity because he was not authorized
        // to discuss the talks, said: the verb after the clause, however long, is the speaker's
        return phrases.resolveOrDescribe(frame, subjects.antecedentOf(frame, toks, v));
      }
      Speaker quoted = quotedVerbAt(frame, toks, v);
      if (quoted != null) {
        return quoted;
      }
      if (verbs.at(toks, v, false) || lastOfClause(frame.text(), toks, v)) {
        if (!t.punctBefore()) {
          // "…," the minister would say: the subject stands before the modal
          int verb = afterModal(toks, v) ? v - 1 : v;
          List<Tok> phrase = subjects.before(frame, toks, verb);
          if (!phrase.isEmpty()
              && toks.indexOf(phrase.get(0)) <= 1
              && CONTRASTS.contains(toks.get(0).lower())) {
            // "…", while supporters praised it, "…", and Shevchuk responded by …: a clause of its
            // own; but "…," but it has held talks, the filing said, where the verb after a comma
            // reports the whole sentence
            return null;
          }
          Speaker subject = phrases.resolveOrDescribe(frame, phrase);
          Speaker apposed = isPerson(subject) ? null : apposedFirst(frame, toks, v);
          return apposed != null ? apposed : subject;
        }
        Speaker named = namedFirst(frame, toks);
        if (named != null) {
          return named;
        }
        // "…," its director, Jens Hagedorn, wrote in a letter: what follows the verb is not its
        // subject when it opens with a preposition.
        // Nor when it is "of" ("…," a detective said of the robbers), a time ("…," her
        // agent, Mark Roesler, said yesterday, "insisted late on Tuesday") or an adverb ("said
        // later", "said quietly").
        // Nor after "told", whose object is the listener ("…," Osman, who herds camels, told
        // Reuters).
        return v + 1 < toks.size()
                && !LISTENING.contains(t.lower())
                && !Clauses.PREPOSITIONS.contains(toks.get(v + 1).lower())
                && !toks.get(v + 1).lower().equals("of")
                && !words.timeWords.contains(toks.get(v + 1).lower())
                && !WHEN_AFTER_VERB.contains(toks.get(v + 1).lower())
                && !Clauses.adverb(toks.get(v + 1))
            ? inverted(frame, toks, v)
            : phrases.resolveOrDescribe(frame, subjects.before(frame, toks, v));
      }
    }
    Speaker closing = closingClause(frame, toks);
    if (closing != null) {
      return closing;
    }
    Speaker signed = signed(frame, from, toks);
    return signed != null ? signed : accordingTo(frame, toks);
  }

  /**
   * The outlet a bracket right after the closing mark cites as the quotation's source, as a page
   * quoting other outlets' reports does ({@code "…" (Yahoo! News article)}), when it is named; else
   * null.
   */
  private @Nullable Speaker citedInBrackets(Frame frame, int from) {
    Matcher m = CITATION.matcher(frame.text()).region(from, frame.text().length());
    if (!m.lookingAt()) {
      return null;
    }
    Speaker who = phrases.resolve(frame, Tok.of(frame.text(), m.start(1), m.end(1)));
    // a place is no outlet: "(USA Today article)" is not the United States'
    return who != null && who.entity() != null && who.entity().type() != EntityType.LOCATION
        ? who
        : null;
  }

  /**
   * The words naming who said what came before, when the words open by crediting it: "Those were
   * the words of X", "That was the verdict of …", "That is how X described it", or, right after the
   * quotation, "… was the message from X". Empty when they do not.
   */
  List<Tok> creditedTo(String text, List<Tok> toks) {
    // "Those were the words of X", or straight after the quotation, "… was the message from X"
    int be = !toks.isEmpty() && DEMONSTRATIVES.contains(toks.get(0).lower()) ? 1 : 0;
    if (toks.size() < 4 + be || !Clauses.BE.contains(toks.get(be).lower())) {
      return List.of();
    }
    boolean how = be == 1 && toks.get(2).lower().equals("how");
    // "That is how one witness, a nurse named Ruth Ames, described it": an apposition between
    // commas may stand before the verb
    for (int i = be + 2; i < toks.size() && i <= (how ? HOW_WORDS : 6 + be); i++) {
      if (toks.get(i).punctBefore() && !(how && Tok.commaBefore(text, toks, i))) {
        return List.of();
      }
      if (how && verbs.at(toks, i, false)) {
        return toks.subList(3, i);
      }
      if (!how
          && CREDITING.contains(toks.get(i - 1).lower())
          && CREDITED_BY.contains(toks.get(i).lower())) {
        return i + 1 < toks.size() ? Clauses.clause(toks, i + 1) : List.of();
      }
    }
    return List.of();
  }

  /**
   * Whether the first reporting verb after a quotation stands further than a few words from it, as
   * a clause closing the whole sentence does ({@code … "…" but did not elaborate, the Daily News
   * reported}), rather than the quotation's own attribution.
   */
  boolean reportedFarAfter(Frame frame, int from, int to) {
    List<Tok> toks = Tok.of(frame.text(), from, to);
    for (int v = 0; v < Math.min(toks.size(), 14); v++) {
      if (verbs.at(toks, v, false)) {
        return v > 4;
      }
    }
    return false;
  }

  /**
   * Whether a reporting verb of the sentence's own stands right before the opening mark, after a
   * comma or colon and not at the sentence's start: {@code … an employee who had yelled, "…" Vanore
   * said} relays the employee's words, which the attribution after them only reports.
   */
  boolean relayedBefore(Frame frame, int sentenceBegin, int open) {
    List<Tok> toks = Tok.of(frame.text(), sentenceBegin, open);
    int v = toks.size() - 1;
    if (v < 2 || !verbs.at(toks, v, false) || toks.get(v).lower().endsWith("ing")) {
      return false;
    }
    String between = frame.text().substring(toks.get(v).end(), open).strip();
    return between.equals(",") || between.equals(":");
  }

  /**
   * A quotation signed with a dash, as captions and pull quotes are: {@code "…" - Ulrike Sand,
   * speaking on radio}. Only a known name counts.
   */
  private @Nullable Speaker signed(Frame frame, int from, List<Tok> toks) {
    String text = frame.text();
    int i = from;
    while (i < toks.get(0).begin() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= toks.get(0).begin() || DASHES.indexOf(text.charAt(i)) < 0) {
      return null;
    }
    Speaker who = phrases.resolve(frame, Clauses.clause(toks, 0));
    return who != null && who.known() ? who : null;
  }

  /**
   * The speaker after a verb that comes first ({@code said one shopper}); a description followed by
   * a name in apposition gives the name ({@code said his lawyer, Ines Moreau, 52}).
   */
  private @Nullable Speaker inverted(Frame frame, List<Tok> toks, int v) {
    if (v + 1 >= toks.size() || toks.get(v + 1).lower().equals("that")) {
      return null; // "…, said that Mortimer": a clause follows, not the speaker
    }
    List<Tok> phrase = Clauses.clause(toks, v + 1);
    if (complement(phrase)) {
      return null; // "said the Macedos' prices had …": a clause, whose names are no speaker
    }
    Speaker who = phrases.resolveOrDescribe(frame, phrase);
    int next = v + 1 + phrase.size();
    // a role read as someone named before still gives way to the name set after it: "said its
    // chair, Monika Stahl" where another body's chairman was named earlier
    boolean described =
        who != null
            && (who.entity() == null
                || phrase.stream().noneMatch(t -> Character.isUpperCase(t.text().charAt(0))));
    Speaker apposed = described ? phrases.namedClause(frame, toks, next) : null;
    return apposed != null ? apposed : who;
  }

  /**
   * Whether the words after a reporting verb are a clause of their own: a finite auxiliary before
   * any relative pronoun ("said the prices had", but not "said a man who had climbed a lamppost" or
   * "said a message that was read").
   */
  private static boolean complement(List<Tok> phrase) {
    for (Tok t : phrase) {
      if (SpeakerPhrase.RELATIVE_CLAUSE.contains(t.lower()) || t.lower().equals("that")) {
        return false; // "said a message that was read …"
      }
      if (ReportingVerbs.FINITE.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The speaker that opens the words after a quotation and is set off by commas before the verb
   * ({@code "…," Carver, 61, told reporters}), or null when the words open otherwise.
   */
  private @Nullable Speaker namedFirst(Frame frame, List<Tok> toks) {
    List<Tok> first = Clauses.clause(toks, 0);
    if (!Clauses.named(first, 0, first.size()) && !Clauses.PRONOUNS.contains(toks.get(0).lower())) {
      return null;
    }
    Speaker who = phrases.resolve(frame, first);
    boolean described = who != null && who.entity() == null && who.description() != null;
    if (Clauses.ARTICLES.contains(toks.get(0).lower()) || described && first.size() < toks.size()) {
      // "a tearful Maria Gomez, 34, said", but not "the Troy police chief, Charles Craft, said"
      // or "Texaco's general counsel, Stephen Smith, said": the name in apposition speaks
      return isPerson(who) ? who : null;
    }
    return who != null && who.known() ? who : null;
  }

  /**
   * The person that opens the words after a quotation, followed by a description in apposition that
   * runs into the verb with no closing comma ({@code "…," Ann Lee, head of Lee's Paint & Glass told
   * us}), or null.
   */
  private @Nullable Speaker apposedFirst(Frame frame, List<Tok> toks, int v) {
    List<Tok> name = Clauses.clause(toks, 0);
    if (name.size() >= v || !Character.isLowerCase(toks.get(name.size()).text().charAt(0))) {
      return null;
    }
    Speaker who = namedFirst(frame, toks);
    return isPerson(who) ? who : null;
  }

  private static boolean isPerson(@Nullable Speaker who) {
    return who != null && who.entity() != null && who.entity().type() == EntityType.PERSON;
  }

  /**
   * A reporting clause that ends the sentence after a longer stretch of narrative: {@code "…" and
   * investigators … to reach any conclusion, he said.} Its subject follows the last comma.
   */
  private @Nullable Speaker closingClause(Frame frame, List<Tok> toks) {
    int last = toks.size() - 1;
    for (int v = last; v >= Math.max(1, last - 3); v--) {
      if (verbs.at(toks, v, false)) {
        int start = Clauses.clauseStart(toks, v - 1);
        boolean clauseOfItsOwn = start > 0 && v - start <= 5;
        return clauseOfItsOwn ? phrases.resolve(frame, toks.subList(start, v)) : null;
      }
    }
    return null;
  }

  /** The speaker named around a quoting verb ("quoted ... as saying") at {@code v}, if one is. */
  private @Nullable Speaker quotedVerbAt(Frame frame, List<Tok> toks, int v) {
    return words.quotedVerbs.contains(toks.get(v).lower()) ? quotedAs(frame, toks, v) : null;
  }

  /**
   * The agent of a passive framing verb right before the quotation, or of a participle opening its
   * clause: {@code was labeled "suspicious" by Tom Reyes}, {@code Labeled "worms" and "traitors" by
   * Castro, many …}. Null when the words around it are not of that shape.
   */
  @Nullable Speaker passiveAgent(Frame frame, int open, int closeEnd, int to) {
    List<Tok> before = Tok.of(frame.text(), Math.max(0, open - PASSIVE_REACH), open);
    Speaker agentFirst = agentBeforeAs(frame, before);
    if (agentFirst != null) {
      return agentFirst;
    }
    if (before.size() < 2 || !passiveFraming(frame, before, open)) {
      return null; // the words after are read only then: a sentence may hold thousands
    }
    // "labeled "worms" and "traitors" by Castro": the agent after the last of the quotations
    int end = Math.max(to, frame.sentences().endAt(Math.max(open, closeEnd - 1)));
    List<Tok> after = Tok.of(frame.text(), closeEnd, end);
    int by = 0;
    if (!after.isEmpty() && ALTERNATIVES.contains(after.get(0).lower())) {
      by = 1;
      while (by < after.size() && frame.inQuote(after.get(by).begin())) {
        by++;
      }
    }
    if (after.size() < by + 2 || !after.get(by).lower().equals("by")) {
      return null;
    }
    return phrases.resolveOrDescribe(frame, Clauses.clause(after, by + 1));
  }

  /**
   * Whether one of the last three words before the mark is a passive framing verb: after a form of
   * "be", opening its sentence, or after punctuation ("were labeled "…" by", "Labeled "…" by
   * Castro, many"; "was named 2008's "…" by People magazine": a word or two may stand between).
   */
  private static boolean passiveFraming(Frame frame, List<Tok> before, int open) {
    int sentenceBegin = frame.sentences().beginAt(open);
    for (int v = before.size() - 1; v >= Math.max(0, before.size() - 3); v--) {
      Tok verb = before.get(v);
      boolean passive =
          v > 0 && Clauses.BE.contains(before.get(v - 1).lower())
              || verb.begin() == sentenceBegin
              || v > 0 && verb.punctBefore();
      if (PASSIVE_FRAMING.contains(verb.lower()) && passive) {
        return true;
      }
    }
    return false;
  }

  /**
   * The agent of a passive verb that frames the quotation after "as": {@code was defined in 1959 by
   * Ada Stone as "…"}. Null when the words before the mark are not of that shape.
   */
  private @Nullable Speaker agentBeforeAs(Frame frame, List<Tok> before) {
    int as = before.size() - 1;
    if (as < 3 || !before.get(as).lower().equals("as")) {
      return null;
    }
    for (int by = as - 2; by >= Math.max(2, as - AGENT_WORDS); by--) {
      if (!before.get(by).lower().equals("by")) {
        continue;
      }
      for (int v = by - 1; v >= Math.max(1, by - AGENT_WORDS); v--) {
        String verb = before.get(v).lower();
        if ((verb.endsWith("ed") || PASSIVE_FRAMING.contains(verb))
            && Clauses.BE.contains(before.get(v - 1).lower())) {
          Speaker agent = phrases.resolveOrDescribe(frame, before.subList(by + 1, as));
          return agent != null && agent.known() ? agent : null;
        }
      }
      return null;
    }
    return null;
  }

  /**
   * The reporting verb a participle after a preposition goes with, in its clause and a few words
   * before it ("responded the following day by calling"), or -1.
   */
  private int verbBefore(List<Tok> toks, int v) {
    for (int k = v - 2; k > 0 && k >= v - VERB_BEFORE_PARTICIPLE; k--) {
      if (toks.get(k + 1).punctBefore()) {
        return -1;
      }
      if (verbs.at(toks, k, false)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether the words after a quotation that closed its own sentence end with a colon before the
   * next one: "“What did he have?” Pruitt answers: “…”" gives Pruitt the answer, not the question.
   */
  private static boolean introducesNext(String text, int from, int to) {
    String between = text.substring(from, to).strip();
    if (from < 2 || !between.endsWith(":") || ".?!".indexOf(text.charAt(from - 2)) < 0) {
      return false;
    }
    int next = to;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    return next < text.length() && QUOTATION_MARKS.indexOf(text.charAt(next)) >= 0;
  }

  /** {@code X said: "…"}, {@code X described it as "…"} in the words before the opening mark. */
  @Nullable Speaker before(Frame frame, int from, int to) {
    // "White told The Post — where Heller said she was "…" — "I hear …"": an aside between
    // dashes that ends right before the quotation is no part of its cue
    List<Tok> toks = frame.words(from, asideStart(frame.text(), from, to));
    Speaker labelled = writers.read(frame, toks, to);
    if (labelled == null) {
      labelled = colons.label(frame, toks, to);
    }
    if (labelled == null) {
      labelled = inWordsOf(frame, toks);
    }
    if (labelled != null) {
      return labelled;
    }
    toks = firstThatClause(toks);
    for (int v = toks.size() - 1; v >= Math.max(0, toks.size() - 1 - MAX_AFTER_VERB); v--) {
      Tok t = toks.get(v);
      Speaker quoted = quotedVerbAt(frame, toks, v);
      if (quoted == null) {
        quoted = heardSaying(frame, toks, v);
      }
      if (quoted == null) {
        quoted = urgedTo(frame, toks, v);
      }
      if (quoted != null) {
        return quoted;
      }
      if (verbs.at(toks, v, false)) {
        if (v >= 1
                && toks.get(v - 1).lower().equals("was")
                && !t.punctBefore() // "where the president was, saying": no "was saying"
                && v + 1 < toks.size()
            || reducedRelative(toks, v)) {
          continue;
        }
        Speaker written = writingBeforeRelative(frame, toks, v);
        if (written != null) {
          return written;
        }
        if (Clauses.adverbialParticiple(toks, v)) {
          return null; // "…, saying, "…"": the sentence's subject speaks, as framing reads it
        }
        if (v == 0) {
          // "…," said the mother, Teresita Reyes. "…": the words that closed the quotation before
          // are read as they were for it, the name in apposition included
          return inverted(frame, toks, v);
        }
        List<Tok> phrase = subjects.of(frame, toks, v);
        return phrase.isEmpty() ? null : phrases.resolve(frame, phrase);
      }
      if (v >= 1 && t.lower().equals("to") && toks.get(v - 1).lower().equals("according")) {
        for (int u = v - 2; u > 0; u--) {
          if (verbs.at(toks, u, false)) {
            // "Gerald Brannock replied the next morning, according to the complaint:", "…,"
            // Echeverria testified, according to the Daily Bulletin. "…": the one who replied,
            // whom the complaint or the paper only records
            List<Tok> phrase = subjects.of(frame, toks, u);
            return phrase.isEmpty() ? null : phrases.resolve(frame, phrase);
          }
        }
        // "According to the police chief, Maria Santos, "…"": the name in apposition speaks
        SpeakerPhrase.Source source = phrases.source(frame, toks, v + 1, true);
        if (source != null && source.speaker().entity() != null) {
          return source.speaker();
        }
        return phrases.resolveOrDescribe(frame, Clauses.clause(toks, v + 1));
      }
    }
    return accordingTo(frame, toks);
  }

  /**
   * The words up to the first "that" when the quotation opens a second clause of one verb after
   * "and that" ({@code X said in a statement that 318 passengers had reported symptoms and that
   * "…"}): the verb before the first "that" is the quotation's, not one inside the clause between.
   * Else the words as they are.
   */
  private static List<Tok> firstThatClause(List<Tok> toks) {
    for (int a = toks.size() - 2; a >= Math.max(1, toks.size() - 1 - MAX_AFTER_VERB); a--) {
      if (toks.get(a + 1).lower().equals("that") && COORDINATORS.contains(toks.get(a).lower())) {
        for (int t = a - 1; t >= Math.max(1, a - THAT_CLAUSE_WORDS); t--) {
          if (toks.get(t).lower().equals("that")) {
            return toks.subList(0, t + 1);
          }
        }
        // "Hutchins said the department had asked for help, and that officers had recovered
        // "…"": the first clause left its "that" out; the verb of saying it follows governs
        for (int t = Math.max(1, a - THAT_CLAUSE_WORDS); t < a - 1; t++) {
          if (SAID_BEFORE_THAT.contains(toks.get(t).lower())) {
            return toks.subList(0, t + 1);
          }
        }
        return toks;
      }
    }
    return toks;
  }

  /**
   * Where an aside set off by dashes begins when it ends right before {@code to} ("… hearing —
   * where Heller said … — "), else {@code to}.
   */
  private static int asideStart(String text, int from, int to) {
    int end = to - 1;
    while (end >= from && Character.isWhitespace(text.charAt(end))) {
      end--;
    }
    if (end < from || DASHES.indexOf(text.charAt(end)) < 0 || !spacedBefore(text, end)) {
      return to;
    }
    for (int i = end - 1; i > from; i--) {
      if (DASHES.indexOf(text.charAt(i)) >= 0 && spacedBefore(text, i)) {
        return i;
      }
    }
    return to;
  }

  private static boolean spacedBefore(String text, int i) {
    return i > 0 && Character.isWhitespace(text.charAt(i - 1));
  }

  /**
   * Whose words the quotation gives when the words before it say so: {@code in Velic's words, a
   * "…"}, {@code in the words of Ada Stone, "…"}, {@code was, by his own admission, "…"}. Null when
   * they do not, or name no one.
   */
  private @Nullable Speaker inWordsOf(Frame frame, List<Tok> toks) {
    for (int w = toks.size() - 1; w >= Math.max(1, toks.size() - IN_WORDS_REACH); w--) {
      String preposition = OWNED_SAYINGS.get(toks.get(w).lower());
      if (preposition == null) {
        continue;
      }
      Tok owner = toks.get(w - 1);
      List<Tok> phrase = new ArrayList<>();
      int pronounAt = ownerPronoun(toks, w, preposition);
      if (pronounAt >= 0) {
        // "Marcus Feld praised the crews. In his words: "…"": the person the pronoun stands for
        Tok his = toks.get(pronounAt);
        String pronoun = his.lower().equals("her") ? "she" : "he";
        phrase.add(new Tok(his.begin(), his.end(), pronoun, pronoun, his.punctBefore()));
      } else if (w < 2) {
        return null;
      } else if (owner.possessive() && Character.isUpperCase(owner.text().charAt(0))) {
        int in = w - 2;
        while (in > w - IN_WORDS_REACH && in > 0 && !toks.get(in).lower().equals(preposition)) {
          in--;
        }
        if (!toks.get(in).lower().equals(preposition)) {
          return null;
        }
        phrase.addAll(toks.subList(in + 1, w - 1));
        phrase.add(owner.withoutPossessive());
      } else if (owner.lower().equals("the")
          && toks.get(w).lower().equals("words")
          && toks.get(w - 2).lower().equals("in")
          && w + 2 < toks.size()
          && toks.get(w + 1).lower().equals("of")) {
        phrase.addAll(Clauses.clause(toks, w + 2));
      } else {
        return null;
      }
      Speaker who = phrases.resolve(frame, phrase);
      return who != null && who.known() ? who : null;
    }
    return null;
  }

  /**
   * Where "his" or "her" stands in "in his words", "in her own words", "by his own admission" or,
   * opening a clause, "His exact words:" ending at the noun {@code w}, or -1.
   */
  private static int ownerPronoun(List<Tok> toks, int w, String preposition) {
    int at = w - 1;
    while (at > 0 && at > w - 3 && OWN_WORDS.contains(toks.get(at).lower())) {
      at--;
    }
    if (at < 0 || !PERSONAL_OWNERS.contains(toks.get(at).lower())) {
      return -1;
    }
    boolean in = at > 0 && toks.get(at - 1).lower().equals(preposition);
    boolean opens = at == 0 || toks.get(at).punctBefore();
    return in || opens && w == toks.size() - 1 && preposition.equals("in") ? at : -1;
  }

  /**
   * The writing a relative "that" or "which" before the verb at {@code v} stands for, as its issuer
   * or, with none named, its description: {@code a letter from the mayor, Ana Ruiz, that said: "…"}
   * is the mayor's, {@code a sign which read "…"} is "a sign". Null when no writing stands a few
   * words before the relative.
   */
  private @Nullable Speaker writingBeforeRelative(Frame frame, List<Tok> toks, int v) {
    if (v < 2 || !WRITING_RELATIVES.contains(toks.get(v - 1).lower())) {
      return null;
    }
    for (int j = v - 2; j >= Math.max(0, v - 1 - WRITING_REACH); j--) {
      if (verbs.written(toks.get(j).lower())) {
        int b = j; // back to its determiner: "a text message", "her brief note"
        for (int k = j - 1; k >= Math.max(0, j - 3) && !toks.get(k + 1).punctBefore(); k--) {
          if (Clauses.DETERMINERS.contains(toks.get(k).lower())) {
            b = k;
            break;
          }
        }
        Speaker who = phrases.resolveOrDescribe(frame, toks.subList(b, v - 1));
        return who != null && who.known() ? who : null;
      }
    }
    return null;
  }

  /**
   * A quotation woven into a reported clause further back in its sentence: {@code X said the bomb …
   * and "would have …"}, {@code X called the sale a "significant step"}, {@code X declined …,
   * saying "…"}. The nearest reporting or framing verb before the quotation, outside other
   * quotations, gives the speaker: its subject, the sentence's first clause for a participle after
   * a comma, or the words after a verb that opens its clause ("Says X: …").
   */
  @Nullable Speaker framing(Frame frame, int from, int to) {
    int reach = Frame.reachFrom(from, to);
    List<Tok> toks = outsideQuotes(frame, reach, asideStart(frame.text(), reach, to));
    Speaker unnamed = null;
    // "If your mechanic suggests …, push back if … counts as "severe duty."": a verb in an
    // opening conditional frames nothing said in the main clause
    int[] condition = Clauses.openingCondition(toks);
    for (int v = toks.size() - 1; v >= 0; v--) {
      Tok t = toks.get(v);
      if (v >= condition[0] && v < condition[1]) {
        continue;
      }
      Speaker quoted = quotedVerbAt(frame, toks, v);
      if (quoted != null) {
        return quoted; // "X quoted Y as saying the detainees were "guests""
      }
      Speaker heard = heardSaying(frame, toks, v);
      if (heard == null) {
        heard = urgedTo(frame, toks, v);
      }
      if (heard != null) {
        // "a neighbour heard an officer yell, "…"", "prompting Mr Kerrigan to shout "When?"": the
        // officer speaks, and so does Mr Kerrigan
        return heard;
      }
      if (!verbs.at(toks, v, true) || namedAfter(toks, v) || reducedRelative(toks, v)) {
        continue;
      }
      boolean ing = t.lower().endsWith("ing");
      String previous = v > 0 ? toks.get(v - 1).lower() : "";
      boolean participle = Clauses.adverbialParticiple(toks, v);
      if (ing
          && !participle
          && v > 0
          && !Clauses.BE.contains(previous)
          && !COORDINATORS.contains(previous)) {
        Speaker described = v == toks.size() - 1 ? chanting(frame, toks, v) : null;
        int issued = t.punctBefore() ? -1 : subjects.issuedWriting(toks, writingEnd(toks, v));
        if (described == null && issued > 0) {
          // "IRNA published a commentary describing the warships as "…"": who issued it
          described = knownSubject(frame, toks, issued);
        }
        if (described != null) {
          return described; // "Students chanting "Pigs!" clapped": the students chant
        }
        Speaker doer = personDoing(frame, toks, v);
        if (doer == null) {
          doer = describedDoing(frame, toks, v);
        }
        if (doer != null) {
          return doer; // "with Dowd memorably describing his bandmate as "…"": Dowd speaks
        }
        continue; // "resolutions condemning the invasion": a noun's modifier, not a speech act
      }
      if (!ing
          && !t.punctBefore()
          && Clauses.BE.contains(previous)
          && Clauses.asSaying(toks, v) < 0) {
        continue; // "Mora is accused of acting "…"": the subject is not the one who speaks
      }
      int rest = toks.size() - v - 1;
      if (t.punctBefore() && INVERTING.contains(t.lower()) && rest > 0 && rest <= INVERTED_WORDS) {
        // "One big difference between them, said Yeager:": the speaker after the verb
        Speaker after = inverted(frame, toks, v);
        if (after != null && after.entity() != null) {
          return after;
        }
      }
      // "and yelled", or "and had yelled" past an auxiliary
      int c = v > 1 && PERFECT.contains(previous) && !t.punctBefore() ? v - 2 : v - 1;
      boolean coordinated = c >= 0 && COORDINATORS.contains(toks.get(c).lower());
      // "…, who wept and cried "…"": the clause is on the one the relative stands for
      int relative = coordinated ? relativeBefore(toks, v) : -1;
      List<Tok> caller = participle && !coordinated ? Clauses.callerBefore(toks, v) : List.of();
      // "and Shevchuk responded the next day by calling it "…"": the subject of the verb the
      // participle goes with, not the sentence's
      int governing = participle && !t.punctBefore() ? verbBefore(toks, v) : -1;
      // "Asked whether Saad had done enough, Latif was careful.": the one asked, who is the main
      // clause's subject
      List<Tok> opening = v == 0 ? Clauses.clause(toks, 0) : List.of();
      boolean askedFirst =
          !opening.isEmpty() && opening.size() < toks.size() && Clauses.participleOpens(opening);
      // "“…,” he wrote, ruling that …": the one who wrote goes on, not the sentence's subject
      boolean afterSaid =
          participle && t.punctBefore() && v >= 2 && words.speechVerbs.contains(previous);
      List<Tok> phrase =
          relative >= 0
              ? subjects.antecedentOf(frame, toks, relative)
              : afterSaid && caller.isEmpty()
                  ? subjects.of(frame, toks, v - 1)
                  : governing > 0 && caller.isEmpty()
                      ? subjects.of(frame, toks, governing)
                      : !caller.isEmpty()
                          ? caller
                          : participle || coordinated || askedFirst
                              ? openingSubject(frame, toks)
                              : subjects.of(frame, toks, v);
      Speaker who = phrase.isEmpty() ? null : phrases.resolve(frame, phrase);
      Mentions.Placed contrasted =
          participle && caller.isEmpty() && !coordinated ? afterContrast(frame, toks, v) : null;
      if (contrasted != null) {
        // "Police stopped the truck, but Kessler refused to comply, saying": the one the clause
        // the participle goes on turns to
        who = new Speaker(contrasted.entity(), null);
      } else if (participle && caller.isEmpty() && !coordinated && mute(phrase)) {
        // "A meeting descended into chaos after mayor Thandi Mokoena refused …, saying": the
        // person of the clause the participle goes on, where the sentence's subject cannot speak
        Mentions.Placed doer = afterSubordinator(frame, toks, v);
        who = doer == null ? who : new Speaker(doer.entity(), null);
      }
      if (who != null && (who.known() || who.pronoun() != Speaker.Pronoun.PERSON)) {
        return who;
      }
      // "he" with no one named before: an earlier reporting verb of the sentence may name him ("A
      // spokesman said … charges that he described as "unusual"")
      unnamed = unnamed == null ? who : unnamed;
    }
    return unnamed != null ? unnamed : writingThat(frame, toks);
  }

  /**
   * Whether a subject phrase's head, its last word before a preposition or a verb in "-ed", is a
   * thing that cannot speak: "a special council meeting of the municipality", "a row descended".
   */
  private boolean mute(List<Tok> phrase) {
    int head = -1;
    for (int i = 0; i < phrase.size(); i++) {
      String w = phrase.get(i).lower();
      if (i > 0 && (HEAD_STOPS.contains(w) || w.endsWith("ed"))) {
        break;
      }
      head = i;
    }
    if (head < 1) {
      return false;
    }
    Tok t = phrase.get(head);
    String w = t.lower();
    return Character.isLowerCase(t.text().charAt(0))
        && !words.speakerNoun(w)
        && !words.companyNouns.contains(w)
        && !Clauses.PRONOUNS.contains(w);
  }

  /**
   * The person named right after the last subordinator before the participle at {@code v}, past
   * lower-case title words ("after executive mayor Thandi Mokoena refused"), when that clause has
   * no punctuation but the comma before the participle; null otherwise.
   */
  private Mentions.@Nullable Placed afterSubordinator(Frame frame, List<Tok> toks, int v) {
    for (int i = v - 1; i >= 0; i--) {
      Tok t = toks.get(i);
      if (t.punctBefore() && i < v - 1) {
        return null;
      }
      if (CLAUSE_OPENERS.contains(t.lower())) {
        return personOpening(frame, toks, i + 1, v);
      }
    }
    return null;
  }

  /**
   * The person named right after "but" or "yet" opening the clause before the participle at {@code
   * v}, past lower-case title words, when that clause has no other punctuation ("…, but Kessler
   * refused to comply, saying"); null otherwise.
   */
  private Mentions.@Nullable Placed afterContrast(Frame frame, List<Tok> toks, int v) {
    for (int i = v - 1; i >= 0; i--) {
      Tok t = toks.get(i);
      if (t.punctBefore() || i == 0) {
        return TURNS.contains(t.lower()) ? personOpening(frame, toks, i + 1, v) : null;
      }
    }
    return null;
  }

  /**
   * The person whose name opens {@code toks[j, v)}, past up to three lower-case title words
   * ("executive mayor Thandi Mokoena refused"); null otherwise.
   */
  private static Mentions.@Nullable Placed personOpening(
      Frame frame, List<Tok> toks, int from, int v) {
    int j = from;
    while (j < v && Character.isLowerCase(toks.get(j).text().charAt(0)) && j - from < 3) {
      j++;
    }
    if (j >= v) {
      return null;
    }
    Mentions.Placed p =
        frame.mentions().firstWithin(toks.get(j).begin(), toks.get(v).begin(), EntityType.PERSON);
    return p != null && p.begin() == toks.get(j).begin() ? p : null;
  }

  /**
   * The person whose name stands right before the participle at {@code v}, past adverbs in "-ly":
   * "with Dowd memorably describing". Null when no person's name ends there.
   */
  private static @Nullable Speaker personDoing(Frame frame, List<Tok> toks, int v) {
    int n = beforeAdverbs(toks, v);
    Tok last = toks.get(n);
    if (toks.get(n + 1).punctBefore() || !Character.isUpperCase(last.text().charAt(0))) {
      return null;
    }
    Mentions.Placed p =
        frame.mentions().lastBefore(last.end(), Set.of(EntityType.PERSON), frame.quotes());
    return p != null && p.end() == last.end() ? new Speaker(p.entity(), null) : null;
  }

  /**
   * The index of the last word before the verb at {@code v} once the adverbs in "-ly" right before
   * it are passed over ("Dowd memorably describing").
   */
  private static int beforeAdverbs(List<Tok> toks, int v) {
    int n = v - 1;
    while (n > 0 && toks.get(n).lower().endsWith("ly") && !toks.get(n).punctBefore()) {
      n--;
    }
    return n;
  }

  /**
   * The one a "with" or "despite" brings in by a noun that can speak, doing what the participle at
   * {@code v} says: "with its foreign minister accusing Ostrova of negotiating "…"", "despite the
   * leader of a residents' campaign describing the decision as a "…"". Null for anything else.
   */
  private @Nullable Speaker describedDoing(Frame frame, List<Tok> toks, int v) {
    int n = beforeAdverbs(toks, v); // "with the minister pointedly accusing"
    if (toks.get(n + 1).punctBefore() || !words.speakerNoun(toks.get(n).lower())) {
      return null;
    }
    for (int w = n; w >= Math.max(0, n - WITH_WORDS); w--) {
      String word = toks.get(w).lower();
      if (word.equals("with") || word.equals("despite")) {
        List<Tok> phrase = toks.subList(w + 1, n + 1);
        return phrase.isEmpty() ? null : phrases.resolveOrDescribe(frame, phrase);
      }
      if (w < n && toks.get(w + 1).punctBefore()) {
        return null;
      }
    }
    return null;
  }

  /**
   * The people a participle right before the quotation describes, when they can speak: "Students
   * chanting "…"", "protesters shouting "…"". Null for any other noun ("banners reading").
   */
  private @Nullable Speaker chanting(Frame frame, List<Tok> toks, int v) {
    if (!words.speakerNoun(toks.get(v - 1).lower()) || toks.get(v).punctBefore()) {
      return null;
    }
    if (words.writings.contains(toks.get(v - 1).lower())) {
      // "he issued a statement condemning "…"": who issued it
      return known(frame, subjects.of(frame, toks, v));
    }
    return knownSubject(frame, toks, v);
  }

  /**
   * Where the words before {@code v} end, past an "of its own" after a writing ("a commentary of
   * its own describing").
   */
  private static int writingEnd(List<Tok> toks, int v) {
    int w = v - 1;
    boolean own =
        w >= 3
            && toks.get(w).lower().equals("own")
            && toks.get(w - 2).lower().equals("of")
            && (toks.get(w - 1).lower().equals("its") || toks.get(w - 1).lower().equals("their"));
    return own ? v - 3 : v;
  }

  /** The named or described speaker the words before the verb at {@code v} give, or null. */
  private @Nullable Speaker knownSubject(Frame frame, List<Tok> toks, int v) {
    return known(frame, subjects.before(frame, toks, v));
  }

  /** The named or described speaker a subject phrase gives, or null. */
  private @Nullable Speaker known(Frame frame, List<Tok> phrase) {
    Speaker who = phrase.isEmpty() ? null : phrases.resolveOrDescribe(frame, phrase);
    return who != null && who.known() ? who : null;
  }

  /**
   * The writing that opens a clause before its verb, as in "The statement expresses condolences for
   * the families …, saying": an article, up to two more words, a writing noun, then a word in "-s"
   * or "-ed". Null for any other clause.
   */
  private @Nullable List<Tok> writingBeforeVerb(List<Tok> clause) {
    if (clause.size() < 3 || !Clauses.ARTICLES.contains(clause.get(0).lower())) {
      return null;
    }
    for (int i = 1; i <= 3 && i + 1 < clause.size(); i++) {
      Tok verb = clause.get(i + 1);
      String v = verb.lower();
      if (words.writings.contains(clause.get(i).lower())
          && !verb.punctBefore()
          && Character.isLowerCase(verb.text().charAt(0))
          && (Tok.looksPlural(v) || v.endsWith("ed"))) {
        return clause.subList(0, i + 1);
      }
    }
    return null;
  }

  /**
   * Whether the verb at {@code v} closes a relative clause with no pronoun, a modal or an auxiliary
   * right after it: "the symptoms Mrs Ferrier described would "…"" frames nothing, where "which she
   * said was "…"" reports, and so does "a label Ms Beridze said was "…"", where the verb is "say".
   */
  private static boolean reducedRelative(List<Tok> toks, int v) {
    if (v + 1 >= toks.size()
        || SAYS.contains(toks.get(v).lower())
        || toks.get(v + 1).punctBefore()
        || !RELATIVE_CLOSERS.contains(toks.get(v + 1).lower())) {
      return false;
    }
    for (int k = v - 1; k >= Math.max(0, v - OBJECT_RELATIVE_WORDS); k--) {
      if (OBJECT_RELATIVES.contains(toks.get(k).lower())) {
        return false; // "which Sarvatra had said would "…"": the relative's words are reported
      }
    }
    return true;
  }

  /**
   * The person named right before "to" and a bare speech verb at {@code v} ("prompting Mr Kerrigan
   * to shout"), who is the one to speak; null when there is none.
   */
  private @Nullable Speaker urgedTo(Frame frame, List<Tok> toks, int v) {
    String verb = toks.get(v).lower();
    if (v < 2
        || !HEARD_SAYING.contains(verb) && !words.speechVerbs.contains(verb)
        || !toks.get(v - 1).lower().equals("to")
        || toks.get(v - 1).punctBefore()) {
      return null;
    }
    Tok last = toks.get(v - 2);
    Mentions.Placed p =
        frame
            .mentions()
            .firstWithin(
                toks.get(Math.max(0, v - URGED_WORDS)).begin(), last.end(), EntityType.PERSON);
    return p != null && p.end() == last.end() ? new Speaker(p.entity(), null) : null;
  }

  /** "Named for Chef Ode, the bar …": a place named after someone, not words someone chose. */
  private static boolean namedAfter(List<Tok> toks, int v) {
    return toks.get(v).lower().equals("named")
        && v + 1 < toks.size()
        && (toks.get(v + 1).lower().equals("for") || toks.get(v + 1).lower().equals("after"));
  }

  /**
   * The one heard speaking when the word at {@code v} is a bare or "-ing" speech verb after "heard"
   * and a short phrase ("heard an officer yell", "overheard the driver saying"); null otherwise.
   */
  private @Nullable Speaker heardSaying(Frame frame, List<Tok> toks, int v) {
    if (!HEARD_SAYING.contains(toks.get(v).lower())) {
      return null;
    }
    for (int k = v - 2; k >= Math.max(0, v - HEARD_WORDS - 1); k--) {
      if (PERCEIVING.contains(toks.get(k).lower())) {
        return phrases.resolveOrDescribe(frame, toks.subList(k + 1, v));
      }
    }
    return null;
  }

  /** The words of {@code [b, e)} that no quotation holds. */
  private static List<Tok> outsideQuotes(Frame frame, int b, int e) {
    String text = frame.text();
    List<Tok> toks = new ArrayList<>();
    int quotedBegin = -1; // the first and last quoted words passed over since the last one kept
    int quotedEnd = -1;
    for (Tok t : frame.words(b, e)) {
      if (frame.inQuote(t.begin())) {
        quotedBegin = quotedBegin < 0 ? t.begin() : quotedBegin;
        quotedEnd = t.end();
        continue;
      }
      if (quotedEnd >= 0
          && !toks.isEmpty()
          && t.punctBefore()
          && !punctuated(text, toks.get(toks.size() - 1).end(), quotedBegin)
          && !punctuated(text, quotedEnd, t.begin())) {
        // "whose party backs what it calls a "fair roads" policy, said": a term quoted inside a
        // clause parts none of it, so the clause's words still run on past it
        t = new Tok(t.begin(), t.end(), t.text(), t.lower(), false);
      }
      toks.add(t);
      quotedBegin = -1;
      quotedEnd = -1;
    }
    return toks;
  }

  /** Whether {@code text[from, to)} holds punctuation other than quotation marks. */
  private static boolean punctuated(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && QUOTATION_MARKS.indexOf(c) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one whose remark the quoted words are, named by a possessive right before them
   * ("Castellan's "protecting a mate" remark", "the ministry's "red line" warning"); null when no
   * noun of words said follows the closing mark or no name owns them.
   */
  @Nullable Speaker ownedRemark(Frame frame, int open, int closeEnd) {
    String text = frame.text();
    List<Tok> after = Tok.of(text, closeEnd, Math.min(text.length(), closeEnd + REMARK_REACH));
    if (after.isEmpty() || after.get(0).punctBefore() || !REMARKS.contains(after.get(0).lower())) {
      return null;
    }
    int b = open;
    while (b > 0 && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    if (b < 2 || !Tok.possessiveAt(text, b - 2)) {
      return null;
    }
    Mentions.Placed owner = frame.mentions().lastBefore(b, SPEAKERS, frame.quotes());
    return owner != null && owner.end() == b - 2 ? new Speaker(owner.entity(), null) : null;
  }

  /**
   * The subject of the sentence's first clause, without its own verb and what follows; when that
   * clause issued a writing ("Voltaro had issued its own statement, saying"), who issued it.
   */
  private List<Tok> openingSubject(Frame frame, List<Tok> toks) {
    List<Tok> clause = Clauses.sentenceSubject(frame.text(), toks, words::speakerNoun);
    int issued = subjects.issuedWritingBefore(clause);
    return issued > 0
        ? subjects.before(frame, clause, issued)
        : beforeFirstPredicate(beforeOwnVerb(clause));
  }

  /**
   * A sentence's subject without the reporting verb that may close its first clause: "a senior
   * official said on condition of anonymity, adding …" is "a senior official".
   */
  private List<Tok> beforeOwnVerb(List<Tok> subject) {
    for (int i = 1; i < subject.size(); i++) {
      if (verbs.at(subject, i, false)) {
        return subject.subList(0, i);
      }
    }
    return subject;
  }

  /**
   * A described subject without the first of two joined predicates: "a review of 27 trials | found
   * large gains and" (concluded that …) is "a review of 27 trials". Its verb is the first word
   * after the head that reads as a past verb ("found", "showed", "-ed"); a phrase not ending in
   * "and" or "but", or naming no speaker or writing in its first words, stays as it is.
   */
  private List<Tok> beforeFirstPredicate(List<Tok> subject) {
    int n = subject.size();
    List<Tok> writing = writingBeforeVerb(subject);
    if (writing != null) {
      return writing;
    }
    if (n < 4 || !COORDINATORS.contains(subject.get(n - 1).lower())) {
      return subject;
    }
    boolean head = false;
    for (int i = 1; i < n - 1; i++) {
      Tok t = subject.get(i);
      String w = t.lower();
      head |= i <= 4 && (words.speakerNoun(w) || words.writings.contains(w));
      boolean past = w.endsWith("ed") || FOUND.contains(w);
      if (head && past && !t.punctBefore() && Character.isLowerCase(t.text().charAt(0))) {
        int end = i;
        while (end > 1 && Clauses.adverb(subject.get(end - 1))) {
          end--; // "a review … | similarly found"
        }
        return subject.subList(0, end);
      }
    }
    return subject;
  }

  /**
   * Where the "who" or "which" stands that opens the clause of the verb at {@code v}, a few words
   * back and after a comma, or "who" right after a noun that can speak ("an employee who had
   * followed her in and had yelled"), or -1.
   */
  private int relativeBefore(List<Tok> toks, int v) {
    for (int j = v - 1; j >= Math.max(0, v - RELATIVE_WORDS); j--) {
      Tok t = toks.get(j);
      boolean restrictive =
          j > 0 && t.lower().equals("who") && words.speakerNoun(toks.get(j - 1).lower());
      if (Clauses.RELATIVES.contains(t.lower()) && (t.punctBefore() || restrictive)) {
        return j;
      }
      if (t.punctBefore()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the sentence at {@code [b, e)} is the whole paragraph before the quotation opening at
   * {@code open}.
   */
  private static boolean leadParagraph(Frame frame, int b, int e, int open) {
    String text = frame.text();
    boolean opens = b == 0 || text.startsWith("\n\n", Math.max(0, b - 2));
    return opens && text.substring(e, open).isBlank();
  }

  /**
   * The named owner of a writing whose content a "that" clause gives: {@code an Acme announcement
   * that it will hire bankers "to weigh every option"}.
   */
  private @Nullable Speaker writingThat(Frame frame, List<Tok> toks) {
    for (int i = toks.size() - 2; i >= 1; i--) {
      if (words.writings.contains(toks.get(i).lower()) && toks.get(i + 1).lower().equals("that")) {
        int b = i;
        while (b > 0 && i - b < 4 && !toks.get(b).punctBefore()) {
          b--;
        }
        Speaker who = phrases.resolve(frame, toks.subList(b, i + 1));
        return who != null && who.entity() != null ? who : null;
      }
    }
    return null;
  }

  /**
   * The subject of the main clause when the sentence opens with a participle that frames the
   * quotation: {@code Saying "…" about the talks, Cuba's government urged …}. The main clause
   * starts after the first comma past the closing mark; its subject runs to the first speaker noun
   * or capitalised name in its first six words.
   */
  @Nullable Speaker participleOpener(Frame frame, int sentenceBegin, int open, int close, int end) {
    if (open - sentenceBegin > LEAD_REACH) {
      return null; // three words at most, and a sentence of thousands of quotations not read whole
    }
    List<Tok> lead = Tok.of(frame.text(), sentenceBegin, open);
    if (lead.isEmpty()
        || lead.size() > 3
        || !lead.get(0).lower().endsWith("ing")
        || !Character.isUpperCase(lead.get(0).text().charAt(0))
        || !verbs.at(lead, 0, true)) {
      return null;
    }
    List<Tok> rest = Tok.of(frame.text(), close, end);
    for (int i = 1; i < rest.size(); i++) {
      if (rest.get(i).punctBefore() && !frame.inQuote(rest.get(i).begin())) {
        List<Tok> main = Clauses.clause(rest, i);
        for (int j = 0; j < Math.min(6, main.size()); j++) {
          Tok t = main.get(j);
          boolean nameEnds =
              Character.isUpperCase(t.text().charAt(0))
                  && (j + 1 == main.size()
                      || !Character.isUpperCase(main.get(j + 1).text().charAt(0)));
          // "Cuba's government exhorted": the possessor's noun, not the possessor, is the subject
          if (words.speakerNoun(t.lower()) || nameEnds && j + 1 < main.size() && !t.possessive()) {
            return phrases.resolve(frame, main.subList(0, j + 1));
          }
        }
        return null;
      }
    }
    return null;
  }

  /** {@code CCTV quoted Li as saying}, {@code Li was quoted by CCTV as saying}. */
  private @Nullable Speaker quotedAs(Frame frame, List<Tok> toks, int v) {
    int as = Clauses.asSaying(toks, v);
    if (as < 0) {
      return null;
    }
    if (v >= 1 && toks.get(v - 1).lower().equals("was")) {
      return phrases.resolve(frame, subjects.before(frame, toks, v - 1));
    }
    return phrases.resolve(frame, SpeakerPhrase.quotedObject(toks.subList(v + 1, as)));
  }

  /**
   * The speaker a sentence right after a quotation names as its source: {@code "…." That was how
   * Tomas Berg put it}, {@code So said the mayor}, {@code Those were the words of X}. The quotation
   * must end its sentence, and the next must follow in the same paragraph, or open the next one
   * with "That was how" ({@code "…"} / {@code That was how Ana Reyes began her call for help}).
   */
  @Nullable Speaker echoed(Frame frame, int closeEnd) {
    Sentences sentences = frame.sentences();
    String text = frame.text();
    int i = sentences.indexOf(closeEnd - 1) + 1;
    // the next sentence starts right after the quotation, a few spaces at most
    String between =
        i <= 0 || i >= sentences.size() || sentences.begin(i) - closeEnd > 8
            ? "x"
            : text.substring(closeEnd, sentences.begin(i));
    if (!between.isBlank()) {
      return null;
    }
    int b = sentences.begin(i);
    List<Tok> toks = Tok.of(text, b, Math.min(sentences.end(i), b + Frame.REACH));
    if (toks.size() < 3) {
      return null;
    }
    String first = toks.get(0).lower();
    String second = toks.get(1).lower();
    if (between.contains("\n\n") && !first.equals("that")) {
      // only "That was how X began her call" names a source from the paragraph after
      return null;
    }
    if (ECHO_OPENERS.contains(first)
        && Clauses.BE.contains(second)
        && toks.get(2).lower().equals("how")) {
      // "That was how the farmers' union leader, Tomas Berg, put it": past any apposition
      for (int v = 4; v < toks.size(); v++) {
        if (ECHO_VERBS.contains(toks.get(v).lower())) {
          return phrases.resolve(frame, toks.subList(3, v));
        }
      }
      return null;
    }
    if ((first.equals("so") || first.equals("thus")) && words.speechVerbs.contains(second)) {
      return phrases.resolve(frame, Clauses.clause(toks, 2));
    }
    boolean wordsOf =
        toks.size() > 5
            && (first.equals("those") || first.equals("these"))
            && Clauses.BE.contains(second)
            && toks.get(3).lower().equals("words")
            && toks.get(4).lower().equals("of");
    return wordsOf ? phrases.resolve(frame, Clauses.clause(toks, 5)) : null;
  }

  /**
   * The person a headline names right after the colon that follows the quotation opening it: {@code
   * 'I burned everything for two years': Daisy Fenwick on failure}, {@code 'I kept thinking about
   * last year': Tennant storms to title}. The quotation must open a line that ends with no full
   * stop, as a headline does; null otherwise.
   */
  @Nullable Speaker headlined(Frame frame, int open, int closeEnd) {
    String text = frame.text();
    int lineEnd = text.indexOf('\n', closeEnd);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    String line = text.substring(closeEnd, lineEnd).strip();
    boolean opensLine = open == 0 || text.charAt(open - 1) == '\n';
    if (!opensLine || !line.startsWith(":") || line.endsWith(".")) {
      return null;
    }
    int colon = text.indexOf(':', closeEnd);
    Mentions.Placed named = frame.mentions().firstWithin(colon, lineEnd, EntityType.PERSON);
    if (named == null || !text.substring(colon + 1, named.begin()).isBlank()) {
      return null;
    }
    return new Speaker(named.entity(), null);
  }

  // what keeps words without having said them: "according to a transcript"
  private static final Set<String> RECORDS =
      Set.of(
          "transcript",
          "transcripts",
          "recording",
          "recordings",
          "video",
          "footage",
          "tape",
          "audio");

  /**
   * {@code according to X} anywhere in the words, or {@code Per X,} opening them, as trade news
   * writes it ("Per Variety, the talks are "delicate"").
   */
  private @Nullable Speaker accordingTo(Frame frame, List<Tok> toks) {
    for (int i = 0; i + 2 < toks.size(); i++) {
      if (toks.get(i).lower().equals("according") && toks.get(i + 1).lower().equals("to")) {
        int noun =
            Clauses.INDEFINITE.contains(toks.get(i + 2).lower())
                    || toks.get(i + 2).lower().equals("the")
                ? i + 3
                : i + 2;
        if (noun < toks.size() && RECORDS.contains(toks.get(noun).lower())) {
          // "…, according to a transcript released by the United Nations": a record of the
          // words, not their speaker
          return null;
        }
        SpeakerPhrase.Source source = phrases.source(frame, toks, i + 2, true);
        return source == null ? null : source.speaker();
      }
    }
    if (toks.size() > 2
        && toks.get(0).text().equals("Per")
        && Character.isUpperCase(toks.get(1).text().charAt(0))) {
      List<Tok> source = Clauses.clause(toks, 1);
      Speaker who = source.size() < toks.size() - 1 ? phrases.resolve(frame, source) : null;
      return who != null && who.entity() != null ? who : null;
    }
    return null;
  }

  /**
   * Whether the word at {@code i} is a verb that reports only with nothing after it in its clause,
   * as it stands after a quotation with its subject ("…," Mattson offers, "…"): "offers" before an
   * object is a sale.
   */
  private static boolean lastOfClause(String text, List<Tok> toks, int i) {
    if (!CLAUSE_FINAL.contains(toks.get(i).lower()) || toks.get(i).punctBefore()) {
      return false;
    }
    int j = toks.get(i).end();
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    return j == text.length() || ",.;:!?\n".indexOf(text.charAt(j)) >= 0;
  }

  /** Whether a modal stands right before the word at {@code i}: "would say", "did tell". */
  private static boolean afterModal(List<Tok> toks, int i) {
    return i > 0 && !toks.get(i).punctBefore() && MODALS.contains(toks.get(i - 1).lower());
  }

  private boolean definiteBody(@Nullable String description) {
    return description != null
        && description.toLowerCase(Locale.ROOT).startsWith("the ")
        && !writtenBy(description);
  }

  /** A word of a title before a name: "Coach", "Police", "Chief", "Sen.". */
  private boolean titleWord(Tok t) {
    String w = t.lower().replace(".", "");
    return words.titleWord(w)
        || words.abbreviatedTitles.contains(w)
        || words.honorifics.contains(w);
  }
}
