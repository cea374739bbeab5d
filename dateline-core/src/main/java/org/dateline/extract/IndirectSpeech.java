package org.dateline.extract;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.dateline.model.EntityType;
import org.dateline.model.Quote;
import org.jspecify.annotations.Nullable;

/**
 * Reads reported speech in a sentence without quotation marks: "X said (that) …", "…, X said",
 * "according to X, …", "…, according to X" and "X was quoted by Y as saying …". The speaker must
 * read as one (a name, a pronoun, a role or an official body), so that "the results said little" is
 * not speech.
 */
final class IndirectSpeech {
  /** Characters a reported clause may end with: a bracket, a percent or a degree sign. */
  private static final String KEPT_AT_END = ")%\u00b0\u2030";

  /** The signs that close a figure: percent, per mille and degree. */
  private static final Set<String> SIGNS = Set.of("%", "\u2030", "\u00b0");

  private static final Set<String> SKIP = Set.of("that", "on", "in", "at", "yesterday", "today");

  private static final Set<String> ADVERBIAL =
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
  private static final int ADVERBIAL_WORDS = 6;

  /** A day named straight after the verb, "said Monday …"; not a month, which may be a name. */
  private static final Set<String> SAID_ON =
      Set.of(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tonight");

  private static final Set<String> PART_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

  /** Prepositions that open a long phrase of when or where after the verb. */
  private static final Set<String> PLACED = Set.of("in", "at", "on", "during", "after");

  /** How far from the sentence's end a closing verb may stand before such a phrase. */
  private static final int CLOSING_WORDS = 20;

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
  // How far into a sentence its reporting verb is looked for, past an opening phrase or an
  // apposition ("Asked if … had his partner been with him, Waldie said …").
  private static final int SUBJECT_WORDS = 20;
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

  /**
   * The longest attribution set inside a sentence: "a spokeswoman for the ministry said Tuesday".
   */
  private static final int ATTRIBUTION_WORDS = 10;

  /** Words after an inner attribution that carry the narrative on rather than the speech. */
  private static final Set<String> NARRATIVE =
      Set.of("but", "and", "while", "as", "yet", "whereas", "which", "who");

  /** Words that open a clause bound to the one before or after it. */
  private static final Set<String> SUBORDINATE =
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

  private static final Set<String> TELLING = Set.of("told", "tells", "tell");
  private static final Set<String> AMOUNTS = Set.of("little", "nothing", "much", "less", "more");
  private static final Set<String> AMOUNT_OBJECTS =
      Set.of("about", "of", "on", "to", "else", "more", "publicly", "further");
  private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "being");
  private static final int LISTENER_WORDS = 5;
  // Words that open a reported clause after "told" and its listener, and the verbs that show one.
  private static final Set<String> OPENERS =
      Set.of("the", "he", "she", "it", "they", "we", "i", "his", "her", "their", "its", "there");
  private static final Set<String> FINITE =
      Set.of(
          "would", "will", "was", "were", "is", "are", "had", "has", "have", "could", "can",
          "should", "may", "might", "must", "did", "does");

  private final Words words;
  private final SpeakerPhrase phrases;

  IndirectSpeech(Words words) {
    this.words = words;
    this.phrases = new SpeakerPhrase(words);
  }

