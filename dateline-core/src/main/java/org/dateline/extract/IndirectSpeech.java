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

  // The most words of a phrase of where and when, without a comma, between a reporting verb and
  // its "that": "said in a statement posted on its website late on Monday that …".
  private static final int LONG_ADVERBIAL_WORDS = 12;

  /** The signs that close a figure: percent, per mille and degree. */
  private static final Set<String> SIGNS = Set.of("%", "\u2030", "\u00b0");

  private static final Set<String> SKIP = Set.of("that", "on", "in", "at", "yesterday", "today");

  /** Words after "at" that bound a figure, which the reported clause keeps: "at least 12". */
  private static final Set<String> BOUNDS = Set.of("least", "most");

  private static final Set<String> PART_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

  /** How far from the sentence's end a closing verb may stand before such a phrase. */
  private static final int CLOSING_WORDS = 20;

  // How far into a sentence its reporting verb is looked for, past an opening phrase or an
  // apposition ("Asked if … had his partner been with him, Waldie said …").
  private static final int SUBJECT_WORDS = 20;
  private static final Set<String> TELLING = Set.of("told", "tells", "tell");
  private static final Set<String> AMOUNTS = Set.of("little", "nothing", "much", "less", "more");
  private static final Set<String> AMOUNT_OBJECTS =
      Set.of("about", "of", "on", "to", "else", "more", "publicly", "further");
  private static final int LISTENER_WORDS = 5;
  // Words that open a reported clause after "told" and its listener, and the verbs that show one.
  private static final Set<String> OPENERS =
      Set.of("the", "he", "she", "it", "they", "we", "i", "his", "her", "their", "its", "there");

  /** Auxiliaries between a subject and its reporting verb: "has said", "had told". */
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also");

  /** Conjunctions that join a second verb to a sentence's subject: "…, but said …". */
  private static final Set<String> JOINED = Set.of("and", "but");

  private final Words words;
  private final SpeakerPhrase phrases;
  private final ReportingVerbs verbs;
  private final InnerAttribution attributions;

  IndirectSpeech(Words words) {
    this.words = words;
    this.phrases = new SpeakerPhrase(words);
    this.verbs = new ReportingVerbs(words);
    this.attributions = new InnerAttribution(words, phrases, verbs);
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
    int to = last == toks.size() - 1 ? end : toks.get(last).end();
    InnerAttribution.Found framed = attributions.inside(frame, toks, last);
    if (framed != null) {
      return reported(frame, previous, framed.speaker(), begin, framed.cut(), framed.resume(), to);
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
        // "The regulator has said …": the auxiliary is no part of the subject
        int verbAt = v;
        while (verbAt > 1 && AUXILIARIES.contains(toks.get(verbAt - 1).lower())) {
          verbAt--;
        }
        return attributed(
            frame, previous, toks.subList(subject(toks, verbAt), verbAt), said(toks, v), end);
      }
      if (verb && v == comma + 1 && JOINED.contains(toks.get(comma).lower())) {
        // "A spokesman declined to comment, but said …": the sentence's subject says it
        int first = firstVerb(toks, comma);
        Quote joined =
            first > 0
                ? attributed(frame, previous, toks.subList(0, first), said(toks, v), end)
                : null;
        if (joined != null) {
          return joined;
        }
      }
      // "The fleet, which Lang said was ready, sailed": a relative clause reports on its noun
      if (verb
          && v + 1 < toks.size()
          && !verbs.onlyWhenOrWhere(toks, v + 1)
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
      int after = verbs.afterListener(toks, v);
      // near the end, the verb may end its clause; further back, only a long phrase of when and
      // where may follow it ("Since the boy is so young, Meissner said, the INS …" reports after)
      if (verbs.closes(t.lower())
          && !ReportingVerbs.PASSIVE.contains(toks.get(v - 1).lower())
          && (v >= last - 6
              ? verbs.onlyWhenOrWhere(toks, after)
              : after < toks.size()
                  && !toks.get(after).punctBefore()
                  && verbs.longWhenOrWhere(toks, after))) {
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
    InnerAttribution.Found closing = attributions.atEnd(frame, toks, last);
    return closing == null
        ? null
        : reported(frame, previous, closing.speaker(), begin, closing.cut());
  }

  /**
   * Where the subject of the verb at {@code v} starts: after the last word before it that opens a
   * bound clause ("… since 38% of employees say …"), or at the sentence's start.
   */
  private static int subject(List<Tok> toks, int v) {
    for (int i = v - 2; i >= 0; i--) {
      if (Clauses.SUBORDINATE.contains(toks.get(i).lower())) {
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

  /**
   * Where the first verb of the sentence stands before {@code end}, which ends its subject: a
   * finite verb, a reporting verb or a word with a past tense's ending ("A spokesman declined"); -1
   * when there is none.
   */
  private int firstVerb(List<Tok> toks, int end) {
    for (int i = 1; i < end; i++) {
      String w = toks.get(i).lower();
      if (toks.get(i).punctBefore()) {
        return -1;
      }
      if (ReportingVerbs.FINITE.contains(w)
          || words.speechVerbs.contains(w)
          || w.length() > 3
              && w.endsWith("ed")
              && Character.isLowerCase(toks.get(i).text().charAt(0))) {
        return i;
      }
    }
    return -1;
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
      boolean passive = ReportingVerbs.PASSIVE.contains(toks.get(q - 1).lower());
      List<Tok> speaker =
          passive ? toks.subList(0, q - 1) : SpeakerPhrase.quotedObject(toks.subList(q + 1, as));
      int from = toks.get(s + 1).lower().equals("that") ? s + 2 : s + 1;
      return speaker.isEmpty() || from >= toks.size()
          ? null
          : attributed(frame, previous, speaker, toks.get(from).begin(), end);
    }
    return null;
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
    boolean told = v == 0 || !ReportingVerbs.PASSIVE.contains(toks.get(v - 1).lower());
    return ReportingVerbs.reports(w)
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
          && ReportingVerbs.FINITE.contains(toks.get(j + 1).lower())
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
      if (ReportingVerbs.FINITE.contains(toks.get(j).lower())) {
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
          && (when == from ? ReportingVerbs.SAID_ON : PART_OF_DAY).contains(toks.get(when).lower())
          && !toks.get(when + 1).punctBefore()
          && Character.isLetter(toks.get(when + 1).text().charAt(0))) {
        when++;
      }
      from = when > first && toks.get(when).lower().equals("that") ? when + 1 : when;
    }
    while (from < toks.size() - 1
        && SKIP.contains(toks.get(from).lower())
        && !BOUNDS.contains(toks.get(from + 1).lower()) // "said at least 12 died" keeps "at"
        && from <= v + 2) {
      // "said that at the close of business …": what follows "that" is the clause
      boolean that = toks.get(from).lower().equals("that");
      from++;
      if (that) {
        break;
      }
    }
    if (from > v + 1 && ReportingVerbs.ADVERBIAL.contains(toks.get(from - 1).lower())) {
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
        && ReportingVerbs.ADVERBIAL.contains(toks.get(first).lower())
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
    if (i >= toks.size() || !ReportingVerbs.ADVERBIAL.contains(toks.get(i).lower())) {
      return i;
    }
    int after = thatWithin(toks, i, ReportingVerbs.ADVERBIAL_WORDS, false);
    if (after < 0) {
      after = thatWithin(toks, i, LONG_ADVERBIAL_WORDS, true);
    }
    // "wrote in a brief that was co-authored by …": a verb right after "that" makes it a relative
    // pronoun of the writing, not the start of what was written
    return after > 0 && !Clauses.FINITE_AUXILIARIES.contains(toks.get(after).lower()) ? after : i;
  }
}
