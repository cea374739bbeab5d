package org.dateline.extract;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.dateline.model.Quote;
import org.jspecify.annotations.Nullable;

/**
 * A speaker a news lead brings in by a role alone ("A Foreign Ministry spokesman on Tuesday accused
 * … of "deliberate provocation"") whom the text names further on with that role before the name
 * ("…," spokesman Gao Mingzhe told a briefing). When the text gives the role to one person only,
 * and only after the quotation, the unnamed speaker's words are that person's. So are those of
 * anyone a lead brings in unnamed ("A site engineer told the commission …") when the next paragraph
 * opens by naming someone new, with an age or a "who" ("Muhammad Tariq Mehmood, 31, who …").
 */
final class LaterNamed {
  // Roles wire copy opens with before it names their holder.
  private static final Set<String> ROLES =
      Set.of(
          ("spokesman spokeswoman spokesperson official representative aide adviser advisor "
                  + "diplomat negotiator envoy")
              .split(" "));

  // What follows a name that a delayed lead identifies: ", 31," or ", who"; in the paragraph
  // after the lead itself, an apposition too (", a veteran of the foreign ministry", ", a
  // French-trained surgeon").
  private static final Pattern IDENTIFIED = Pattern.compile(",\\s*(?:\\d{1,3},|who\\b)");
  private static final Pattern APPOSED = Pattern.compile(",\\s*(?:a|an|the)\\s+[\\p{L}\\d]");
  // the most words a paragraph between headline and lead may hold: a byline, a credit
  private static final int BYLINE_WORDS = 6;
  // What may stand before a lead's quotation in its paragraph: a dateline ("SALIDA, Colo. -"),
  // then the opening mark
  private static final Pattern DATELINE_ONLY =
      Pattern.compile(
          "\\s*(?:[A-Z][A-Z .'-]+(?:,[^\\n\"“]{1,30})?\\s*[-\u2013\u2014]\\s*)?[\"“‘']?");
  // An unnamed speaker giving a name: "who gave only her first name, Amina", "gave his name as Ali"
  private static final Pattern GAVE_NAME =
      Pattern.compile(
          "\\b(?:gave|giving|gives)\\s+(?:only\\s+)?(?:his|her|their)\\s+(?:first\\s+)?name"
              + "(?:\\s+only)?(?:,\\s*|\\s+as\\s+)");
  // how far after the quotation the attribution may give the name
  private static final int GAVE_NAME_REACH = 120;
  // What ends an attribution that names someone and says nothing more of them: "." or ","
  private static final Pattern NAME_ENDS = Pattern.compile("\\s*[.,]");

  private LaterNamed() {}