  /**
   * The reported speech of the sentence {@code text[begin, end)}, or null.
   *
   * @param previous the last speech before the sentence nearby, which an "it" or "they" that names
   *     no one carries on ("The navy said … . The pirates would be handed over, it said."), or
   *     null; looked up only for such a pronoun
   */
  @Nullable Quote read(Frame frame, int begin, int end, Supplier<@Nullable Quote> previous) {
    String text = frame.text();
    List<Tok> toks = Tok.of(text, begin, end);
    if (toks.size() < 5 || toks.size() > 80) {
      return null;
    }
    if (toks.get(0).lower().equals("according") && toks.get(1).lower().equals("to")) {
      SpeakerPhrase.Source source = phrases.source(frame, toks, 2, false);
      if (source != null && source.end() < toks.size() - 2) {
        return reported(frame, previous, source.speaker(), toks.get(source.end()).begin(), end);
      }
    }
    Quote carried = quotedAsSaying(frame, previous, toks, end);
    if (carried != null) {
      return carried;
    }
    // the verb's clause ends before what the speaker added ("…, the bank said, adding it had …";
    // the addendum is read by Addenda)
    int last = Addenda.lastBefore(toks);
    Quote framed =
        medial(
            frame,
            previous,
            toks,
            begin,
            last == toks.size() - 1 ? end : toks.get(last).end(),
            last);
    if (framed != null) {
      return framed;
    }
    int comma = -1;
    int subjectEnd = -1;
    for (int v = 1; v < Math.min(toks.size() - 2, SUBJECT_WORDS); v++) {
      // "5% of web designers said …": a figure's sign breaks no clause
      boolean punct = toks.get(v).punctBefore() && !SIGNS.contains(Tok.between(text, toks, v));
      boolean verb = saying(toks, v);
      if (punct && comma < 0) {
        comma = v;
        subjectEnd = v;
      } else if (punct && !verb && v == comma + 1 && age(frame.text(), toks, comma)) {
        comma = v; // "Li, 64, the premier, said …": the age stands before the apposition
      } else if (punct && verb) {
        // "Li, 64, said …", "Li, the premier, said …": the name before the apposition speaks;
        // "A spokeswoman for X, Hélène Marchetti, said …": a name in the apposition does.
        List<Tok> inner = toks.subList(comma, v);
        // "Musk, who also runs SpaceX, told …": a relative clause describes the name before it
        Speaker named =
            SpeakerPhrase.RELATIVE_CLAUSE.contains(inner.get(0).lower())
                ? null
                : phrases.resolve(frame, inner);
        List<Tok> subject =
            named != null && named.entity() != null ? inner : toks.subList(0, subjectEnd);
        Quote apposed = attributed(frame, previous, subject, said(toks, v), end);
        if (apposed != null) {
          return apposed;
        }
        break;
      } else if (punct) {
        break;
      }
      if (verb && comma < 0) {
        return attributed(frame, previous, toks.subList(subject(toks, v), v), said(toks, v), end);
      }
      // "The fleet, which Lang said was ready, sailed": a relative clause reports on its noun
      if (verb
          && v + 1 < toks.size()
          && !onlyWhenOrWhere(toks, v + 1)
          && !SpeakerPhrase.RELATIVE_CLAUSE.contains(toks.get(comma).lower())) {
        // "Speaking in parliament, Olsson said …", "On Tuesday, the minister said …": the
        // words between the opening phrase and the verb speak.
        Quote opened = attributed(frame, previous, toks.subList(comma, v), said(toks, v), end);
        if (opened != null) {
          return opened;
        }
      }
    }
    // the verb ends the sentence, or its clause before what the speaker added
    for (int v = last; v >= Math.max(2, last - CLOSING_WORDS); v--) {
      Tok t = toks.get(v);
      int after = afterListener(toks, v);
      // near the end, the verb may end its clause; further back, only a long phrase of when and
      // where may follow it ("Since the boy is so young, Meissner said, the INS …" reports after)
      if (closes(t.lower())
          && !PASSIVE.contains(toks.get(v - 1).lower())
          && (v >= last - 6
              ? onlyWhenOrWhere(toks, after)
              : after < toks.size()
                  && !toks.get(after).punctBefore()
                  && longWhenOrWhere(toks, after))) {
        int start = v - 1;
        while (start > 0 && !toks.get(start).punctBefore()) {
          start--;
        }
        // "…, which happened to a real person, told simply": a relative clause reports nothing
        if (start > 1 && !SpeakerPhrase.RELATIVE_CLAUSE.contains(toks.get(start).lower())) {
          return attributed(
              frame, previous, toks.subList(start, v), begin, toks.get(start - 1).end());
        }
      }
    }
    return accordingAtEnd(frame, previous, toks, begin, last);
  }

  /**
   * Speech with its attribution set inside it between commas: "Since the plant is so old, Hartmann
   * said, the regulator would …", "The talks, according to two diplomats, broke down …". The words
   * on both sides speak, joined by an ellipsis where the attribution stood. Null when no such
   * attribution names a speaker, or when the words after it do not go on with the speech.
   *
   * @param to where the speech ends: the sentence's end, or where an addendum opens
   * @param last the index of the last word of the speech
   */
  private @Nullable Quote medial(
      Frame frame, Supplier<@Nullable Quote> previous, List<Tok> toks, int from, int to, int last) {
    String text = frame.text();
    for (int s = 1; s < last; s++) {
      int c = nextPunct(toks, s);
      if (c < 0
          || c > last
          || c - s > ATTRIBUTION_WORDS
          || !Tok.commaBefore(text, toks, s)
          || !Tok.commaBefore(text, toks, c)
          || !goesOn(toks, s, c, last)) {
        continue;
      }
      Speaker who = attribution(frame, toks, s, c);
      if (who != null) {
        return reported(frame, previous, who, from, toks.get(s - 1).end(), toks.get(c).begin(), to);
      }
    }
    return null;
  }

