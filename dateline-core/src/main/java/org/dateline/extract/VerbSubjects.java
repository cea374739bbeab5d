package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Finds the words that name who does a reporting verb: the words before it back to its clause's
 * start, the name before an apposition ("X, head of Y, told"), what a relative pronoun stands for,
 * or who issued the writing the verb goes with ("The ministry issued a statement saying").
 * Instances are immutable and thread-safe.
 */
final class VerbSubjects {
  // how far before a participle a passive "heard" may stand: "can be heard on his own camera"
  private static final int HEARD_WORDS = 6;
  // how many capitalised items a list inside a relative clause may have before its tail
  private static final int LIST_ITEMS = 3;
  // The most words stepped back over from a verb to its subject's start, appositions included.
  private static final int APPOSITION_WORDS = 12;
  // The most words of a relative clause between a subject and its verb ("…, who spoke on …,").
  private static final int LONG_RELATIVE_WORDS = 30;

  private static final String QUOTE_OPENERS = "\"“";
  private static final String QUOTE_CLOSERS = "\"”";
  // how many words of a body's name may stand before the "and" inside it
  private static final int BODY_WORDS = 6;
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

  // a US legislator's party and state: "Sen. Mark Hale, R-Kan., said"
  private static final Pattern PARTY_TAG = Pattern.compile("[RDI]-[A-Z][\\p{L}.]*");

  /** A year set apart by a bracket or comma: "X, in Harbour Towns (1990), argues". */
  private static final Pattern YEAR = Pattern.compile("1[5-9]\\d\\d|20\\d\\d");

  // adverbs without "-ly" that stand between an auxiliary and its verb: "has since said"
  private static final Set<String> WITH_VERB =
      Set.of("since", "already", "long", "often", "always", "now");

  static final Set<String> POSSESSIVES = Set.of("his", "her", "their");
  // the people one works with, led by the one named before them
  private static final Set<String> COWORKERS =
      Set.of(
          "colleagues",
          "co-authors",
          "coauthors",
          "collaborators",
          "team",
          "researchers",
          "co-workers",
          "coworkers");
  private static final Set<String> ISSUED = Set.of("sent", "read", "gave", "put", "wrote");

  /**
   * Words that open the places and hearers after an issued writing: "to reporters on the steps".
   */
  private static final Set<String> TRAILING =
      Set.of("to", "on", "at", "in", "outside", "before", "after", "during");

  /** How many words after an issued writing may tell where and to whom it was issued. */
  private static final int TRAILING_WORDS = 8;

  // Words after which a verb has no subject of its own, and the verbs whose subject it shares.
  private static final Set<String> SHARED_SUBJECT = Set.of("and", "but");

  /** Past verbs of moving that a verb of saying may follow with "and": "stood and said". */
  private static final Set<String> MOVED =
      Set.of("stood", "rose", "sat", "got", "went", "came", "turned", "shook", "leaned", "paused");

  private static final Set<String> FIRST_SAID = Set.of("said", "says", "told", "tells");

