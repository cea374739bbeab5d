package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
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
  // A description in lower case between a name and the colon that ends its sentence.
  private static final Pattern APPOSED_TO_COLON =
      Pattern.compile("\\s*,\\s*(?:the\\s+|a\\s+|an\\s+)?\\p{Ll}[^.!?\"“”]*");
  private static final int MAX_AFTER_VERB = 6;

  /** Verbs after which the words quoted are someone else's: "Ortiz found a note: …". */
  private static final Set<String> RECEIVED =
      Set.of(
          "found", "saw", "received", "got", "read", "heard", "noticed", "spotted", "discovered");

  /** The most words a clause before a colon may have for its opening name to speak. */
  private static final int LONG_INTRODUCER = 12;

  private static final Set<String> CLAUSE_STARTS =
      Set.of(
          "and", "but", "that", "while", "as", "because", "when", "what", "which", "who", "whom",
          "where");

  /**
   * Verbs that report the words of someone another speaker reports: in "The officer said the driver
   * told him, …" the driver speaks. Other verbs after "said" keep the first speaker ("Castro said
   * his government had shared its concerns …").
   */
  private static final Set<String> RELAYED = Set.of("told", "tells", "said", "says");

  static final String DASHES = "-\u2013\u2014";
  private static final Set<String> PEOPLE_PRONOUNS = Set.of("he", "she");
  private static final Set<String> PERSONAL = Set.of("he", "she", "we", "i");

  private static final Set<String> RELATIVES = Set.of("who", "which");

  private static final Set<String> COORDINATORS = Set.of("and", "but");

  private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be");

  /**
   * Words between a past speaker and the verb: "…," was all the minister would say. Not "will"
   * ("when I am 'home' the sensor will tell me …" is no attribution).
   */
  private static final Set<String> MODALS = Set.of("would", "could", "did");

  /** Nouns that credit what was said to someone: "Those were the words of X". */
  private static final Set<String> CREDITING =
      Set.of(
          "words", "verdict", "message", "warning", "assessment", "reaction", "response", "plea");

  private static final Set<String> CREDITED_BY = Set.of("of", "from");

  private static final Set<String> DEMONSTRATIVES =
      Set.of("those", "these", "that", "this", "such");
  // a US legislator's party and state: "Sen. Mark Hale, R-Kan., said"
  private static final Pattern PARTY_TAG = Pattern.compile("[RDI]-[A-Z][\\p{L}.]*");

  private static final Set<String> DETERMINERS =
      Set.of("a", "an", "the", "its", "their", "his", "her");
  private static final Set<String> ISSUED = Set.of("sent", "read", "gave", "put", "wrote");

  // "read" reports only what a writing or an inscription says.
  private static final Set<String> READ = Set.of("read", "reads");
  // What opens a description of someone in particular: "the minister", "her deputy".
  private static final Set<String> DEFINITE = Set.of("the", "his", "her", "their", "its", "our");

  private static final Set<String> PLEADED = Set.of("pleaded", "pleads");
  private static final Set<String> PLEAS = Set.of("guilty", "not", "innocent", "no");
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

  private static final Set<String> LISTENING = Set.of("told", "tells", "tell");

  /** Words after a verb that say when or where it was said: "insisted late on Tuesday". */
  private static final Set<String> WHEN_AFTER_VERB = Set.of("late", "early", "here", "there");

  /** How far into "That is how …" its verb may stand, past an apposition. */
  private static final int HOW_WORDS = 14;

  private static final Set<String> ECHO_OPENERS = Set.of("that", "this", "such");
  // "That was how X put it / described the drought / summed it up"
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
          "recalls");

  private final Words words;
  private final SpeakerPhrase phrases;

  Cues(Words words) {
    this.words = words;
    this.phrases = new SpeakerPhrase(words);
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
    Sentences sentences = frame.sentences();
    int i = sentences.indexOf(open);
    if (i <= 0) {
      return null;
    }
    int b = sentences.begin(i - 1);
    int e = Math.min(sentences.end(i - 1), open);
    if (speech.test(b, e)) {
      return null;
    }
    Speaker who = framing(frame, b, e);
    if (who != null && who.known()) {
      return who;
    }
    Speaker colon = nameBeforeColon(frame, b, open);
    if (colon != null) {
      return colon;
    }
    // the paragraph before may be the introduction itself when it is one short sentence ("Greta
    // Lind, the festival director, was unrepentant." then the quotation's own paragraph)
    boolean sameParagraph =
        frame.text().substring(b, open).indexOf("\n\n") < 0
            || shortLeadParagraph(frame, b, e, open);
    // "Asked whether he would resign, Lindqvist shook his head.": the main clause's subject
    int main = SpeakerPhrase.mainClause(frame, b, e);
    int from = main > 0 ? main : b;
    Mentions.Placed first =
        frame.mentions().firstPerson(from, e, frame.quotes(), Mentions.Gender.UNKNOWN);
    // the person opens the sentence, perhaps after a title ("Coach Ben Miller was blunt.")
    List<Tok> lead = first == null ? List.of() : Tok.of(frame.text(), from, first.begin());
    boolean opensWithIt =
        first != null
            && lead.size() <= 3
            && lead.stream()
                .allMatch(t -> Character.isUpperCase(t.text().charAt(0)) && titleWord(t));
    return first != null && sameParagraph && opensWithIt ? new Speaker(first.entity(), null) : null;
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
    return opener(
        frame, Tok.of(frame.text(), sentences.begin(i - 1), sentences.end(i - 1)), person);
  }

  private @Nullable Speaker opener(Frame frame, List<Tok> sentence, boolean person) {
    List<Tok> toks = sentence;
    // past an opening phrase: "Asked whether he would run again, the governor smiled."
    for (int k = 1;
        k < Math.min(toks.size(), 16) && !Clauses.ARTICLES.contains(toks.get(0).lower());
        k++) {
      if (toks.get(k).punctBefore()) {
        toks = toks.subList(k, toks.size());
        break;
      }
    }
    if (toks.size() < 3 || !Clauses.ARTICLES.contains(toks.get(0).lower())) {
      return null;
    }
    boolean definite = toks.get(0).lower().equals("the");
    if (!definite && !person) {
      return null;
    }
    for (int j = 1; j < Math.min(4, toks.size() - 1); j++) {
      String w = toks.get(j).lower();
      if (words.speakerNoun(w) || definite && words.companyNouns.contains(w)) {
        boolean verbNext = Character.isLowerCase(toks.get(j + 1).text().charAt(0));
        Speaker who = verbNext ? phrases.resolve(frame, toks.subList(0, j + 1)) : null;
        return who != null && who.known() ? who : null;
      }
    }
    return null;
  }

  /** Whether a description names a written text rather than a person ("the statement said"). */
  boolean writtenBy(String description) {
    String[] w = description.toLowerCase(Locale.ROOT).split("\\s+");
    return w.length == 2 && w[0].equals("the") && words.writings.contains(w[1]);
  }

  /**
   * The author of "the statement" or "the letter": the speaker of the nearest reporting clause in
   * the three sentences before that mentions the same kind of text ("In a statement, press
   * secretary Ron Mills said …").
   */
  @Nullable Speaker author(Frame frame, int at, String description) {
    String noun = description.substring(description.indexOf(' ') + 1).toLowerCase(Locale.ROOT);
    Sentences sentences = frame.sentences();
    int i = sentences.indexOf(at);
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      int b = sentences.begin(j);
      int e = sentences.end(j);
      if (frame.text().substring(b, e).toLowerCase(Locale.ROOT).contains(noun)) {
        Speaker who = framing(frame, b, e);
        // a name, or a definite body ("The ministry said in a statement …"), never the text itself
        return who != null && (who.entity() != null || definiteBody(who.description()))
            ? who
            : null;
      }
    }
    return null;
  }

  /** {@code "…," said X} or {@code "…," X said} in the words after the closing mark. */
  @Nullable Speaker after(Frame frame, int from, int to) {
    List<Tok> toks = Tok.of(frame.text(), from, to);
    if (toks.isEmpty()) {
      return null;
    }
    List<Tok> credited = creditedTo(frame.text(), toks);
    if (!credited.isEmpty()) {
      return phrases.resolveOrDescribe(frame, credited);
    }
    if (verbAt(toks, 0, false)) {
      return inverted(frame, toks, 0);
    }
    if (RELATIVES.contains(toks.get(0).lower())) {
      // "…," who died at sea, said Roger Bern: a relative clause on a word of the quotation comes
      // between it and its attribution.
      int close = Clauses.relativeEnd(toks, 0, 30);
      return close > 0 ? after(frame, toks.get(close).begin(), to) : null;
    }
    for (int v = 1; v < Math.min(toks.size(), 14); v++) {
      Tok t = toks.get(v);
      int close =
          RELATIVES.contains(t.lower()) && t.punctBefore() ? Clauses.relativeEnd(toks, v, 40) : -1;
      if (close > 0 && verbAt(toks, close, false)) {
        // "…," one official, who spoke on condition of anonymity because he was not authorized
        // to discuss the talks, said: the verb after the clause, however long, is the speaker's
        return phrases.resolveOrDescribe(frame, antecedentOf(toks, v));
      }
      Speaker quoted = quotedVerbAt(frame, toks, v);
      if (quoted != null) {
        return quoted;
      }
      if (verbAt(toks, v, false)) {
        if (!t.punctBefore()) {
          // "…," the minister would say: the subject stands before the modal
          int verb = afterModal(toks, v) ? v - 1 : v;
          Speaker subject = phrases.resolveOrDescribe(frame, subject(frame, toks, verb));
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
            : phrases.resolveOrDescribe(frame, subject(frame, toks, v));
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
   * The words naming who said what came before, when the words open by crediting it: "Those were
   * the words of X", "That was the verdict of …", "That is how X described it", or, right after the
   * quotation, "… was the message from X". Empty when they do not.
   */
  List<Tok> creditedTo(String text, List<Tok> toks) {
    // "Those were the words of X", or straight after the quotation, "… was the message from X"
    int be = !toks.isEmpty() && DEMONSTRATIVES.contains(toks.get(0).lower()) ? 1 : 0;
    if (toks.size() < 4 + be || !BE.contains(toks.get(be).lower())) {
      return List.of();
    }
    boolean how = be == 1 && toks.get(2).lower().equals("how");
    // "That is how one witness, a nurse named Ruth Ames, described it": an apposition between
    // commas may stand before the verb
    for (int i = be + 2; i < toks.size() && i <= (how ? HOW_WORDS : 6 + be); i++) {
      if (toks.get(i).punctBefore() && !(how && Tok.commaBefore(text, toks, i))) {
        return List.of();
      }
      if (how && verbAt(toks, i, false)) {
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
      if (verbAt(toks, v, false)) {
        return v > 4;
      }
    }
    return false;
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
    if (v + 1 >= toks.size()) {
      return null;
    }
    List<Tok> phrase = Clauses.clause(toks, v + 1);
    Speaker who = phrases.resolveOrDescribe(frame, phrase);
    int next = v + 1 + phrase.size();
    Speaker apposed = who != null && who.entity() == null ? nameInClause(frame, toks, next) : null;
    return apposed != null ? apposed : who;
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
      if (verbAt(toks, v, false)) {
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

  /** {@code X said: "…"}, {@code X described it as "…"} in the words before the opening mark. */
  @Nullable Speaker before(Frame frame, int from, int to) {
    List<Tok> toks = Tok.of(frame.text(), from, to);
    Speaker labelled = label(frame, toks, to);
    if (labelled != null) {
      return labelled;
    }
    for (int v = toks.size() - 1; v >= Math.max(0, toks.size() - 1 - MAX_AFTER_VERB); v--) {
      Tok t = toks.get(v);
      Speaker quoted = quotedVerbAt(frame, toks, v);
      if (quoted != null) {
        return quoted;
      }
      if (verbAt(toks, v, false)) {
        if (v >= 1 && toks.get(v - 1).lower().equals("was") && v + 1 < toks.size()) {
          continue;
        }
        List<Tok> phrase = subjectOfVerb(frame, toks, v);
        return phrase.isEmpty() ? null : phrases.resolve(frame, phrase);
      }
      if (v >= 1 && t.lower().equals("to") && toks.get(v - 1).lower().equals("according")) {
        // "According to the police chief, Maria Santos, "…"": the name in apposition speaks
        SpeakerPhrase.Source source = phrases.source(frame, toks, v + 1, true);
        return source != null && source.speaker().entity() != null
            ? source.speaker()
            : phrases.resolveOrDescribe(frame, Clauses.clause(toks, v + 1));
      }
    }
    return accordingTo(frame, toks);
  }

  /**
   * A quotation woven into a reported clause further back in its sentence: {@code X said the bomb …
   * and "would have …"}, {@code X called the sale a "significant step"}, {@code X declined …,
   * saying "…"}. The nearest reporting or framing verb before the quotation, outside other
   * quotations, gives the speaker: its subject, the sentence's first clause for a participle after
   * a comma, or the words after a verb that opens its clause ("Says X: …").
   */
  @Nullable Speaker framing(Frame frame, int from, int to) {
    List<Tok> toks = new ArrayList<>();
    for (Tok t : Tok.of(frame.text(), Frame.reachFrom(from, to), to)) {
      if (!frame.inQuote(t.begin())) {
        toks.add(t);
      }
    }
    Speaker unnamed = null;
    for (int v = toks.size() - 1; v >= 0; v--) {
      Tok t = toks.get(v);
      Speaker quoted = quotedVerbAt(frame, toks, v);
      if (quoted != null) {
        return quoted; // "X quoted Y as saying the detainees were "guests""
      }
      if (!verbAt(toks, v, true)) {
        continue;
      }
      boolean ing = t.lower().endsWith("ing");
      String previous = v > 0 ? toks.get(v - 1).lower() : "";
      if (ing
          && !t.punctBefore()
          && v > 0
          && !BE.contains(previous)
          && !COORDINATORS.contains(previous)) {
        continue; // "resolutions condemning the invasion": a noun's modifier, not a speech act
      }
      boolean participle = ing && t.punctBefore();
      boolean coordinated = v > 0 && COORDINATORS.contains(toks.get(v - 1).lower());
      // "…, who wept and cried "…"": the clause is on the one the relative stands for
      int relative = coordinated ? relativeBefore(toks, v) : -1;
      List<Tok> phrase =
          relative >= 0
              ? antecedentOf(toks, relative)
              : participle || coordinated
                  ? beforeOwnVerb(Clauses.sentenceSubject(toks))
                  : subjectOfVerb(frame, toks, v);
      Speaker who = phrase.isEmpty() ? null : phrases.resolve(frame, phrase);
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
   * A sentence's subject without the reporting verb that may close its first clause: "a senior
   * official said on condition of anonymity, adding …" is "a senior official".
   */
  private List<Tok> beforeOwnVerb(List<Tok> subject) {
    for (int i = 1; i < subject.size(); i++) {
      if (verbAt(subject, i, false)) {
        return subject.subList(0, i);
      }
    }
    return subject;
  }

  /**
   * Where the "who" or "which" stands that opens the clause of the verb at {@code v}, a few words
   * back and after a comma, or -1.
   */
  private static int relativeBefore(List<Tok> toks, int v) {
    for (int j = v - 1; j >= Math.max(0, v - 6); j--) {
      Tok t = toks.get(j);
      if (RELATIVES.contains(t.lower()) && t.punctBefore()) {
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
   * {@code open}, of a dozen words or fewer.
   */
  private static boolean shortLeadParagraph(Frame frame, int b, int e, int open) {
    String text = frame.text();
    boolean opens = b == 0 || text.startsWith("\n\n", Math.max(0, b - 2));
    return opens && text.substring(e, open).isBlank() && Tok.of(text, b, e).size() <= 12;
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
    List<Tok> lead = Tok.of(frame.text(), sentenceBegin, open);
    if (lead.isEmpty()
        || lead.size() > 3
        || !lead.get(0).lower().endsWith("ing")
        || !Character.isUpperCase(lead.get(0).text().charAt(0))
        || !verbAt(lead, 0, true)) {
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

  /**
   * The words naming who does the verb at {@code v}: the name before an apposition, else the words
   * before the verb back to its clause's start, else, for a verb that opens its clause, the words
   * after it.
   */
  private List<Tok> subjectOfVerb(Frame frame, List<Tok> toks, int v) {
    int issued = toks.get(v).lower().endsWith("ing") ? issuedWriting(toks, v) : -1;
    if (issued > 0) {
      return subject(frame, toks, issued); // "The ministry issued a statement saying"
    }
    List<Tok> phrase = apposed(toks, v);
    if (phrase.isEmpty()) {
      phrase = subject(frame, toks, v);
    }
    if (phrase.isEmpty() && Clauses.opensClause(toks, v)) {
      phrase = Clauses.clause(toks, v + 1);
    }
    return phrase;
  }

  /**
   * The verb of "issued a statement" that ends right before {@code end} ("released a statement:",
   * "put out a statement saying"), or -1: its subject is who speaks through the writing.
   */
  private int issuedWriting(List<Tok> toks, int end) {
    int noun = end - 1;
    if (noun < 2 || !words.writings.contains(toks.get(noun).lower())) {
      return -1;
    }
    int determiner = noun - 1;
    if (!DETERMINERS.contains(toks.get(determiner).lower())
        && Character.isLowerCase(toks.get(determiner).text().charAt(0))) {
      determiner--; // "issued a brief statement"
    }
    if (determiner < 1 || !DETERMINERS.contains(toks.get(determiner).lower())) {
      return -1;
    }
    int verb = determiner - 1;
    String w = toks.get(verb).lower();
    if (w.equals("out") && verb > 0) {
      verb--;
      w = toks.get(verb).lower();
    }
    boolean past = w.endsWith("ed") || ISSUED.contains(w);
    return past && Character.isLowerCase(toks.get(verb).text().charAt(0)) ? verb : -1;
  }

  /**
   * The name before an apposition that ends right before the verb at {@code v}: {@code X, chairman
   * and chief executive of Y, called}; empty when the words do not read so.
   */
  private List<Tok> apposed(List<Tok> toks, int v) {
    if (v < 2 || !toks.get(v).punctBefore()) {
      return List.of();
    }
    int a = Clauses.clauseStart(toks, v - 1);
    if (a == 0
        || Character.isUpperCase(toks.get(a).text().charAt(0))
            && !Clauses.possessive(toks, a, v)
            && !namesARole(toks, a, v)) {
      return List.of();
    }
    int b = Clauses.clauseStart(toks, a - 1);
    for (int k = 0; k < 2 && b > 0 && Clauses.listTail(toks, a, v); k++) {
      // "…, vice president of environment, technology and regulatory affairs, said": the last
      // items of a list inside the apposition, not a clause of their own
      a = b;
      b = Clauses.clauseStart(toks, a - 1);
    }
    int longest = 6;
    // "Jim Ross, a Newark, N.J., consultant, says": the capitalised clause is the end of a
    // description that opens with an article; the name stands before that description.
    int described = b > 0 ? Clauses.clauseStart(toks, b - 1) : 0;
    if (described > 0 && Clauses.ARTICLES.contains(toks.get(described).lower())) {
      b = Clauses.clauseStart(toks, described - 1);
      longest = 10;
    }
    return Clauses.named(toks, b, a) && a - b <= longest ? toks.subList(b, a) : List.of();
  }

  /**
   * Whether a capitalised apposition holds a role in lower case: "National Audubon Society senior
   * vice president for advocacy".
   */
  private boolean namesARole(List<Tok> toks, int a, int v) {
    for (int i = a + 1; i < v; i++) {
      Tok t = toks.get(i);
      if (Character.isLowerCase(t.text().charAt(0)) && words.roles.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  private boolean reportingVerbBefore(List<Tok> toks, int end) {
    for (int v = 1; v < end; v++) {
      if (verbAt(toks, v, false)) {
        return true;
      }
    }
    return false;
  }

  private boolean reportingVerbIn(List<Tok> toks, int from) {
    for (int v = Math.max(1, from); v < toks.size(); v++) {
      if (verbAt(toks, v, false)) {
        return true;
      }
    }
    return false;
  }

  /** A name alone before a colon, as in a transcript: {@code Brandt: "…"}. */
  private @Nullable Speaker label(Frame frame, List<Tok> toks, int open) {
    if (toks.isEmpty() || !afterColon(frame.text(), open)) {
      return null;
    }
    int start = Clauses.clauseStart(toks, toks.size() - 1);
    if (reportingVerbBefore(toks, start)) {
      // "X said from her home in Irving, Texas:": the place ends a reporting clause; its verb
      // gives the speaker.
      return null;
    }
    int issued = issuedWriting(toks, toks.size());
    if (issued > start) {
      List<Tok> phrase = subject(frame, toks, issued); // "The ministry released a statement:"
      return phrase.isEmpty() ? null : phrases.resolve(frame, phrase);
    }
    List<Tok> name = toks.subList(start, toks.size());
    if (!Clauses.capitalised(name)) {
      // "…, while Maes told supporters:": a reporting verb in the clause gives its own subject.
      return reportingVerbIn(toks, start) ? null : introducer(frame, toks);
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
      if (BE.contains(first.get(k).lower())) {
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
      return first.size() <= LONG_INTRODUCER ? leadingPerson(frame, first) : null;
    }
    if (first.size() <= 4 && PEOPLE_PRONOUNS.contains(first.get(0).lower())) {
      return phrases.resolve(frame, first.subList(0, 1)); // "She shot back: …"
    }
    Speaker who = phrases.resolve(frame, first);
    if (who != null && who.entity() != null && who.pronoun() == Speaker.Pronoun.NONE) {
      return who.entity().type() == EntityType.PERSON ? who : null;
    }
    Speaker apposed = nameInClause(frame, toks, first.size());
    // "The minister, speaking to reporters, was blunt:"
    return apposed != null ? apposed : described(frame, first);
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
   * The named speaker of the clause that starts at {@code i} with a name (in apposition to the
   * description before it), or null when there is none or it is only a pronoun.
   */
  private @Nullable Speaker nameInClause(Frame frame, List<Tok> toks, int i) {
    if (i >= toks.size()
        || !Clauses.named(toks, i, toks.size()) && !words.speakerNoun(toks.get(i).lower())) {
      return null; // "said a statement from the group, read over Radio Monte Carlo"
    }
    Speaker who = phrases.resolve(frame, Clauses.clause(toks, i));
    return who != null && who.entity() != null && who.pronoun() == Speaker.Pronoun.NONE
        ? who
        : null;
  }

  /** {@code CCTV quoted Li as saying}, {@code Li was quoted by CCTV as saying}. */
  private @Nullable Speaker quotedAs(Frame frame, List<Tok> toks, int v) {
    int as = Clauses.asSaying(toks, v);
    if (as < 0) {
      return null;
    }
    if (v >= 1 && toks.get(v - 1).lower().equals("was")) {
      return phrases.resolve(frame, subject(frame, toks, v - 1));
    }
    return phrases.resolve(frame, toks.subList(v + 1, as));
  }

  /**
   * The speaker a sentence right after a quotation names as its source: {@code "…." That was how
   * Tomas Berg put it}, {@code So said the mayor}, {@code Those were the words of X}. The quotation
   * must end its sentence, and the next must follow in the same paragraph.
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
    if (!between.isBlank() || between.contains("\n\n")) {
      return null;
    }
    int b = sentences.begin(i);
    List<Tok> toks = Tok.of(text, b, Math.min(sentences.end(i), b + Frame.REACH));
    if (toks.size() < 3) {
      return null;
    }
    String first = toks.get(0).lower();
    String second = toks.get(1).lower();
    if (ECHO_OPENERS.contains(first) && BE.contains(second) && toks.get(2).lower().equals("how")) {
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
            && BE.contains(second)
            && toks.get(3).lower().equals("words")
            && toks.get(4).lower().equals("of");
    return wordsOf ? phrases.resolve(frame, Clauses.clause(toks, 5)) : null;
  }

  /** {@code according to X} anywhere in the words. */
  private @Nullable Speaker accordingTo(Frame frame, List<Tok> toks) {
    for (int i = 0; i + 2 < toks.size(); i++) {
      if (toks.get(i).lower().equals("according") && toks.get(i + 1).lower().equals("to")) {
        SpeakerPhrase.Source source = phrases.source(frame, toks, i + 2, true);
        return source == null ? null : source.speaker();
      }
    }
    return null;
  }

  private boolean isVerb(List<Tok> toks, int i) {
    Tok t = toks.get(i);
    return words.speechVerbs.contains(t.lower())
        || words.pluralSpeechVerbs.contains(t.lower()) && afterPlural(toks, i);
  }

  /** Whether a modal stands right before the word at {@code i}: "would say", "did tell". */
  private static boolean afterModal(List<Tok> toks, int i) {
    return i > 0 && !toks.get(i).punctBefore() && MODALS.contains(toks.get(i - 1).lower());
  }

  /** Whether a plural noun or "they" stands right before the word at {@code i}, in its clause. */
  private static boolean afterPlural(List<Tok> toks, int i) {
    if (i == 0 || toks.get(i).punctBefore()) {
      return false;
    }
    String before = toks.get(i - 1).lower();
    return before.equals("they")
        || before.length() > 3 && Tok.looksPlural(before) && !NOT_PLURAL.contains(before);
  }

  /**
   * Whether the word at {@code i} is a reporting or framing verb; a capitalised word right after
   * another is part of a name ("United States"), not a verb.
   */
  boolean verbAt(List<Tok> toks, int i, boolean framingToo) {
    Tok t = toks.get(i);
    boolean listed =
        isVerb(toks, i)
            || framingToo && words.framingVerbs.contains(t.lower())
            || i + 1 < toks.size()
                && words.phrasalVerbs.contains(t.lower() + " " + toks.get(i + 1).lower());
    if (listed && PLEADED.contains(t.lower()) && i + 1 < toks.size()) {
      // "pleaded guilty to 'conspiracy to commit wire fraud'": a plea in court names a charge
      listed = !PLEAS.contains(toks.get(i + 1).lower());
    }
    if (listed && READ.contains(t.lower())) {
      // "the opinion read", "a statement from the union reads", "…," read a statement from X; but
      // not "I read many times that …"
      return writingBefore(toks, i) || i == 0 && writingAfter(toks);
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
   * Where the "of" stands that a list of names ending at {@code first} hangs from ("of France,
   * Germany and Italy"), or -1: only capitalised words and commas may come between.
   */
  private static int listAfterOf(List<Tok> toks, int first) {
    for (int j = first - 1; j >= Math.max(0, first - 8); j--) {
      Tok t = toks.get(j);
      if (t.lower().equals("of") && !toks.get(j + 1).punctBefore()) {
        return j;
      }
      if (!Character.isUpperCase(t.text().charAt(0))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether a writing or an inscription is named among the few words of the clause before {@code
   * i}.
   */
  /** Whether a writing opens the words after a verb that opens them: {@code read a statement}. */
  private boolean writingAfter(List<Tok> toks) {
    for (int j = 1; j < Math.min(toks.size(), 4); j++) {
      if (words.writings.contains(toks.get(j).lower()) || INSCRIBED.contains(toks.get(j).lower())) {
        return true;
      }
      if (toks.get(j).punctBefore()) {
        return false;
      }
    }
    return false;
  }

  private boolean writingBefore(List<Tok> toks, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 5); j--) {
      String w = toks.get(j).lower();
      if (words.writings.contains(w) || INSCRIBED.contains(w)) {
        return true;
      }
      if (toks.get(j).punctBefore()) {
        return false;
      }
    }
    return false;
  }

  /**
   * The words before the verb at {@code v}, back to the start of its clause; an apposition between
   * commas ("X, head of Y, told") is stepped over to the name before it.
   */
  private List<Tok> subject(Frame frame, List<Tok> toks, int v) {
    if (v > 1 && !toks.get(v).punctBefore() && PERSONAL.contains(toks.get(v - 1).lower())) {
      // "When asked about the dress she said": the pronoun speaks. Not "it" or "they", which
      // follow their noun in "the doctors it says perform …" and "poems they wrote".
      return toks.subList(v - 1, v);
    }
    int start = v;
    int steppedOver = 0; // appositions stepped over: "X, publisher of Y, a trade newsletter, said"
    while (start > 0 && v - start < 12) {
      Tok t = toks.get(start - 1);
      if (RELATIVES.contains(t.lower())
          && t.punctBefore()
          && (start == v || toks.get(v).punctBefore())) {
        return antecedentOf(toks, start - 1);
      }
      if (t.lower().equals("and") && start < v && Clauses.pairedName(toks, start - 1)) {
        int both = Clauses.nameBefore(toks, start - 1); // "Mr. Hart and Ms. Lowe said"
        int of = listAfterOf(toks, both);
        if (of > 0) {
          start = of; // "the leaders of France, Germany and Italy said": the head speaks
          continue;
        }
        if (SpeakerPhrase.joint(frame, toks.subList(both, v)) != null) {
          start = both;
        }
        break;
      }
      if (CLAUSE_STARTS.contains(t.lower())
          || start < v && RELAYED.contains(toks.get(v).lower()) && RELAYED.contains(t.lower())) {
        break;
      }
      start--;
      if (t.punctBefore() || start == 0) {
        boolean apposition =
            Character.isLowerCase(t.text().charAt(0)) && !Clauses.PRONOUNS.contains(t.lower())
                || PARTY_TAG.matcher(t.text()).matches();
        if (steppedOver < 2 && start > 0 && apposition && toks.get(v).punctBefore()) {
          steppedOver++;
          continue;
        }
        break;
      }
    }
    List<Tok> phrase = new ArrayList<>(toks.subList(start, v));
    if (phrase.size() > 2
        && BE.contains(phrase.get(0).lower())
        && phrase.get(1).lower().equals("all")) {
      phrase.subList(0, 2).clear(); // "…," was all the minister would say
    }
    while (!phrase.isEmpty() && Clauses.adverb(phrase.get(phrase.size() - 1))) {
      phrase.remove(phrase.size() - 1);
    }
    return phrase;
  }

  private boolean definiteBody(@Nullable String description) {
    return description != null
        && description.toLowerCase(Locale.ROOT).startsWith("the ")
        && !writtenBy(description);
  }

  /**
   * The person named right before the colon that ends the sentence before a quotation, perhaps with
   * a description after the name: "…, such as Dr Samir Haddad:", "Below is a statement by Ana Ruiz,
   * director of the program:".
   */
  private static @Nullable Speaker nameBeforeColon(Frame frame, int b, int open) {
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
        return new Speaker(p.entity(), null);
      }
      from = p.end();
    }
  }

  /** A word of a title before a name: "Coach", "Police", "Chief", "Sen.". */
  private boolean titleWord(Tok t) {
    String w = t.lower().replace(".", "");
    return words.titleWord(w)
        || words.abbreviatedTitles.contains(w)
        || words.honorifics.contains(w);
  }

  /**
   * The words a relative pronoun at {@code r} stands for: the name before its comma, as in {@code
   * Goldstein, who said it was "…"}, or the noun phrase that opens with an article before the first
   * speaker noun ({@code cites a source familiar with Ross's talks, who …}).
   */
  private List<Tok> antecedentOf(List<Tok> toks, int r) {
    int start = r;
    while (start > 0 && r - start < 10) {
      start--;
      if (toks.get(start).punctBefore()) {
        break;
      }
    }
    // the head noun comes first: "a spokeswoman for the company, which …", "the wife of the
    // senator, who …"
    for (int i = start; i < r; i++) {
      String w = toks.get(i).lower();
      if (words.speakerNoun(w)) {
        for (int a = i - 1; a >= Math.max(start, i - 3); a--) {
          if (Clauses.ARTICLES.contains(toks.get(a).lower())) {
            return toks.subList(a, r);
          }
        }
        break;
      }
    }
    // else the last few words, from their first article: "held back [a clerk outside the bank]"
    int from = Math.max(start, r - 6);
    for (int a = from; a < r - 1; a++) {
      if (Clauses.ARTICLES.contains(toks.get(a).lower())) {
        return toks.subList(a, r);
      }
    }
    return toks.subList(from, r);
  }
}