  /** "…, according to X." ending the words up to {@code last}: the words before speak. */
  private @Nullable Quote accordingAtEnd(
      Frame frame, Supplier<@Nullable Quote> previous, List<Tok> toks, int from, int last) {
    String text = frame.text();
    for (int s = last - 2; s > 1; s--) {
      if (Tok.commaBefore(text, toks, s)) {
        Speaker who = source(frame, toks, s, last + 1);
        if (who != null) {
          return reported(frame, previous, who, from, toks.get(s - 1).end());
        }
      }
    }
    return null;
  }

  /**
   * Who speaks in the words {@code toks[s, c)} set off by commas: "Hartmann said", "a spokeswoman
   * said on Tuesday", "Ortega told reporters" or "according to two diplomats"; null when they do
   * not read as an attribution.
   */
  private @Nullable Speaker attribution(Frame frame, List<Tok> toks, int s, int c) {
    Speaker according = source(frame, toks, s, c);
    if (according != null) {
      // "…, according to Ann Lee, a lecturer at …": the words after describe the source
      return describes(toks, c) ? null : according;
    }
    for (int v = s + 1; v < c; v++) {
      if (closes(toks.get(v).lower()) && !PASSIVE.contains(toks.get(v - 1).lower())) {
        int after = afterListener(toks, v);
        boolean when =
            after >= c
                || whenOrWhere(toks.get(after).lower())
                || SAID_ON.contains(toks.get(after).lower());
        return when ? phrases.resolve(frame, toks.subList(s, v)) : null;
      }
    }
    return null;
  }

  /** The source named by "according to …" in {@code toks[s, c)}, when those words are just that. */
  private @Nullable Speaker source(Frame frame, List<Tok> toks, int s, int c) {
    if (c - s < 3
        || !toks.get(s).lower().equals("according")
        || !toks.get(s + 1).lower().equals("to")) {
      return null;
    }
    SpeakerPhrase.Source source = phrases.source(frame, toks, s + 2, false);
    return source != null && source.end() == c ? source.speaker() : null;
  }