  // The most words of a noun phrase a restrictive "who" clause follows: "The fire chief who"
  private static final int RESTRICTED_WORDS = 5;
  // the words that open a described subject: "The fire chief", "A navy officer"
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "one");

  /** The words that may open a writing named before a subject: "In its statement the company". */
  private static final Set<String> OWNERS = Set.of("a", "an", "the", "its", "his", "her", "their");

  private final Words words;

  VerbSubjects(Words words) {
    this.words = words;
  }

  /**
   * The words naming who does the verb at {@code v}: the name before an apposition, else the words
   * before the verb back to its clause's start, else, for a verb that opens its clause, the words
   * after it.
   */
  List<Tok> of(Frame frame, List<Tok> toks, int v) {
    boolean ing = toks.get(v).lower().endsWith("ing");
    int issued = ing ? issuedWriting(toks, beforeTime(toks, v)) : -1;
    if (ing && issued < 0) {
      // "issued a statement in Burmese and English saying"
      issued = issuedWritingBefore(toks.subList(0, v));
    }
    if (issued > 0) {
      return before(frame, toks, issued); // "The ministry issued a statement saying"
    }
    int heard = ing ? heardBefore(toks, v) : -1;
    if (heard > 0) {
      return of(frame, toks, heard); // "X, who had just arrived, can be heard … saying": X
    }
    List<Tok> phrase = apposed(frame.text(), toks, v);
    int group = verbGroupStart(toks, v);
    if (phrase.isEmpty() && group < v) {
      // "Sall, a former army officer who took office in 2019, also warned"
      phrase = apposed(frame.text(), toks, group);
    }
    if (phrase.isEmpty()) {
      phrase = before(frame, toks, v);
    }
    if (phrase.isEmpty() && v > 1 && SHARED_SUBJECT.contains(toks.get(v - 1).lower())) {
      // "Lund said she had met the minister and described their talks as …": the verb after
      // "and" shares the subject of the sentence's first reporting verb
      int first = firstSaid(toks, v - 1);
      if (first >= 0) {
        return of(frame, toks, first);
      }
      // "…, Lee Garside turned to the public gallery and said:": else the name before the
      // verb that "and" goes on from
      phrase = sharedName(toks, v - 1);
    }
    if (phrase.isEmpty() && Clauses.opensClause(toks, v)) {
      phrase = Clauses.clause(toks, v + 1);
    }
    return phrase;
  }

  /**
   * Where the verb group of a passive "heard" a few words before the participle at {@code v} in its
   * clause begins ("can be heard on his own camera saying", "was heard shouting"); else -1.
   */
  private static int heardBefore(List<Tok> toks, int v) {
    for (int k = v - 1; k >= 2 && k >= v - HEARD_WORDS; k--) {
      if (toks.get(k + 1).punctBefore()) {
        return -1;
      }
      String w = toks.get(k).lower();
      String auxiliary = toks.get(k - 1).lower();
      if ((w.equals("heard") || w.equals("seen"))
          && (auxiliary.equals("be") || auxiliary.equals("was") || auxiliary.equals("is"))) {
        // the verb group's start, past a modal: "can be heard", whose subject comes before it
        return auxiliary.equals("be") && ReportingVerbs.FINITE.contains(toks.get(k - 2).lower())
            ? k - 2
            : k - 1;
      }
    }
    return -1;
  }

  /**
   * The words of a body's name that a quotation holds right before the verb at {@code v} (the
   * self-styled "Military Committee for National Recovery" said), or nothing: the marks set the
   * name apart, not the subject from its verb.
   */
  private static List<Tok> quotedBodyBefore(Frame frame, List<Tok> toks, int v) {
    if (v < 1) {
      return List.of();
    }
    String text = frame.text();
    int open = toks.get(v - 1).end();
    int close = toks.get(v).begin() - 1;
    while (open < close && Character.isWhitespace(text.charAt(open))) {
      open++;
    }
    while (close > open && Character.isWhitespace(text.charAt(close))) {
      close--;
    }
    if (close - open < 2
        || QUOTE_OPENERS.indexOf(text.charAt(open)) < 0
        || QUOTE_CLOSERS.indexOf(text.charAt(close)) < 0) {
      return List.of();
    }
    Mentions.Placed p = frame.mentions().firstWithin(open, close, EntityType.ORGANIZATION);
    return p != null && p.begin() == open + 1 && p.end() == close
        ? Tok.of(text, p.begin(), p.end())
        : List.of();
  }

  /**
   * The nearest name before {@code and}, in its clause, that a past or finite verb follows ("Lee
   * Garside turned … and said"); empty when there is none, or when "that" opens the name's clause
   * ("… confirmed that Muir had failed the assessment and said": the one who confirmed).
   */
  private static List<Tok> sharedName(List<Tok> toks, int and) {
    for (int n = and - 1; n >= 1; n--) {
      String next = toks.get(n).lower();
      if (toks.get(n).punctBefore()) {
        return List.of(); // "Priya Ramaswamy, who covers … Ostler Brooks Securities, lowered"
      }
      boolean verb = ReportingVerbs.finiteOrPast(next) || MOVED.contains(next);
      if (verb && Character.isUpperCase(toks.get(n - 1).text().charAt(0))) {
        int b = Clauses.nameBefore(toks, n);
        boolean embedded = b > 0 && toks.get(b - 1).lower().equals("that");
        return embedded || DETERMINERS.contains(toks.get(b).lower())
            ? List.of()
            : toks.subList(b, n);
      }
    }
    return List.of();
  }

  /**
   * Where a time unset by commas that ends right before {@code end} begins ("Thursday", "on
   * Thursday", "late on Monday" before "saying"), else {@code end}.
   */
  private int beforeTime(List<Tok> toks, int end) {
    int k = end;
    while (k > 1
        && end - k < 3
        && !toks.get(k).punctBefore()
        && (words.timeWords.contains(toks.get(k - 1).lower())
            || k < end && Clauses.TIME_PREPOSITIONS.contains(toks.get(k - 1).lower()))) {
      k--;
    }
    return k;
  }

  /** The first "said", "says", "told" or "tells" before {@code end}, or -1. */
  private static int firstSaid(List<Tok> toks, int end) {
    for (int i = 1; i < end; i++) {
      if (FIRST_SAID.contains(toks.get(i).lower())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@code [start, end)} is "his", "her" or "their" and a word for those one works with.
   */
  private static boolean ledGroup(List<Tok> toks, int start, int end) {
    return end - start == 2
        && POSSESSIVES.contains(toks.get(start).lower())
        && COWORKERS.contains(toks.get(start + 1).lower());
  }

  /**
   * Where the verb at {@code v} begins with the auxiliaries and adverbs before it ("X, head of Y,
   * has since said"), and a time or a writing between subject and verb ("The navy in November
   * said", "The company in a statement said").
   */
  private int verbGroupStart(List<Tok> toks, int v) {
    int end = v;
    for (int stepped = end; end > 1 && !toks.get(end).punctBefore(); end = stepped) {
      stepped = beforeVerb(toks.get(end - 1)) ? end - 1 : adverbialBefore(toks, end);
      if (stepped == end) {
        break;
      }
    }
    return end;
  }

  /**
   * The words before the verb at {@code v}, back to the start of its clause; an apposition between
   * commas ("X, head of Y, told") is stepped over to the name before it.
   */
  List<Tok> before(Frame frame, List<Tok> toks, int v) {
    int heard = toks.get(v).lower().endsWith("ing") ? heardBefore(toks, v) : -1;
    if (heard > 0) {
      return before(frame, toks, heard); // "…," he is heard saying: the one heard
    }
    List<Tok> quoted = quotedBodyBefore(frame, toks, v);
    if (!quoted.isEmpty()) {
      return quoted;
    }
    if (v >= 3
        && toks.get(v - 1).lower().equals("then")
        && toks.get(v - 1).punctBefore()
        && SpeechVerbs.PERSONAL.contains(toks.get(v - 3).lower())
        && (v == 3 || toks.get(v - 3).punctBefore())) {
      // "He paused, then added:": the pronoun of the clause the verb goes on from
      return toks.subList(v - 3, v - 2);
    }
    if (v > 1
        && !toks.get(v).punctBefore()
        && SpeechVerbs.PERSONAL.contains(toks.get(v - 1).lower())) {
      // "When asked about the dress she said": the pronoun speaks. Not "it" or "they", which
      // follow their noun in "the doctors it says perform …" and "poems they wrote".
      return toks.subList(v - 1, v);
    }
    int end = verbGroupStart(toks, v);
    if (end < v
        && end > 1
        && !toks.get(end).punctBefore()
        && SpeechVerbs.PERSONAL.contains(toks.get(end - 1).lower())) {
      return toks.subList(end - 1, end); // "Within the hour she had posted a photo:"
    }
    int relative = longRelativeBefore(toks, end);
    if (relative > 0) {
      return antecedentOf(frame, toks, relative);
    }
    int participle = participleBefore(toks, end);
    if (participle > 0) {
      // "A Ghanaian official involved in the talks, speaking on condition of anonymity because he
      // was not authorised to brief the press, said": who stands before the participle's clause
      return before(frame, toks, participle);
    }
    int start = end;
    int steppedOver = 0; // appositions stepped over: "X, publisher of Y, a trade newsletter, said"
    int adverbial = -1; // where an adverbial set off by commas before the verb begins
    while (start > 0 && end - start < APPOSITION_WORDS) {
      Tok t = toks.get(start - 1);
      if (Clauses.RELATIVES.contains(t.lower())
          && t.punctBefore()
          && (start == end || toks.get(end).punctBefore())) {
        return antecedentOf(frame, toks, start - 1);
      }
      int title = t.lower().equals("and") ? Clauses.clauseStart(toks, start - 1) : 0;
      if (steppedOver == 0 && title > 0 && namedPersonOpens(frame, toks, title)) {
        // "Jane Morrow, Deputy Chief at Kent Fire and Rescue Service says": the name before the
        // title speaks, not a pair inside the body's name
        start = Clauses.clauseStart(toks, title - 1);
        break;
      }
      int body = t.lower().equals("and") && start < end ? bodyOpening(frame, toks, start - 1) : -1;
      if (body >= 0) {
        // "The Department for Environment and Rural Affairs said", "The Crown Office and
        // Procurator Fiscal Service said": the "and" is the body's own
        start = body;
        continue;
      }
      if (t.lower().equals("and") && ledGroup(toks, start, end)) {
        // "Feldstein-Cruz and her co-authors wrote": the one named leads the group that speaks
        int name = Clauses.nameBefore(toks, start - 1);
        return name < start - 1 ? toks.subList(name, start - 1) : toks.subList(start, end);
      }
      if (t.lower().equals("and") && start < end && Clauses.pairedName(toks, start - 1)) {
        int both = Clauses.nameBefore(toks, start - 1); // "Mr. Hart and Ms. Lowe said"
        int of = listAfterOf(toks, both);
        if (of > 0) {
          start = of; // "the leaders of France, Germany and Italy said": the head speaks
          continue;
        }
        if (SpeakerPhrase.joint(frame, toks.subList(both, end)) != null) {
          start = both; // "Mr. Hart and Ms. Lowe said"
        }
        break;
      }
      int opened = t.lower().equals("and") ? relativeOpening(toks, start - 1, end) : -1;
      if (opened >= 0) {
        // "Alderbrook, which is based in Corliss and employs 4,000 people, said": the "and" is
        // the relative clause's own
        return antecedentOf(frame, toks, opened);
      }
      if (t.lower().equals("who")
          && !t.punctBefore()
          && start == end
          && start >= 2
          && words.speakerNoun(toks.get(start - 2).lower())) {
        // "jailed by a judge who said he had broken …": the one the clause follows, from its
        // article on; not an apposition's ("Garba Usman, 68, a retired sergeant who said"),
        // which the name before it speaks for
        for (int head = start - 2; head >= Math.max(0, start - 1 - RESTRICTED_WORDS); head--) {
          if (DETERMINERS.contains(toks.get(head).lower()) && !toks.get(head).punctBefore()) {
            return toks.subList(head, start - 1);
          }
          if (toks.get(head).punctBefore()) {
            break;
          }
        }
      }
      if (t.lower().equals("who")
          && !t.punctBefore()
          && start >= 2
          && start < end
          && words.speakerNoun(toks.get(start - 2).lower())) {
        // "The fire chief who led the town's defence told": the clause picks out the one it
        // follows, who speaks
        int head = start - 2;
        while (head > 0 && start - 1 - head < RESTRICTED_WORDS && !toks.get(head).punctBefore()) {
          head--;
        }
        return toks.subList(head, start - 1);
      }
      if (CLAUSE_STARTS.contains(t.lower())
          || (t.lower().equals("with")
              && toks.get(v).lower().endsWith("ing")) // "with an aide saying"
          || start < end && RELAYED.contains(toks.get(v).lower()) && RELAYED.contains(t.lower())) {
        break;
      }
      start--;
      if (t.punctBefore() || start == 0) {
        boolean apposition =
            Character.isLowerCase(t.text().charAt(0)) && !Clauses.PRONOUNS.contains(t.lower())
                || PARTY_TAG.matcher(t.text()).matches()
                || NameContext.AGE.matcher(t.text()).matches() // "Ines Vidal, 54, a teacher, said"
                || YEAR.matcher(t.text()).matches()
                // "Marcus Bellerose (Red River North) called": a ward or party in brackets
                || inBrackets(frame.text(), t)
                // "President Helene Castagnede, it said, had told": a report set in
                || Clauses.PRONOUNS.contains(t.lower())
                    && start + 2 < toks.size()
                    && FIRST_SAID.contains(toks.get(start + 1).lower())
                    && toks.get(start + 2).punctBefore();
        if (steppedOver < 2 && start > 0 && apposition && toks.get(end).punctBefore()) {
          if (steppedOver == 0 && Clauses.opensAdverbial(t.lower())) {
            adverbial = start; // "The council, in a written submission, has said"
          }
          steppedOver++;
          continue;
        }
        if (steppedOver == 0 && start > 0 && namedPersonOpens(frame, toks, start)) {
          // "Jane Morrow, Deputy Chief Fire Officer at Carlow Fire Service(,) says": a title in
          // capitals after a person's name is no subject of its own, closing comma or none
          start = Clauses.clauseStart(toks, start - 1);
        }
        break;
      }
    }
    if (adverbial > start) {
      end = adverbial; // the subject is what stands before it: "The council"
    }
    List<Tok> lead =
        end - start >= APPOSITION_WORDS && !toks.get(start).punctBefore()
            ? describedHead(toks, start)
            : List.<Tok>of();
    if (!lead.isEmpty()) {
      return lead; // "A navy officer accused of passing ship plans to a foreign buyer told"
    }
    List<Tok> holder =
        steppedOver == 0 ? personBeforeBodyApposition(frame, toks, start, end) : null;
    if (holder != null) {
      return holder;
    }
    start = placedBefore(toks, start);
    // "Greenway's chairman, Richard Osei, said the board had concluded …": the walk stopped at
    // the comma before "said"; its subject keeps the words, as it does with no apposition, where
    // no one is named after "said" ("…, said Sununu lamented"); so does the subject of "insisted
    // that the former chief executive had promised", but not of "noted that he had described"
    int outer =
        start > 0 && FIRST_SAID.contains(toks.get(start).lower())
            ? start
            : start > 2
                    && toks.get(start - 1).lower().equals("that")
                    && words.speechVerbs.contains(toks.get(start - 2).lower())
                    && !Clauses.PRONOUNS.contains(toks.get(start).lower())
                ? start - 2
                : -1;
    if (outer > 0
        && outer + 1 < end
        && frame
                .mentions()
                .firstWithin(
                    toks.get(outer + 1).begin(), toks.get(end - 1).end(), EntityType.PERSON)
            == null) {
      return before(frame, toks, outer);
    }
    List<Tok> phrase = new ArrayList<>(toks.subList(start, end));
    phrase.subList(0, Clauses.timeOpening(phrase)).clear(); // "Late on Tuesday the union posted"
    phrase.subList(0, writingOpening(phrase)).clear(); // "In its statement the company said"
    if (phrase.size() > 2
        && Clauses.BE.contains(phrase.get(0).lower())
        && phrase.get(1).lower().equals("all")) {
      phrase.subList(0, 2).clear(); // "…," was all the minister would say
    }
    while (!phrase.isEmpty() && Clauses.adverb(phrase.get(phrase.size() - 1))) {
      phrase.remove(phrase.size() - 1);
    }
    return phrase;
  }

  /**
   * The noun phrase that opens the clause holding the word at {@code at} when a participle or "who"
   * picks out the one it names right after it ("A navy officer | accused of …", "The fire chief |
   * who led …"), so that the clause's long subject is that one; else empty.
   */
  private List<Tok> describedHead(List<Tok> toks, int at) {
    int c = Clauses.clauseStart(toks, at);
    if (at - c > LONG_RELATIVE_WORDS || !DETERMINERS.contains(toks.get(c).lower())) {
      return List.of();
    }
    for (int h = c + 1; h < at && h - c < RESTRICTED_WORDS; h++) {
      Tok head = toks.get(h);
      String next = toks.get(h + 1).lower();
      if (Character.isLowerCase(head.text().charAt(0))
          && words.speakerNoun(head.lower())
          && !toks.get(h + 1).punctBefore()
          && (next.equals("who") || next.endsWith("ed"))) {
        return toks.subList(c, h + 1);
      }
    }
    return List.of();
  }

  /**
   * The person named before a role and the body that names the role's "of" ("Dr Anita Pelham,
   * clinical director of the provider, Nene Valley Urgent Care, told"), when the walk back stopped
   * at the body's name; null otherwise.
   */
  private static @Nullable List<Tok> personBeforeBodyApposition(
      Frame frame, List<Tok> toks, int start, int end) {
    if (start < 2
        || start >= end
        || !toks.get(start).punctBefore()
        || !Character.isUpperCase(toks.get(start).text().charAt(0))
        || !toks.get(end).punctBefore()) {
      return null;
    }
    Mentions mentions = frame.mentions();
    int last = toks.get(end - 1).end();
    if (mentions.firstWithin(toks.get(start).begin(), last, EntityType.PERSON) != null) {
      return null;
    }
    int role = Clauses.clauseStart(toks, start - 1);
    if (role == 0 || !Character.isLowerCase(toks.get(role).text().charAt(0))) {
      return null;
    }
    int name = Clauses.clauseStart(toks, role - 1);
    Mentions.Placed p =
        mentions.firstWithin(toks.get(name).begin(), toks.get(role - 1).end(), EntityType.PERSON);
    // the person's name closes the clause, after any title ("Dr Anita Pelham")
    return p != null && p.end() == toks.get(role - 1).end() ? toks.subList(name, role) : null;
  }

  /**
   * Where the "who" or "which" stands, after a comma, that opens the clause holding the word at
   * {@code from} and ending right before the verb's comma at {@code end}; -1 when there is none.
   */
  private static int relativeOpening(List<Tok> toks, int from, int end) {
    int j = setOffFrom(toks, from, end);
    return j > 0 && Clauses.RELATIVES.contains(toks.get(j).lower()) ? j : -1;
  }

  /**
   * The first word, going back from {@code from}, of a clause set off by a comma that ends right
   * before the verb's comma at {@code end}, within {@link #LONG_RELATIVE_WORDS}; -1 when there is
   * none.
   */
  private static int setOffFrom(List<Tok> toks, int from, int end) {
    if (end >= toks.size() || !toks.get(end).punctBefore()) {
      return -1;
    }
    for (int j = from; j > 0 && end - j <= LONG_RELATIVE_WORDS; j--) {
      if (toks.get(j).punctBefore()) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Where the "who" stands of a relative clause too long for the apposition reach that ends right
   * before the verb's comma ("A senior nurse, who spoke on condition of anonymity because she was
   * not authorised to talk to the media, said"), with no comma inside it; -1 when there is none.
   */
  private static int longRelativeBefore(List<Tok> toks, int end) {
    int j = relativeOpening(toks, end - 1, end);
    return j > 0 && end - j >= APPOSITION_WORDS - 1 ? j : -1;
  }

  /**
   * Where a participle's clause too long for the apposition reach opens when it ends right before
   * the verb's comma ("…, speaking on condition of anonymity because he was not authorised to brief
   * the press, said"), with no comma inside it; -1 when there is none.
   */
  private static int participleBefore(List<Tok> toks, int end) {
    int j = setOffFrom(toks, end - 1, end);
    if (j < 0) {
      return -1;
    }
    String opens = toks.get(j).text();
    boolean participle = opens.endsWith("ing") && Character.isLowerCase(opens.charAt(0));
    return participle && end - j >= APPOSITION_WORDS - 1 ? j : -1;
  }

  /**
   * The index of the word that opens an organisation's name holding the "and" at {@code and}, or -1
   * when no such name spans it.
   */
  private static int bodyOpening(Frame frame, List<Tok> toks, int and) {
    int last = toks.get(toks.size() - 1).end();
    for (int i = and - 1; i >= Math.max(0, and - BODY_WORDS); i--) {
      Mentions.Placed p =
          frame.mentions().firstWithin(toks.get(i).begin(), last, EntityType.ORGANIZATION);
      if (p != null && p.begin() == toks.get(i).begin() && p.end() > toks.get(and).end()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where a description that a place splits with commas begins: "The Rockford, Ill., | maker of
   * fasteners" opens at "The". Else {@code start} itself.
   */
  private static int placedBefore(List<Tok> toks, int start) {
    if (start < 3 || !Character.isLowerCase(toks.get(start).text().charAt(0))) {
      return start;
    }
    int region = Clauses.clauseStart(toks, start - 1);
    int place = region > 0 ? Clauses.clauseStart(toks, region - 1) : -1;
    boolean placed =
        place >= 0
            && start - region <= 3
            && region - place <= 4
            && Clauses.capitalised(toks.subList(region, start))
            && Clauses.ARTICLES.contains(toks.get(place).lower())
            && Clauses.capitalised(toks.subList(place + 1, region));
    return placed ? place : start;
  }

  /**
   * How many words of a writing, unset by a comma, open the phrase before its determiner: 4 for "In
   * its results statement the company", 0 when it opens otherwise.
   */
  private int writingOpening(List<Tok> phrase) {
    if (phrase.size() < 4
        || !phrase.get(0).lower().equals("in")
        || !OWNERS.contains(phrase.get(1).lower())) {
      return 0;
    }
    for (int i = 2; i < Math.min(phrase.size() - 1, 5); i++) {
      Tok t = phrase.get(i);
      if (t.punctBefore() || !Character.isLowerCase(t.text().charAt(0))) {
        return 0;
      }
      if (words.writings.contains(t.lower())) {
        Tok next = phrase.get(i + 1);
        return DETERMINERS.contains(next.lower()) && !next.punctBefore() ? i + 1 : 0;
      }
    }
    return 0;
  }

  /**
   * Where a short adverbial that ends at {@code end} begins, unset by commas: "in November", "last
   * week", "in a statement"; else {@code end}.
   */
  private int adverbialBefore(List<Tok> toks, int end) {
    if (end >= 3
        && words.timeWords.contains(toks.get(end - 1).lower())
        && Clauses.TIME_PREPOSITIONS.contains(toks.get(end - 2).lower())
        && !toks.get(end - 1).punctBefore()) {
      return end - 2;
    }
    if (end >= 4
        && words.writings.contains(toks.get(end - 1).lower())
        && Clauses.ARTICLES.contains(toks.get(end - 2).lower())
        && toks.get(end - 3).lower().equals("in")
        && !toks.get(end - 2).punctBefore()
        && !toks.get(end - 1).punctBefore()) {
      return end - 3;
    }
    return end;
  }

  /** An auxiliary or adverb that goes with the verb after it: "has", "had since", "has long". */
  private static boolean beforeVerb(Tok t) {
    return Clauses.adverb(t)
        || WITH_VERB.contains(t.lower())
        // a modal a subject set off by commas stands before: "X, a spokesman, would say only"
        || t.punctBefore() && Clauses.MODALS.contains(t.lower());
  }

  /**
   * The verb of "issued a statement" that ends right before {@code end} ("released a statement:",
   * "put out a statement saying"), or -1: its subject is who speaks through the writing.
   */
  int issuedWriting(List<Tok> toks, int end) {
    int noun = end - 1;
    if (noun < 2 || !words.writings.contains(toks.get(noun).lower())) {
      return -1;
    }
    int determiner = noun - 1;
    if (!Clauses.DETERMINERS.contains(toks.get(determiner).lower())
        && Character.isLowerCase(toks.get(determiner).text().charAt(0))) {
      determiner--; // "issued a brief statement"
    }
    if (determiner < 1 || !Clauses.DETERMINERS.contains(toks.get(determiner).lower())) {
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
   * As {@link #issuedWriting}, for a writing at the end of {@code toks} or before the places and
   * hearers after it: "read a short statement to reporters on the courthouse steps". A writing
   * "from" or "by" someone is theirs, not the one who issued it: -1.
   */
  int issuedWritingBefore(List<Tok> toks) {
    for (int end = toks.size(); end >= Math.max(3, toks.size() - TRAILING_WORDS); end--) {
      String next = end < toks.size() ? toks.get(end).lower() : "";
      if (end < toks.size() && (next.equals("from") || next.equals("by"))) {
        return -1;
      }
      // "released a statement Tuesday afternoon": a day after it tells when
      if (end == toks.size() || TRAILING.contains(next) || words.timeWords.contains(next)) {
        int verb = issuedWriting(toks, end);
        if (verb > 0) {
          return verb;
        }
      }
    }
    return -1;
  }

  /**
   * Whether a bracket opens right before the token, spaces aside ("(Red River North)", "( St.").
   */
  private static boolean inBrackets(String text, Tok t) {
    int i = t.begin() - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && text.charAt(i) == '(';
  }

  /**
   * The name before an apposition that ends right before the verb at {@code v}: {@code X, chairman
   * and chief executive of Y, called}; empty when the words do not read so.
   */
  private List<Tok> apposed(String text, List<Tok> toks, int v) {
    if (v < 2 || !toks.get(v).punctBefore()) {
      return List.of();
    }
    int a = placesListed(toks, Clauses.clauseStart(toks, v - 1), v);
    if (a > 0 && SpeakerPhrase.namesItself(toks.subList(a, v)) >= 0) {
      // "One supporter, a trader who gave his name only as Sadiq, said": the name given speaks
      return toks.subList(a, v);
    }
    if (a == 0
        || Character.isUpperCase(toks.get(a).text().charAt(0))
            && !Clauses.possessive(toks, a, v)
            && !namesARole(toks, a, v)) {
      return List.of();
    }
    int b = Clauses.clauseStart(toks, a - 1);
    if (b > 0 && inBrackets(text, toks.get(b))) {
      // "Coun. Beverley Strand (St. Boniface West), one of the four, said": the ward or party in
      // brackets goes with the name before it
      b = Clauses.clauseStart(toks, b - 1);
    }
    List<Tok> named = namedInApposition(toks, b, a, v);
    if (!named.isEmpty()) {
      return named;
    }
    for (int k = 0; k < 2 && b > 0 && Clauses.listTail(toks, a, v); k++) {
      // "…, vice president of environment, technology and regulatory affairs, said": the last
      // items of a list inside the apposition, not a clause of their own
      a = b;
      b = Clauses.clauseStart(toks, a - 1);
    }
    if (b > 0 && a - b == 1 && ageOrParty(toks.get(b))) {
      // "Ines Vidal, 54, a teacher who …, said", "Dana Kowal, R-Lapeer, who leads …, said"
      b = Clauses.clauseStart(toks, b - 1);
    }
    String opens = toks.get(b).lower();
    String relative = toks.get(a).lower();
    if (b > 0
        && (relative.equals("who") || relative.equals("whose"))
        && Clauses.ARTICLES.contains(opens)
        && words.roleNoun(toks.get(b + 1).lower())) {
      // "Jonathan Marsh, the MP for Holmcliffe and Saltby, whose constituency …, said": the name
      // the role describes
      int name = Clauses.clauseStart(toks, b - 1);
      if (Clauses.capitalised(toks.subList(name, b))) {
        return toks.subList(name, b);
      }
    }
    boolean owned = toks.get(b).possessive() || POSSESSIVES.contains(opens); // "Julian's wife"
    if (b > 0
        && (Clauses.ARTICLES.contains(opens) || words.speakerNoun(opens) || owned)
        && (owned || !Clauses.named(toks, b, a))) {
      if (Clauses.clauseStart(toks, b - 1) == 0 && Clauses.opensAdverbial(toks.get(0).lower())) {
        // "In a letter, the council, chaired by Inga Berg, said": after the opening adverbial
        return toks.subList(b, a);
      }
      // "Rosa Marin, founder of X, a group that cleans beaches, called": a second apposition
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
    } else if (Clauses.ARTICLES.contains(toks.get(b).lower()) && writingIn(toks, b, a)) {
      longest = 10; // "The latest assessment by the Coastal Fisheries Institute, the state body …,"
    }
    // "However, county Health executive Khamis Mwinyi, who …, dismissed": a title in lower case
    // before the name, as a sentence's first word would have been capitalised
    boolean titledName =
        a - b >= 3
            && Character.isUpperCase(toks.get(a - 1).text().charAt(0))
            && Character.isUpperCase(toks.get(a - 2).text().charAt(0))
            && !Character.isUpperCase(toks.get(b).text().charAt(0))
            && toks.subList(b, a - 2).stream().anyMatch(t -> words.roleNoun(t.lower()));
    return (Clauses.named(toks, b, a) || titledName) && a - b <= longest
        ? toks.subList(b, a)
        : List.of();
  }

  /**
   * Whether {@code toks[from, to)} opens a body's name that goes on at {@code to}: capitalised
   * words, and the lower-case words that join a name's parts ("Rally | for", "Bank | of"), with
   * such a word last.
   */
  private static boolean bodyNameFrom(List<Tok> toks, int from, int to) {
    if (to - from < 2
        || !Clauses.NAME_CONNECTORS.contains(toks.get(to - 1).lower())
        || !Character.isUpperCase(toks.get(from).text().charAt(0))) {
      return false;
    }
    return toks.subList(from, to).stream()
        .allMatch(
            t ->
                Character.isUpperCase(t.text().charAt(0))
                    || Clauses.NAME_CONNECTORS.contains(t.lower()));
  }

  /**
   * Where the clause in lower case begins whose list of names ends right before {@code v}, when the
   * clause at {@code a} is that list's capitalised tail ("Navimar, which operates terminals in
   * Italy, Spain and West Africa, said": "which …", not "Spain and West Africa"); else {@code a}.
   */
  private static int placesListed(List<Tok> toks, int a, int v) {
    if (a == 0
        || !Character.isUpperCase(toks.get(a).text().charAt(0))
        || toks.subList(a + 1, v).stream().noneMatch(t -> t.lower().equals("and"))) {
      return a;
    }
    int item = a;
    for (int k = 0; k < LIST_ITEMS && item > 0; k++) {
      item = Clauses.clauseStart(toks, item - 1);
      if (Character.isLowerCase(toks.get(item).text().charAt(0))) {
        return item > 0 && Clauses.RELATIVES.contains(toks.get(item).lower()) ? item : a;
      }
    }
    return a;
  }

  /** Whether a written text is named in {@code toks[from, to)}: "The latest assessment by …". */
  private boolean writingIn(List<Tok> toks, int from, int to) {
    for (int i = from; i < to; i++) {
      if (words.writings.contains(toks.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name that ends an apposition opening with "the" or with a role in lower case, after a
   * description that names no one: "Timur Abenov" of {@code The report's lead author, the
   * hydrologist Timur Abenov, said}, "Meera Iyengar" of {@code Rohan Mehta's counsel, advocate
   * Meera Iyengar, said}; empty otherwise.
   */
  private List<Tok> namedInApposition(List<Tok> toks, int b, int a, int v) {
    String opens = toks.get(a).lower();
    // "Her training partner, sprinter Jo Tallis, posted": a title or an epithet before the name
    boolean titled =
        opens.equals(toks.get(a).text())
            && (words.roleNoun(opens) || words.epithets.contains(opens));
    String owner = toks.get(b).lower();
    // "His lawyer, a public defender named Gary Szymanski, said": the name the apposition gives
    boolean namedAtEnd = false;
    for (int k = v - 3; k > a && k >= v - 5 && !namedAtEnd; k--) {
      namedAtEnd =
          toks.get(k).lower().equals("named") && Clauses.capitalised(toks.subList(k + 1, v));
    }
    if (!opens.equals("the") && !titled && !namedAtEnd
        || !Clauses.ARTICLES.contains(owner)
            && !POSSESSIVES.contains(owner)
            && !toks.get(b + 1).possessive()) {
      return List.of();
    }
    for (int i = b + 1; i < a; i++) {
      if (Character.isUpperCase(toks.get(i).text().charAt(0)) && !toks.get(i).possessive()) {
        return List.of(); // "The Labour leader, the MP Ann Ray,": read as before
      }
    }
    int first = titled ? a + 1 : a + 2; // where the name may start
    int n = v;
    while (n > first && Character.isUpperCase(toks.get(n - 1).text().charAt(0))) {
      n--;
    }
    boolean led = Character.isLowerCase(toks.get(n - 1).text().charAt(0));
    boolean body = led && opens.equals("the") && bodyNameFrom(toks, a + 1, n);
    if (body) {
      n = a + 1; // "The main opposition party, the Rally for Democratic Renewal, said"
    }
    return led && n < v && v - n <= (body ? BODY_WORDS + 2 : 4) ? toks.subList(n, v) : List.of();
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
   * The words a relative pronoun at {@code r} stands for: the name before its comma, as in {@code
   * Goldstein, who said it was "…"}, or the noun phrase that opens with an article before the first
   * speaker noun ({@code cites a source familiar with Ross's talks, who …}), else, for "who", the
   * person named in the clause before ({@code researcher Anitha Rao of the Institute, who …}).
   */
  List<Tok> antecedentOf(Frame frame, List<Tok> toks, int r) {
    List<Tok> phrase = antecedentPhrase(frame, toks, r);
    if (!toks.get(r).lower().equals("which")) {
      return phrase;
    }
    // "Heffner's new magazine Playboy, which …": a thing, so not its owner; but the possessive
    // inside a body's name stays ("the Marlow County Prosecutor's Office, which said")
    for (int i = phrase.size() - 2; i >= 0; i--) {
      Tok owner = phrase.get(i);
      if (Tok.possessive(owner.lower()) && !insideBodyName(frame, phrase, owner)) {
        return phrase.subList(i + 1, phrase.size());
      }
    }
    return phrase;
  }

  /**
   * Whether an organisation named in {@code phrase} runs on past its word {@code t}: "Prosecutor's"
   * of "the Marlow County Prosecutor's Office".
   */
  private static boolean insideBodyName(Frame frame, List<Tok> phrase, Tok t) {
    int end = phrase.get(phrase.size() - 1).end();
    Mentions.Placed body =
        frame.mentions().firstWithin(phrase.get(0).begin(), end, EntityType.ORGANIZATION);
    return body != null && body.begin() <= t.begin() && body.end() > t.end();
  }

  /**
   * Where the person's name begins that the clause at {@code start} is set off after, when that
   * clause is a role without an article ("Tom Ashdown, frontman of the band, …"): it opens in lower
   * case with no participle. -1 otherwise.
   */
  private static int personApposedTo(Frame frame, List<Tok> toks, int start) {
    if (start <= 0 || !toks.get(start).punctBefore()) {
      return -1;
    }
    String first = toks.get(start).text();
    if (!Character.isLowerCase(first.charAt(0)) || first.endsWith("ed") || first.endsWith("ing")) {
      return -1;
    }
    int name = Clauses.nameBefore(toks, start);
    if (name >= start) {
      return -1;
    }
    Mentions.Placed person =
        frame
            .mentions()
            .firstWithin(toks.get(name).begin(), toks.get(start - 1).end(), EntityType.PERSON);
    return person != null && person.end() == toks.get(start - 1).end() ? name : -1;
  }

  /** Whether a word set off after a name is an age ("54") or a legislator's party ("R-Kan."). */
  private static boolean ageOrParty(Tok t) {
    return NameContext.AGE.matcher(t.text()).matches() || PARTY_TAG.matcher(t.text()).matches();
  }

  private List<Tok> antecedentPhrase(Frame frame, List<Tok> toks, int who) {
    int r = who;
    int start = clauseBefore(toks, r);
    if (start > 0 && r - start == 1 && ageOrParty(toks.get(start))) {
      // "Tom Ashgrove, 74, who has lived …", "Rep. Dana Kowal, R-Lapeer, who leads …": the name
      // before the age or the party
      r = start;
      start = clauseBefore(toks, r);
    }
    if (toks.get(who).lower().equals("who")
        && start > 0
        && toks.get(start).punctBefore()
        && (Clauses.ARTICLES.contains(toks.get(start).lower())
            || toks.get(start).possessive()
            || POSSESSIVES.contains(toks.get(start).lower()))
        && Character.isUpperCase(toks.get(start - 1).text().charAt(0))) {
      // "Priya Lall, a junior Treasury minister, who said", "Margaret Aske, Julian's wife and
      // co-founder, who sits on the board, told": the name the apposition describes
      return toks.subList(Clauses.nameBefore(toks, start), start);
    }
    if (toks.get(who).lower().equals("who")
        && start + 1 < r
        && Clauses.capitalised(toks.subList(start, start + 2))
        && !Clauses.DETERMINERS.contains(toks.get(start).lower())) {
      // "Pastor Eli Drummond of Calder Falls Community Church, who …": the person the clause
      // opens with by name, not the body after "of" ("Guards held back a clerk, who" is no name)
      return toks.subList(start, r);
    }
    List<Tok> agent =
        toks.get(who).lower().equals("who") ? agentBefore(frame, toks, start, r) : null;
    if (agent != null) {
      // "a council of elders led by Hajj Omar Saleh, who …": the one the participle names
      return agent;
    }
    int apposed = toks.get(who).lower().equals("who") ? personApposedTo(frame, toks, start) : -1;
    if (apposed >= 0) {
      // "Tom Ashdown, frontman of the indie band Northern Line Ghosts, who toured with her, wrote":
      // the person a bare role describes, not the body inside the role
      return toks.subList(apposed, start);
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
        if (start > 0
            && toks.get(start).punctBefore()
            && Character.isLowerCase(toks.get(start).text().charAt(0))
            && Character.isUpperCase(toks.get(start - 1).text().charAt(0))) {
          // "Marta Ruggeri, general secretary of the pilots' union, which …": the named holder
          return toks.subList(Clauses.nameBefore(toks, start), start);
        }
        break;
      }
    }
    List<Tok> person = toks.get(who).lower().equals("who") ? personIn(frame, toks, start, r) : null;
    if (person != null) {
      // "Environmental researcher Dr Anitha Rao of the Institute for Urban Ecology, who …": the
      // person named, not the body after "of"
      return person;
    }
    int name = Clauses.nameBefore(toks, r);
    if (toks.get(who).lower().equals("which")
        && name < r
        && name >= start
        && (name == start || !Clauses.NAME_CONNECTORS.contains(toks.get(name - 1).lower()))) {
      // "passed its findings to Saltshire Police, which said": the body named before the comma,
      // not the clause it ends; but "Parents for Choice" is one name
      return toks.subList(name, r);
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

  /**
   * The words of the person named by "by" right before {@code r}, as the agent of a participle
   * ("led by Omar Saleh"), or null.
   */
  private static @Nullable List<Tok> agentBefore(Frame frame, List<Tok> toks, int from, int r) {
    for (int by = r - 2; by >= Math.max(from, r - 5); by--) {
      if (toks.get(by).lower().equals("by")) {
        List<Tok> person = personIn(frame, toks, by + 1, r);
        return person != null && person.get(person.size() - 1) == toks.get(r - 1) ? person : null;
      }
    }
    return null;
  }

  /** The words of the first person named in {@code [from, to)}, or null. */
  private static @Nullable List<Tok> personIn(Frame frame, List<Tok> toks, int from, int to) {
    if (from >= to) {
      return null; // "who" opens the words read: nothing before it names anyone
    }
    Mentions.Placed p =
        frame
            .mentions()
            .firstWithin(toks.get(from).begin(), toks.get(to - 1).end(), EntityType.PERSON);
    if (p == null) {
      return null;
    }
    int first = from;
    while (toks.get(first).begin() < p.begin()) {
      first++;
    }
    int last = first;
    while (last + 1 < to && toks.get(last + 1).end() <= p.end()) {
      last++;
    }
    return toks.subList(first, last + 1);
  }

  /** Where the clause that ends before {@code r} begins, ten words back at most. */
  private static int clauseBefore(List<Tok> toks, int r) {
    int start = r;
    while (start > 0 && r - start < 10) {
      start--;
      if (toks.get(start).punctBefore()) {
        break;
      }
    }
    return start;
  }

  /**
   * Whether the words before the comma at token {@code after} are one person's name that opens its
   * clause, and a capitalised word follows the comma.
   */
  private static boolean namedPersonOpens(Frame frame, List<Tok> toks, int after) {
    Tok next = toks.get(after);
    String gap = frame.text().substring(toks.get(after - 1).end(), next.begin()).strip();
    if (!gap.equals(",") || !Character.isUpperCase(next.text().charAt(0))) {
      return false;
    }
    int open = Clauses.clauseStart(toks, after - 1);
    Mentions.Placed person =
        frame
            .mentions()
            .firstWithin(toks.get(open).begin(), toks.get(after - 1).end(), EntityType.PERSON);
    return person != null
        && person.begin() == toks.get(open).begin()
        && person.end() == toks.get(after - 1).end();
  }
}