  /** Gives each quotation of an unnamed role holder the person named so later, in place. */
  static void apply(Frame frame, List<Quote> quotes) {
    String text = frame.text();
    Mentions mentions = frame.mentions();
    // the unnamed speakers named so far, by description: "The surgeon conceded …" after the lead's
    // "A cardiothoracic surgeon" was named is the one named
    Map<String, Mentions.Placed> namedSoFar = new HashMap<>();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      if (q.speaker() != null || q.kind() != Quote.Kind.DIRECT) {
        continue;
      }
      String description = q.description();
      Mentions.Placed earlier = description == null ? null : namedSoFar.get(description);
      if (earlier != null && description != null && !describedAgain(text, q, description)) {
        quotes.set(i, QuoteReader.givenTo(q, earlier.entity()));
        continue;
      }
      String role = role(q.description());
      Mentions.Placed named = role == null ? null : onlyHolder(text, mentions, role);
      if (named == null && q.description() != null && leadsIn(q.description())) {
        named = soleHolderNamedAfter(frame, q.end(), q.description());
        named = named != null ? named : namedNext(frame, q);
      }
      if (named == null && q.description() == null && fillsParagraph(text, q)) {
        // "SALIDA, Colo. - "I kept thinking …"" and then "Brian Tolliver, 58, said that thought
        // carried him …": a lead that is a quotation alone, its speaker named next
        named = namedNext(frame, q);
        named = named != null && reportsSpeech(text, named.end()) ? named : null;
      }
      if (named == null && ownedKin(q.description())) {
        named = namedInNextQuotation(frame, quotes, i);
      }
      if (named == null && q.description() != null) {
        named = nameGivenAfter(frame, q);
        for (int j = i + 1;
            named != null && j < quotes.size() && sameUnnamed(text, q, quotes.get(j));
            j++) {
          // the words that go on after the name was given are hers too
          quotes.set(j, QuoteReader.givenTo(quotes.get(j), named.entity()));
        }
      }
      if (named != null && named.begin() > q.end()) {
        if (description != null) {
          namedSoFar.put(description, named);
        }
        quotes.set(i, QuoteReader.givenTo(q, named.entity()));
      }
    }
  }

  /**
   * Whether the quotation's paragraph writes out its speaker's description anew ("…," said one
   * resident): someone else of that kind, not the one a description pointing back stands for.
   */
  private static boolean describedAgain(String text, Quote q, String description) {
    int[] paragraph = paragraphOf(text, q);
    return text.substring(paragraph[0], paragraph[1])
        .toLowerCase(Locale.ROOT)
        .contains(description.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code next} is a quotation of the same unnamed speaker as {@code q}, in its paragraph.
   */
  private static boolean sameUnnamed(String text, Quote q, Quote next) {
    int line = text.indexOf('\n', q.end());
    return next.speaker() == null
        && (line < 0 || line > next.begin())
        && next.kind() == Quote.Kind.DIRECT
        && q.description() != null
        && q.description().equals(next.description());
  }

  /**
   * The person an unnamed speaker's attribution says gave their name, right after the quotation in
   * its sentence: "…," said one resident, a teacher who gave only her first name, Amina, …"; else
   * null.
   */
  private static Mentions.@Nullable Placed nameGivenAfter(Frame frame, Quote q) {
    String text = frame.text();
    int end = text.indexOf('\n', q.end());
    end = end < 0 ? text.length() : end;
    Matcher m = GAVE_NAME.matcher(text).region(q.end(), end);
    if (!m.find() || m.start() - q.end() > GAVE_NAME_REACH) {
      return null;
    }
    Mentions.Placed p = frame.mentions().firstWithin(m.end(), end, EntityType.PERSON);
    return p != null && p.begin() == m.end() ? p : null;
  }

  /**
   * The person whose name, new to the text, opens the paragraph after the quotation's (when nobody
   * is named before the quotation) and is identified there by age or a clause ("A site engineer
   * told the commission … "…"." and then "Muhammad Tariq Mehmood, 31, who …"), as a delayed lead
   * names its subject; else null.
   */
  private static Mentions.@Nullable Placed namedNext(Frame frame, Quote q) {
    String text = frame.text();
    Mentions mentions = frame.mentions();
    int paragraph = text.indexOf("\n\n", q.end());
    if (paragraph < 0 || q.begin() < frame.headline() || !frame.namesNobodyBefore(q.begin())) {
      return null; // a lead names nobody before it, but for the headline's byline
    }
    int start = paragraph;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    Mentions.Placed p = mentions.firstWithin(start, text.length(), EntityType.PERSON);
    if (p == null
        || p.begin() != start && !titled(text.substring(start, p.begin()))
        || mentions.namedWithin(p.entity(), Math.max(0, frame.headline()), start)) {
      // the name, new to the body (a deck may name them), opens the paragraph, perhaps after a
      // title or rank: "Dr. Priya Hale, 44,", "Lt. Col. Ivo Banic, 47,"
      return null;
    }
    boolean identified =
        IDENTIFIED.matcher(text).region(p.end(), text.length()).lookingAt()
            || APPOSED.matcher(text).region(p.end(), text.length()).lookingAt()
                && inLead(text, Math.max(0, frame.headline()), q.begin());
    return identified ? p : null;
  }

  /**
   * Whether the sentence going on from {@code from} reports speech: a verb of saying before its
   * full stop ("…, 58, said that thought carried him", not "…, who ran the bakery, retired").
   */
  private static boolean reportsSpeech(String text, int from) {
    int stop = text.indexOf(". ", from);
    int end = stop < 0 ? text.length() : stop;
    for (Tok t : Tok.of(text, from, end)) {
      if (Words.english().speechVerbs.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** Where the paragraph around the quotation begins (at its break) and ends. */
  private static int[] paragraphOf(String text, Quote q) {
    int start = text.lastIndexOf("\n\n", q.begin());
    int end = text.indexOf("\n\n", q.end());
    return new int[] {Math.max(0, start), end < 0 ? text.length() : end};
  }

  /**
   * Whether the quotation is all its paragraph holds but for its marks, a dateline before it and
   * its closing stop.
   */
  private static boolean fillsParagraph(String text, Quote q) {
    int[] paragraph = paragraphOf(text, q);
    String before = text.substring(paragraph[0], q.begin());
    String after = text.substring(q.end(), paragraph[1]);
    return DATELINE_ONLY.matcher(before).matches() && after.strip().matches("[\"”’'.]*");
  }

  /**
   * Whether only short lines (a byline, a credit) stand between {@code from} and {@code at}'s
   * paragraph.
   */
  private static boolean inLead(String text, int from, int at) {
    int paragraph = text.lastIndexOf("\n\n", at);
    if (paragraph <= from) {
      return true;
    }
    for (String line : text.substring(from, paragraph).split("\n\n")) {
      if (!line.isBlank() && line.strip().split("\\s+").length > BYLINE_WORDS) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first mention of the one person the text gives the role a lead's description ends with,
   * when the text names that person only after the quotation ending at {@code end} ("in what the
   * leader of the county council called a "devastating" blow" and then "said Brian Hetherington,
   * the leader of North Yorkshire Council"); else null.
   */
  private static Mentions.@Nullable Placed soleHolderNamedAfter(
      Frame frame, int end, String description) {
    String head = headRole(description);
    if (description.toLowerCase(Locale.ROOT).matches(".*\\bof an? .*")) {
      return null; // "the chairman of a local developer": someone of many, left unnamed
    }
    Entity holder = null;
    for (Entity e : frame.mentions().entities()) {
      if (e.type() == EntityType.PERSON && holds(e, head, description)) {
        if (holder != null) {
          return null;
        }
        holder = e;
      }
    }
    return holder == null || frame.mentions().namedBefore(holder, end)
        ? null
        : frame.mentions().firstOf(holder, end);
  }

  /**
   * Whether a person bears the role a description's head stands on: that role itself, the whole
   * role the description ends with ("its chief executive"), or, for a bare "a coroner", any coroner
   * ("senior coroner"); not for "a site engineer" or "another executive".
   */
  private static boolean holds(Entity person, String head, String description) {
    String lower = description.toLowerCase(Locale.ROOT);
    String[] w = lower.split("\\s+");
    boolean bare = w.length == 2 && !w[0].equals("another");
    return person.roles().stream()
        .anyMatch(r -> r.equals(head) || lower.endsWith(" " + r) || bare && r.endsWith(" " + head));
  }

  /** The word a description's head stands on: "leader" of "the leader of the county council". */
  private static String headRole(String description) {
    List<String> w = List.of(description.toLowerCase(Locale.ROOT).split("\\s+"));
    // the first "of" or "for": "a spokesperson for China's foreign ministry", "A spokeswoman for
    // the Department of Health"
    int at = w.size();
    for (String preposition : List.of("of", "for")) {
      int i = w.indexOf(preposition);
      at = i > 0 ? Math.min(at, i) : at;
    }
    return w.get(at - 1);
  }

  /**
   * Whether a description brings someone in, as a lead does before naming them: "One woman", or a
   * role or a noun for a person with "the" ("The former mayor of a small city in São Paulo state",
   * "the Qatari mediator").
   */
  private static boolean leadsIn(String description) {
    if (QuoteReader.newcomer(description)) {
      return true;
    }
    return description.toLowerCase(Locale.ROOT).startsWith("the ")
        && Words.english().roleNoun(headRole(description));
  }

  /**
   * Whether a description is someone's kin by a possessive ("The victim's nephew", "her brother").
   */
  private static boolean ownedKin(@Nullable String description) {
    if (description == null) {
      return false;
    }
    String[] w = description.toLowerCase(Locale.ROOT).split("\\s+");
    return w.length >= 2
        && w.length <= 4
        && Words.english().kin(w[w.length - 1])
        && (Tok.possessive(w[w.length - 2]) || VerbSubjects.POSSESSIVES.contains(w[0]));
  }

  /**
   * The person who speaks the next quotation, when it opens the paragraph right after quotation
   * {@code i}'s and its attribution brings the person in by name alone, new to the text and with no
   * role ("The victim's nephew said … "came out of nowhere"" and then ""Her forehead hit the
   * headlight," said Manpreet Singh."); else null.
   */
  private static Mentions.@Nullable Placed namedInNextQuotation(
      Frame frame, List<Quote> quotes, int i) {
    if (i + 1 >= quotes.size()) {
      return null;
    }
    String text = frame.text();
    Quote q = quotes.get(i);
    Quote next = quotes.get(i + 1);
    String between = text.substring(q.end(), Math.max(q.end(), next.begin()));
    int blank = between.indexOf("\n\n");
    if (next.kind() != Quote.Kind.DIRECT
        || next.speakerKey() == null
        || blank < 0
        || between.indexOf("\n\n", blank + 2) >= 0) {
      return null;
    }
    Mentions mentions = frame.mentions();
    Mentions.Placed p = mentions.firstWithin(next.end(), text.length(), EntityType.PERSON);
    if (p == null
        || !p.entity().key().equals(next.speakerKey())
        || !p.entity().roles().isEmpty()
        || mentions.namedBefore(p.entity(), next.end())) {
      return null;
    }
    return NAME_ENDS.matcher(text).region(p.end(), text.length()).lookingAt() ? p : null;
  }

  /** The role an indefinite description ends with ("a ministry spokesman"), or null. */
  private static @Nullable String role(@Nullable String description) {
    if (description == null) {
      return null;
    }
    String[] w = description.toLowerCase(Locale.ROOT).split("\\s+");
    String head = headRole(description);
    // "the team spokeswoman" too, when no spokeswoman was named before it: the one named after
    boolean determined = Clauses.INDEFINITE.contains(w[0]) || w[0].equals("the");
    return w.length >= 2 && determined && ROLES.contains(head) ? head : null;
  }

  /**
   * The first mention of the one person the text names right after {@code role} ("spokesman Gao
   * Mingzhe", "a spokesman, Gao Mingzhe,"); null when it names none or more than one so.
   */
  private static Mentions.@Nullable Placed onlyHolder(String text, Mentions mentions, String role) {
    Set<Entity> holders = new LinkedHashSet<>();
    Mentions.Placed first = null;
    for (Mentions.Placed p = mentions.firstWithin(0, text.length(), EntityType.PERSON);
        p != null;
        p = mentions.firstWithin(p.end(), text.length(), EntityType.PERSON)) {
      if (roleBefore(text, p.begin(), role)) {
        holders.add(p.entity());
        first = first == null ? p : first;
      }
    }
    return holders.size() == 1 ? first : null;
  }

  /**
   * Whether the word before {@code at}, past a comma and a rank or honorific the name bears ("the
   * spokesman, Commander Abelardo Ruiz", "a spokesman, Insp. Ken Mole"), is {@code role}.
   */
  private static boolean roleBefore(String text, int at, String role) {
    if (wordAt(text, wordBefore(text, at, ", \t\n")).equals(role)) {
      return true;
    }
    int rank = wordBefore(text, at, ",. \t\n");
    return Character.isUpperCase(text.charAt(rank))
        && ranked(wordAt(text, rank))
        && wordAt(text, wordBefore(text, rank, ", \t\n")).equals(role);
  }

  /**
   * Whether the words before a name are all honorifics or ranks it bears: "Dr.", "Lt. Col.",
   * "Cmdr.".
   */
  private static boolean titled(String before) {
    String[] w = before.strip().split("\\s+");
    for (String word : w) {
      String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
      if (bare.isEmpty()
          || !Character.isUpperCase(bare.charAt(0))
          || !ranked(bare.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word is a rank, office or honorific a name may bear: "Commander", "Insp". */
  private static boolean ranked(String word) {
    Words words = Words.english();
    return words.roles.contains(word) || words.honorifics.contains(word);
  }

  /** Where the word before {@code at} begins, past the characters {@code gap} holds. */
  private static int wordBefore(String text, int at, String gap) {
    int end = at;
    while (end > 0 && gap.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    int begin = end;
    while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
      begin--;
    }
    return begin;
  }

  /** The word that begins at {@code begin}, in lower case. */
  private static String wordAt(String text, int begin) {
    return text.substring(begin, wordEnd(text, begin)).toLowerCase(Locale.ROOT);
  }

  /** Where the word that begins at {@code begin} ends. */
  private static int wordEnd(String text, int begin) {
    int end = begin;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end;
  }
}