  /**
   * Whether the words at {@code c} describe someone rather than go on with a clause: "a lecturer at
   * …", "senior product manager of …", "the firm's chief economist".
   */
  private boolean describes(List<Tok> toks, int c) {
    String first = toks.get(c).lower();
    if (first.equals("a") || first.equals("an") || role(first)) {
      return true;
    }
    if (!first.equals("the")) {
      return false;
    }
    for (int i = c + 1; i < Math.min(toks.size(), c + 4); i++) {
      if (role(toks.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  private boolean role(String lower) {
    return words.titleWord(lower) || words.speakerNoun(lower);
  }

  /**
   * Whether the words from {@code c} to {@code last}, after an attribution that starts at {@code
   * s}, go on with the speech before it. They must not say only when or where it was said, nor open
   * with a participle ("citing …"), a relative pronoun or a conjunction that carries the narrative
   * on ("…, but aid convoys …"). After a whole clause ("Exports fell, the office said, …") they
   * must open with a word that binds them to it ("because", "unless"): a phrase set after it is the
   * writer's ("…, the government said, evidence that …").
   */
  private boolean goesOn(List<Tok> toks, int s, int c, int last) {
    String first = toks.get(c).lower();
    boolean open = s <= 3 || SUBORDINATE.contains(toks.get(0).lower()) || !finiteWithin(toks, 0, s);
    return last - c >= 2
        && !NARRATIVE.contains(first)
        && !first.endsWith("ing")
        && !(toks.size() - c <= ADVERBIAL_WORDS && whenOrWhere(first))
        && !longWhenOrWhere(toks, c)
        && (open || SUBORDINATE.contains(first) || first.equals("that"));
  }

  /**
   * Whether a finite verb, a negated one ("didn't") or a word with a past tense's ending stands in
   * {@code toks[b, e)}.
   */
  private static boolean finiteWithin(List<Tok> toks, int b, int e) {
    for (int i = b; i < e; i++) {
      String w = toks.get(i).lower();
      if (FINITE.contains(w)
          || w.endsWith("n't")
          || w.endsWith("n’t")
          || w.length() > 3 && w.endsWith("ed")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the subject of the verb at {@code v} starts: after the last word before it that opens a
   * bound clause ("… since 38% of employees say …"), or at the sentence's start.
   */
  private static int subject(List<Tok> toks, int v) {
    for (int i = v - 2; i >= 0; i--) {
      if (SUBORDINATE.contains(toks.get(i).lower())) {
        // a subject opens with a name, a figure, an article or a pronoun; "since student
        // protests that …" has a noun, not a verb, after its subject
        Tok first = toks.get(i + 1);
        char c = first.text().charAt(0);
        boolean opens =
            Character.isUpperCase(c)
                || Character.isDigit(c)
                || Clauses.ARTICLES.contains(first.lower())
                || Clauses.PRONOUNS.contains(first.lower());
        return opens ? i + 1 : 0;
      }
    }
    return 0;
  }

  /** Whether the word at {@code i} is an age set off by commas: "Li, 64, …", not "46% of …". */
  private static boolean age(String text, List<Tok> toks, int i) {
    Tok t = toks.get(i);
    return t.text().length() <= 3
        && t.text().chars().allMatch(Character::isDigit)
        && i + 1 < toks.size()
        && Tok.commaBefore(text, toks, i + 1);
  }

  /**
   * "X was quoted by CCTV as saying …" and "CCTV quoted X as saying …": X speaks, not whoever
   * carried the words. Null when the sentence does not read so.
   */
  private @Nullable Quote quotedAsSaying(
      Frame frame, Supplier<@Nullable Quote> previous, List<Tok> toks, int end) {
    for (int q = 1; q < Math.min(toks.size() - 3, SUBJECT_WORDS); q++) {
      if (!words.quotedVerbs.contains(toks.get(q).lower())) {
        continue;
      }
      int as = Clauses.asSaying(toks, q);
      int s = as + 1; // "saying"
      if (as < 0 || s + 1 >= toks.size()) {
        return null;
      }
      boolean passive = PASSIVE.contains(toks.get(q - 1).lower());
      List<Tok> speaker = passive ? toks.subList(0, q - 1) : toks.subList(q + 1, as);
      int from = toks.get(s + 1).lower().equals("that") ? s + 2 : s + 1;
      return speaker.isEmpty() || from >= toks.size()
          ? null
          : attributed(frame, previous, speaker, toks.get(from).begin(), end);
    }
    return null;
  }

  /**
   * Whether the words from {@code from} to the sentence's end say only when or where something was
   * said ("…, the mayor said on Monday."), so that the reported words stand before the verb, not
   * after it ("…, Waldie said there was no way to know.").
   */
  private boolean onlyWhenOrWhere(List<Tok> toks, int from) {
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
  private boolean longWhenOrWhere(List<Tok> toks, int from) {
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

  /** Whether a word opens when or where something was said: "on Monday", "as dawn broke". */
  private boolean whenOrWhere(String first) {
    return ADVERBIAL.contains(first)
        || WHEN_SAID.contains(first)
        || words.timeWords.contains(first);
  }

  private @Nullable Quote attributed(
      Frame frame, Supplier<@Nullable Quote> previous, List<Tok> phrase, int from, int to) {
    return reported(frame, previous, phrases.resolve(frame, phrase), from, to);
  }

  /** The words from {@code from} to {@code to} as {@code who}'s reported speech, or null. */
  private @Nullable Quote reported(
      Frame frame, Supplier<@Nullable Quote> previous, @Nullable Speaker who, int from, int to) {
    return reported(frame, previous, who, from, to, to, to);
  }

  /**
   * The words from {@code from} to {@code to}, but for the attribution {@code [cut, resume)} inside
   * them, as {@code who}'s reported speech, or null.
   */
  private @Nullable Quote reported(
      Frame frame,
      Supplier<@Nullable Quote> previous,
      @Nullable Speaker who,
      int from,
      int cut,
      int resume,
      int to) {
    String text = frame.text();
    Quote carried = who == null || who.known() ? null : carriedOn(who, previous.get());
    if (who == null || !who.known() && carried == null) {
      return null;
    }
    int b = start(text, from, to);
    int e = end(text, b, to);
    if (e - b < 12 || saidAmount(Tok.of(text, b, e))) {
      return null;
    }
    String words =
        cut < e
            ? text.substring(b, end(text, b, cut))
                + " … "
                + text.substring(start(text, resume, e), e)
            : text.substring(b, e);
    return carried != null
        ? QuoteReader.spokenBy(carried, b, e, words, Quote.Kind.INDIRECT)
        : QuoteReader.quote(b, e, words, who, Quote.Kind.INDIRECT);
  }

  /** Where the words from {@code from} start, past punctuation and space. */
  private static int start(String text, int from, int to) {
    int b = from;
    while (b < to && !Character.isLetterOrDigit(text.charAt(b))) {
      b++;
    }
    return b;
  }

  /**
   * Where the words before {@code to} end, before trailing punctuation, but not before what closes
   * a figure or a bracket ("rose 12%").
   */
  private static int end(String text, int from, int to) {
    int e = to;
    while (e > from
        && !Character.isLetterOrDigit(text.charAt(e - 1))
        && KEPT_AT_END.indexOf(text.charAt(e - 1)) < 0) {
      e--;
    }
    return e;
  }

  /**
   * The speech whose speaker an unresolved "it" or "they" carries on, or null: "it" a body or a
   * place ("the navy", an organisation or a country), "they" a group described in the plural.
   */
  private static @Nullable Quote carriedOn(Speaker pronoun, @Nullable Quote previous) {
    if (previous == null || previous.speaker() == null && previous.description() == null) {
      return null;
    }
    String key = previous.speakerKey();
    String described = previous.description();
    boolean plural = QuoteReader.plural(new Speaker(null, described));
    return switch (pronoun.pronoun()) {
      case THING ->
          key != null
                      && (key.startsWith(EntityType.ORGANIZATION.idPrefix())
                          || key.startsWith(EntityType.LOCATION.idPrefix()))
                  || key == null && described != null && !plural
              ? previous
              : null;
      case GROUP -> key == null && plural ? previous : null;
      default -> null;
    };
  }

  /**
   * Whether what follows the verb is how much was said, not what: "said little about the causes",
   * "said nothing of the talks". "said nothing had changed" reports a clause and stays.
   */
  private static boolean saidAmount(List<Tok> reported) {
    return reported.size() > 1
        && AMOUNTS.contains(reported.get(0).lower())
        && AMOUNT_OBJECTS.contains(reported.get(1).lower());
  }

  /**
   * Whether the word at {@code v} reports speech that follows it: "said", "says", "stated"; "told"
   * with its listener and then "that" ("told NRK that …"); or any other reporting verb followed by
   * "that", directly or after when or where ("warned that …", "added on Monday that …").
   */
  private boolean saying(List<Tok> toks, int v) {
    String w = toks.get(v).lower();
    if (v > 0 && toks.get(v - 1).lower().equals("to")) {
      return false; // "called police to tell them what she had done": an infinitive reports nothing
    }
    // "the company was told its business would explode": the one told does not speak
    boolean told = v == 0 || !PASSIVE.contains(toks.get(v - 1).lower());
    return reports(w)
        || TELLING.contains(w) && told && thatAfter(toks, v + 1) > 0
        || words.speechVerbs.contains(w) && thatFollows(toks, v + 1)
        || phrasal(toks, v) && thatFollows(toks, v + 2);
  }

  /** Whether the words at {@code v} and after are a two-word reporting verb ("pointed out"). */
  private boolean phrasal(List<Tok> toks, int v) {
    return v + 1 < toks.size()
        && words.phrasalVerbs.contains(toks.get(v).lower() + " " + toks.get(v + 1).lower());
  }

  /** Whether "that" opens the words at {@code i}, or follows an adverbial there. */
  private static boolean thatFollows(List<Tok> toks, int i) {
    if (i >= toks.size() - 1 || toks.get(i).punctBefore()) {
      return false;
    }
    return toks.get(i).lower().equals("that") || afterAdverbial(toks, i) > i;
  }

  /**
   * A reporting verb whose reported words follow it: "said", "says", "say", "saying", "stated". Not
   * "shares" or "states", which are nouns as often ("BellSouth shares fell").
   */
  private static boolean reports(String lower) {
    return REPORTS.contains(lower);
  }

  /**
   * Whether a verb ending the sentence after its subject reports the words before them: "…, he
   * added.", "…, the bank warned on Monday." Only a past form: at a sentence's end "comments" or
   * "estimates" is a noun. A gesture ("…, she smiled") reports nothing.
   */
  private boolean closes(String lower) {
    return REPORTS.contains(lower)
        || words.speechVerbs.contains(lower)
            && (lower.endsWith("ed") || lower.equals("told") || lower.equals("wrote"))
            && !GESTURES.contains(lower);
  }

  /** Where the words after "told" and its short listener start: "…, officials told reporters." */
  private int afterListener(List<Tok> toks, int v) {
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

  /**
   * Where the reported words start after "told" and its listener: just after a "that" within the
   * listener's few words from {@code i}, or, without "that", at a clause that opens with a subject
   * and has a verb within a few words ("told shareholders the plant would reopen"); else -1.
   */
  private static int thatAfter(List<Tok> toks, int i) {
    int that = thatWithin(toks, i, LISTENER_WORDS, true);
    if (that > 0) {
      return that;
    }
    for (int j = i + 1; j < Math.min(toks.size() - 1, i + LISTENER_WORDS); j++) {
      if (toks.get(j).punctBefore()) {
        return -1;
      }
      if (OPENERS.contains(toks.get(j).lower()) && verbSoonAfter(toks, j + 1)) {
        return j;
      }
      // "told analysts demand was strong": a bare noun and its verb after the listener
      if (j + 1 < toks.size()
          && FINITE.contains(toks.get(j + 1).lower())
          && Character.isLowerCase(toks.get(j).text().charAt(0))
          && !toks.get(j + 1).punctBefore()) {
        return j;
      }
    }
    return -1;
  }

  /** Whether a finite verb comes within a few words from {@code i}. */
  private static boolean verbSoonAfter(List<Tok> toks, int i) {
    for (int j = i; j < Math.min(toks.size(), i + 4); j++) {
      if (FINITE.contains(toks.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index just after a "that" among the words after {@code i}, before index {@code i + span}
   * (and before a punctuation mark, when {@code inClause}), or -1.
   */
  private static int thatWithin(List<Tok> toks, int i, int span, boolean inClause) {
    for (int j = i + 1; j < Math.min(toks.size() - 1, i + span); j++) {
      if (inClause && toks.get(j).punctBefore()) {
        return -1;
      }
      if (toks.get(j).lower().equals("that")) {
        return j + 1;
      }
    }
    return -1;
  }

  /**
   * Where the words reported by the verb at {@code v} begin: past "that", and past when it was said
   * ("said on Friday it would …").
   */
  private int said(List<Tok> toks, int v) {
    int told = TELLING.contains(toks.get(v).lower()) ? thatAfter(toks, v + 1) : -1;
    if (told > 0) {
      return toks.get(told).begin();
    }
    int first = phrasal(toks, v) ? v + 2 : v + 1;
    int from = afterAdverbial(toks, first);
    boolean thatSeen = from != first;
    if (!thatSeen) {
      // "said Monday (that) he would …": when it was said, straight after the verb
      int when = from;
      while (when < toks.size() - 2
          && (when == from ? SAID_ON : PART_OF_DAY).contains(toks.get(when).lower())
          && !toks.get(when + 1).punctBefore()
          && Character.isLetter(toks.get(when + 1).text().charAt(0))) {
        when++;
      }
      from = when > first && toks.get(when).lower().equals("that") ? when + 1 : when;
    }
    while (from < toks.size() - 1 && SKIP.contains(toks.get(from).lower()) && from <= v + 2) {
      // "said that at the close of business …": what follows "that" is the clause
      boolean that = toks.get(from).lower().equals("that");
      from++;
      if (that) {
        break;
      }
    }
    if (from > v + 1 && ADVERBIAL.contains(toks.get(from - 1).lower())) {
      int when = from;
      while (when < toks.size() - 1
          && when < from + 2
          && words.timeWords.contains(toks.get(when).lower())) {
        when++;
      }
      from = when;
    }
    if (!thatSeen
        && from > first
        && ADVERBIAL.contains(toks.get(first).lower())
        && toks.size() - from < 4) {
      return toks.get(toks.size() - 1).end(); // "said in an interview.": where, not what
    }
    return toks.get(from).begin();
  }

  /**
   * Where the reported words start when the verb is followed by when or where it was said and then
   * "that" ("said on Monday that …", "said in a statement that …"): after the "that". Otherwise
   * {@code i} itself.
   */
  private static int afterAdverbial(List<Tok> toks, int i) {
    if (i >= toks.size() || !ADVERBIAL.contains(toks.get(i).lower())) {
      return i;
    }
    int after = thatWithin(toks, i, ADVERBIAL_WORDS, false);
    return after > 0 ? after : i;
  }

  private static int nextPunct(List<Tok> toks, int from) {
    for (int i = from + 1; i < toks.size(); i++) {
      if (toks.get(i).punctBefore()) {
        return i;
      }
    }
    return -1;
  }
}
