package org.dateline.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Turns the words that stand where a speaker stands ("Richard Archuleta, director of ...", "he",
 * "the Russian premier", "a Kremlin spokesman") into a {@link Speaker}: a name mention first, then
 * a pronoun resolved to the last person or organisation named outside quotations, then a role noun
 * that only one person in the document holds, else the description as written.
 */
final class SpeakerPhrase {
  /** The most words an apposition to a source may have: "the city's police chief". */
  private static final int APPOSITION_WORDS = 6;

  // how many words after a role its apposed name may open: "Chief Officer for Health, Mr …"
  private static final int APPOSED_ROLE_WORDS = 6;

  /** Words that open a clause set before the main one: "Though the newspaper …, it stated". */
  private static final Set<String> SUBORDINATORS =
      Set.of("though", "although", "while", "because", "since", "as", "when", "after", "once");

  /** Words after which "a …" describes someone already named: "is an artist", "as a diplomat". */
  private static final Set<String> PREDICATING =
      Set.of("is", "was", "are", "were", "be", "been", "being", "as", "became", "becomes");

  /** Kinds of body that publish: "the newspaper", "the magazine". */
  private static final Set<String> PUBLICATIONS = Set.of("newspaper", "magazine", "tabloid");

  /** The words that name an armed force, which "the military" points back to. */
  private static final Set<String> ARMED_FORCES =
      Set.of("army", "navy", "military", "forces", "marines", "corps");

  // Words in the names of clubs, whose names seldom hold "club"
  private static final Set<String> CLUB_WORDS =
      Set.of("club", "fc", "united", "city", "town", "rovers", "stars", "athletic", "wanderers");

  /** An age set off after a name, up to the comma after it: ", 41". */
  private static final Pattern AGE_BEFORE = Pattern.compile(",\\s*\\d{1,3}$");

  /** Nouns for the people who run a body and speak for it: "Sunrise Apparel's management". */
  private static final Set<String> MANAGEMENT = Set.of("management", "leadership");

  // The words a body's name may hold for "the party", "the club" or "the studio" to mean it
  private static final Map<String, Set<String>> NAMED_AS =
      Map.of(
          "party",
          Set.of("party", "congress", "alliance", "front", "movement", "league", "coalition"),
          "club",
          CLUB_WORDS,
          "studio",
          Set.of("studio", "studios", "pictures", "films", "entertainment"),
          "union",
          Set.of("union", "association", "federation", "brotherhood", "guild"),
          "label",
          Set.of("records", "recordings", "music"),
          "movement",
          Set.of("movement", "front", "army", "party", "alliance", "congress"));

  /** Prepositions after which an indefinite speaker's description places them: "from", "at". */
  private static final Set<String> COMPLEMENT_PREPOSITIONS =
      Set.of("from", "at", "in", "with", "among", "outside", "inside", "near", "behind", "beside");

  /**
   * Up to four words of a description set off after a body's name: ", the Athens-based company".
   */
  private static final Pattern APPOSED_KIND =
      Pattern.compile(",\\s+(?:the|an?)\\s+((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)");

  // the words a question opens with
  private static final Set<String> QUESTION_OPENERS =
      Set.of(
          "was", "were", "is", "are", "did", "does", "do", "has", "have", "had", "would", "could",
          "will", "can", "should", "what", "why", "how", "who", "when", "where", "which");

  // a question put to the one who answers, up to a name it is about
  private static final Pattern ASKED_ABOUT =
      Pattern.compile(
          "\\s*(?:[Ww]hen\\s+)?[Aa]sked\\s+(?:about|whether|if|why|how|what|when|who)\\b[^,;]*");

  /** "Asked by" and at most a title right before a name: the one who asks. */
  private static final Pattern ASKED_BY =
      Pattern.compile("\\b[Aa]sked by (?:\\p{Lu}[\\p{L}.]*\\s+)?$");

  /**
   * How far past "his name" or "identified himself" its "as" may stand ("to reporters only as").
   */
  private static final int SELF_NAMED_REACH = 5;

  /** How many sentences back a description looks for the one of its role's holders just named. */
  private static final int RECENT_SENTENCES = 2;

  /** A politician named by place and party: "the Louisiana Republican", "the New York Democrat". */
  private static final Pattern PARTISAN =
      Pattern.compile(
          "(?:the|The)\\s+(?:\\p{Lu}[\\p{L}.]*\\s+){1,3}(?:Republican|Democrat|Independent|independent)");

  /** Prepositions that place a person by a body without making them part of it. */
  private static final Set<String> PLACING =
      Set.of("outside", "inside", "near", "behind", "beside", "across", "opposite", "around");

  // the longest phrase "the" opens that names a body by its kind: "the No. 1 U.S. auto maker"
  private static final int KIND_WORDS = 6;

  // All that stands between an owner's name and the body it owns: "Norland's Ministry".
  private static final Pattern POSSESSIVE = Pattern.compile("\\s?['\u2019]s?\\s+");
  private static final Set<String> ISSUED_BY = Set.of("from", "by", "of");
  private static final Set<String> SAMPLED = Set.of("survey", "study");
  private static final Set<String> PUBLISHED =
      Set.of(
          "issued",
          "released",
          "published",
          "posted",
          "signed",
          "sent",
          "put",
          "adopted",
          "approved");
  private static final Set<EntityType> PEOPLE = EnumSet.of(EntityType.PERSON);
  private static final Set<EntityType> BODIES = EnumSet.of(EntityType.ORGANIZATION);

  private static final Set<String> AUXILIARIES =
      Set.of(
          "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could",
          "should", "may", "might", "must", "does", "did");
  private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose");
  // Words that open a phrase before a sentence's subject ("After Ortiz left, Waldie said …").
  private static final Set<String> OPENING_PHRASE =
      Set.of(
          "after",
          "although",
          "though",
          "when",
          "while",
          "if",
          "because",
          "since",
          "before",
          "despite",
          "unlike",
          "until",
          "once",
          "whether",
          "as");
  private static final Set<String> OPENING_PREPOSITIONS =
      Set.of("in", "at", "during", "outside", "inside", "from", "with", "under", "among");
  // a question put to someone named: "asked Riel whether", "pressed Ames about"
  private static final Pattern ASKED_SOMEONE =
      Pattern.compile("\\b(?:asked|pressed|questioned)\\s+");
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]+");
  private static final Pattern QUESTION_AFTER =
      Pattern.compile("\\s+(?:whether|if|about|why|how|what|when|where|who)\\b");
  // verbs an opening phrase puts before their subject: "Among those waiting was Ana Ruiz, …"
  private static final Set<String> INVERTING_VERBS =
      Set.of("was", "were", "is", "are", "stood", "sat", "came");
  // the most words a prepositional opening phrase holds before its comma
  private static final int PREPOSITIONAL_WORDS = 12;
  private static final Set<String> PARTY_MEMBERS =
      Set.of("republican", "democrat", "democratic", "conservative", "liberal", "socialist");

  // Words that open a relative clause after a description's head ("a graduate who asked …").
  /** Relative pronouns, which open a clause describing the noun before them. */
  static final Set<String> RELATIVE_CLAUSE = Set.of("who", "whom", "whose", "which");

  // how far into what a possessor owns its noun may stand: "Lemaître's younger half-brother"
  private static final int OWNED_WORDS = 3;

  // the longest definite epithet read as the person the story is about: "the convicted killer"
  private static final int EPITHET_WORDS = 4;

  // the words of a title before a name that opens a sentence: "Warriors club captain"
  private static final int TITLE_WORDS = 4;
  private static final Pattern TITLE = Pattern.compile("[\\p{L}'’.-]+(?: [\\p{L}'’.-]+)*");

  // prepositions that place a body named just before them: "the Embassy in Kabul"
  private static final Set<String> PLACED_BODY = Set.of("in", "at");

  // the most words of a role between two people, the second of whom holds it ("mother of three")
  private static final int ROLE_BETWEEN_WORDS = 4;

  /** How many sentences of a quotation an epithet after it may close. */
  private static final int QUOTED_SENTENCES = 4;

  private static final Pattern WRITER_ASKS = Pattern.compile("I\\s+ask(?:ed)?\\b");

  private static final Set<String> NAMED_GROUPS =
      Set.of("family", "administration", "campaign", "camp", "estate", "household", "foundation");

  /** Parts of an organisation, which speak for it: "a unit of Orion Holdings said". */
  private static final Set<String> ORGANISATION_PARTS =
      Set.of("unit", "subsidiary", "division", "affiliate");

  /** Kinds of body that trade, which "the company" and its like never call a public office. */
  private static final Set<String> TRADING =
      Set.of("company", "firm", "maker", "retailer", "airline", "carrier", "insurer", "lender");

  /**
   * Words of the names of bodies that trade nothing: public bodies ("Federal Office for …",
   * "Ministry of …") and societies, unions and clubs ("Nordhavet Volunteer Rescue Society").
   */
  private static final Set<String> NON_TRADING =
      Set.of(
          "office",
          "ministry",
          "department",
          "commission",
          "authority",
          "council",
          "court",
          "regulator",
          "police",
          "parliament",
          "government",
          "administration",
          "inspectorate",
          "society",
          "association",
          "union",
          "federation",
          "foundation",
          "institute",
          "university",
          "universidad", // "Universidad Técnica del Pacífico", and as other tongues write it
          "universidade",
          "université",
          "universität",
          "college",
          "committee",
          "coalition",
          "league",
          "club",
          "school",
          "hospital");

  private static final Set<String> AFFILIATION =
      Set.of("at", "for", "with", "of", "to", "by", "told", "tells");
  // participles before "by" that name who runs a thing: that one acts, not a qualifier
  private static final Set<String> RUNNING =
      Set.of("managed", "owned", "operated", "run", "built", "developed", "founded", "acquired");

  private final Words words;
  private final Descriptions descriptions;
  private final Epithets epithets;
  // A person quoted as an object, and the subject pronoun that stands for the same person.
  private static final Map<String, String> OBJECT_PRONOUNS = Map.of("him", "he", "her", "she");

  /**
   * The object a verb that quotes someone names ("quoted him on Monday as saying"): the pronoun
   * alone when one opens it, else the words as they are.
   */
  static List<Tok> quotedObject(List<Tok> phrase) {
    return !phrase.isEmpty() && OBJECT_PRONOUNS.containsKey(phrase.get(0).lower())
        ? phrase.subList(0, 1)
        : phrase;
  }

  SpeakerPhrase(Words words) {
    this.words = words;
    this.descriptions = new Descriptions(words);
    this.epithets = new Epithets(words);
  }

  /**
   * A clause's subject without the verb and words after it: "the union" of "the union delivered to
   * Prime Minister Ilse Varga a letter that it".
   */
  List<Tok> subject(List<Tok> clause) {
    return descriptions.beforeItsVerb(clause);
  }

  /**
   * The speaker the phrase names, or null when the phrase does not look like a speaker at all.
   *
   * @param quotes spans of the document's quotations, whose names do not count for pronouns
   */
  @Nullable Speaker resolve(Frame frame, List<Tok> phrase) {
    Mentions mentions = frame.mentions();
    if (phrase.isEmpty()) {
      return null;
    }
    String asSubject = phrase.size() == 1 ? OBJECT_PRONOUNS.get(phrase.get(0).lower()) : null;
    if (asSubject != null) {
      // "the Union Herald quoted him as saying": the one "he" would be
      Tok t = phrase.get(0);
      return resolve(
          frame, List.of(new Tok(t.begin(), t.end(), asSubject, asSubject, t.punctBefore())));
    }
    if (phrase.size() > 12) {
      return resolve(frame, phrase.subList(0, 12));
    }
    Mentions.Placed self = selfNamed(mentions, phrase);
    if (self != null) {
      // "a trader who gave his name only as Sadiq": the name the speaker gave
      return new Speaker(self.entity(), null);
    }
    for (int i = 2;
        i < phrase.size() && Descriptions.DETERMINERS.contains(phrase.get(0).lower());
        i++) {
      if (RELATIVE_CLAUSE.contains(phrase.get(i).lower())) {
        // "a witness who saw Mr. Hussein on television": no name in the relative clause speaks
        return resolve(frame, phrase.subList(0, i));
      }
    }
    Speaker joint = joint(frame, phrase);
    if (joint != null) {
      return joint;
    }
    Speaker managed = managementOf(frame, phrase);
    if (managed != null) {
      return managed; // "Sunrise Apparel's management", "the management of Sunrise Apparel"
    }
    Speaker owner = writingsOwner(frame, phrase);
    if (owner != null) {
      return owner;
    }
    int b = phrase.get(0).begin();
    int e = phrase.get(phrase.size() - 1).end();
    if ((phrase.size() == 2
            || phrase.size() == 3 && Character.isUpperCase(phrase.get(1).text().charAt(0)))
        && phrase.get(0).lower().equals("the")
        && words.originNoun(phrase.get(phrase.size() - 1).text())
        && mentions.firstWithin(b, e, EntityType.ORGANIZATION) == null
        && mentions.firstWithin(b, e, EntityType.LOCATION) == null) {
      // "the Scot added", "the Dubliner said", "the New Zealander said": news names the person
      // just named by origin
      return epithetHolder(frame, b);
    }
    Mentions.Placed named = preferred(frame.text(), mentions, phrase, b, e);
    boolean onBehalf =
        named != null
            && (onBehalfOf(phrase, named)
                || possessed(phrase, named)
                || namesGroup(phrase, named)
                || modifiesRole(phrase, named)
                || inIndefiniteComplement(phrase, named));
    if (onBehalf) {
      named = null;
    }
    String head = phrase.get(phrase.size() - 1).lower();
    if (named != null && (named.entity().type() == EntityType.PERSON || heads(phrase, named))) {
      // "Cuba predicted" where the text also names the Cuban government: a country speaks by it
      Entity government = mentions.governmentOf(named.entity());
      return new Speaker(government != null ? government : named.entity(), null);
    }
    if (phrase.size() == 1 && words.subjectPronouns.contains(phrase.get(0).lower())) {
      String p = phrase.get(0).lower();
      Set<EntityType> types =
          p.equals("it") ? BODIES : p.equals("he") || p.equals("she") ? PEOPLE : Set.of();
      if (p.equals("i") && writerAsks(frame, phrase.get(0)) && frame.writer() != null) {
        return new Speaker(frame.writer(), null); // "“Why now?” I ask.": the byline's writer
      }
      if (types.isEmpty()) {
        return p.equals("they") ? new Speaker(null, null, Speaker.Pronoun.GROUP) : Speaker.NOBODY;
      }
      Entity fronted = types == BODIES ? frontedSubject(frame, phrase.get(0)) : null;
      if (fronted == null && types == BODIES) {
        fronted = bodyDescribedBefore(frame, phrase.get(0));
      }
      if (fronted != null) {
        return new Speaker(fronted, null, Speaker.Pronoun.THING);
      }
      Mentions.Gender gender = Mentions.Gender.of(p);
      Mentions.Placed last = antecedent(frame, b, types, gender);
      if (types == BODIES) {
        return new Speaker(last == null ? null : last.entity(), null, Speaker.Pronoun.THING);
      }
      // "he" with no one named may still carry on an unnamed speaker ("said a U.S. official. '…,'
      // he said")
      return new Speaker(last == null ? null : last.entity(), null, Speaker.Pronoun.PERSON);
    }
    Entity shortened = shortenedBody(mentions, phrase, b);
    if (shortened != null) {
      return new Speaker(shortened, null); // "The Lakemont club" of "the Lakemont Aquatic Club"
    }
    if (named == null && !onBehalf) {
      for (Tok t : phrase) {
        // a role's initials ("the 38-year-old MLA") are no word of a name; "Cardinal" may be
        Entity missed =
            Character.isUpperCase(t.text().charAt(0))
                    && !(words.roleNoun(t.lower())
                        && t.text().equals(t.text().toUpperCase(Locale.ROOT)))
                ? mentions.byWord(t.text(), b)
                : null;
        if (missed != null) {
          return new Speaker(missed, null);
        }
      }
      Tok only = phrase.get(0);
      Entity body =
          phrase.size() == 1 && Character.isUpperCase(only.text().charAt(0))
              ? mentions.bodyByFirstWord(only.text(), b)
              : null;
      if (body != null) {
        return new Speaker(body, null); // "Diversified said" after "Diversified Investment Group"
      }
    }
    Entity placed = epithets.introducedAs(frame, phrase, b);
    if (placed != null) {
      return new Speaker(placed, null); // "the Leeds surgeon" of "a surgeon … in Leeds"
    }
    // "the 71-year-old", "the Louisiana Republican": news names the person just named by age, or
    // a lawmaker by state and party
    if (phrase.size() >= 2 && phrase.get(0).lower().equals("the") && Tok.age(phrase.get(1).lower())
        || PARTISAN.matcher(frame.text().substring(b, e)).matches()) {
      // "the 38-year-old MLA": the one who holds the role after the age, when one does
      Entity holder = phrase.size() > 2 ? mentions.holder(frame.text().substring(b, e)) : null;
      return holder != null ? new Speaker(holder, null) : epithetHolder(frame, b);
    }
    Entity subject = epithetOfSubject(frame, phrase, b);
    if (subject != null) {
      return new Speaker(subject, null);
    }
    List<Tok> kind = beforeOf(phrase);
    boolean company = words.companyNouns.contains(kind.get(kind.size() - 1).lower());
    boolean body = company && definite(kind);
    // "the U.S. auto maker": a body described by its kind, the actor only when one is named
    boolean modified = company && !body && modifiedKind(kind);
    if (phrase.size() == 2
        && phrase.get(0).lower().equals("the")
        && Character.isLowerCase(phrase.get(1).text().charAt(0))) {
      // "the charity said" after "The homelessness charity Homeward Ireland said …"
      Mentions.Placed introduced =
          mentions.lastIntroducedAs(phrase.get(1).lower(), frame.text(), b, frame.quotes());
      if (introduced != null
          && (introduced.entity().type() == EntityType.PERSON
              || !words.roleNoun(phrase.get(1).lower()))) {
        // not "the official" after "the official Kuwait Press Agency", a body no person noun
        // introduces
        return new Speaker(introduced.entity(), null);
      }
    }
    boolean institutional = phrase.size() == 2 && words.institutionNouns.contains(head);
    if (!institutional
        && phrase.size() >= 2
        && phrase.size() <= 4
        && phrase.get(0).lower().equals("the")) {
      // "the coordination centre said" after "the National Emergency Coordination Centre"; "the
      // court said" is the last court named, whatever its name ends with (below)
      List<Tok> kindWords = phrase.subList(1, phrase.size());
      if (kindWords.stream().allMatch(t -> Character.isLowerCase(t.text().charAt(0)))) {
        Mentions.Placed ending =
            mentions.lastBodyNamedEndingWith(
                kindWords.stream().map(Tok::lower).toList(), b, frame.quotes());
        if (ending != null) {
          return new Speaker(ending.entity(), null);
        }
      }
    }
    if (!hasNoun(phrase) && !body && !modified || clause(phrase)) {
      return null;
    }
    Speaker issued = issuer(frame, phrase);
    if (issued != null && issued.entity() != null) {
      return issued; // "A statement issued by the Foreign Ministry said": the ministry speaks
    }
    // "and the police said": the conjunction is no part of who spoke
    List<Tok> described = Descriptions.withoutLeadingWords(descriptions.beforeItsVerb(phrase));
    if (described.size() == 2
        && described.size() < phrase.size()
        && described.get(0).lower().equals("the")
        && words.institutionNouns.contains(described.get(1).lower())) {
      // "The commission declined to comment, saying only that …": the body before its verb
      return resolve(frame, described);
    }
    String description =
        frame.text().substring(described.get(0).begin(), described.get(described.size() - 1).end());
    if (body && PUBLICATIONS.contains(kind.get(kind.size() - 1).lower())) {
      // "the newspaper said" after "The Boston Herald reported that the Red Sox …": the last
      // body named as a publication, not the last body
      Mentions.Placed paper = mentions.lastBodyNamedWithAny(words.mastheads, b, frame.quotes());
      if (paper != null) {
        return new Speaker(paper.entity(), null);
      }
    }
    if (institutional && body) {
      // "the agency said" after "the National Flood Resilience Agency", not the newspaper after it
      Mentions.Placed own = mentions.lastBodyNamedWith(head, b, frame.quotes());
      if (own != null && !otherwiseQualified(described, own.entity())) {
        return new Speaker(own.entity(), null);
      }
    }
    if (body && described.size() == 2 && described.get(0).lower().equals("the")) {
      Mentions.Placed apposed = bodyApposedAs(frame, b, head);
      if (apposed != null) {
        return new Speaker(apposed.entity(), null);
      }
    }
    if (body || modified) {
      boolean trading = TRADING.contains(kind.get(kind.size() - 1).lower());
      Mentions.Placed actor = lastActor(frame, b, body, trading);
      if (actor != null
          && namedAs(actor.entity(), head)
          && otherwiseQualified(described, actor.entity())) {
        // "the central bank said" after "Kalydna Cooperative Bank": another bank, unnamed
        return new Speaker(null, description);
      }
      if (actor != null) {
        return new Speaker(actor.entity(), null);
      }
    }
    // "One executive from a laptop maker said": someone new, not the executive named before
    boolean brandNew = Clauses.INDEFINITE.contains(described.get(0).lower());
    Entity holder = brandNew ? null : mentions.holder(description);
    if (holder != null
        && !mentions.namedBefore(holder, b)
        && b > frame.headline()
        && !unnamedLead(frame, b)) {
      // "The spokesperson added …" before a campaign's spokesman is named; a headline, though,
      // names by role the people its article names later, and so does a lead that names nobody
      // ("Iran's foreign minister said …", then "Foreign Minister Hossein Tabatabaei")
      holder = null;
    }
    if (holder == null
        && phrase.size() == 2
        && phrase.get(0).lower().equals("the")
        && words.institutionNouns.contains(head)) {
      // "the court said" after "the Supreme Court of Velland heard the appeal"
      // "the military said" after "the Indian navy seized two boats": any armed force named
      // "Patria Viva responded within minutes. "…," the party said": the body the sentence
      // before opens with, whatever its name
      Mentions.Placed institution = NAMED_AS.containsKey(head) ? bodyOpeningBefore(frame, b) : null;
      if (institution == null) {
        institution =
            head.equals("military")
                ? mentions.lastBodyNamedWithAny(ARMED_FORCES, b, frame.quotes())
                : mentions.lastBodyNamedWith(head, b, frame.quotes());
      }
      if (institution != null
          && institution.end() <= frame.headline()
          && !mentions.namedWithin(institution.entity(), frame.headline(), b)) {
        // "Singer Sues Label Over Unpaid Royalties": a title-cased headline makes names of words
        institution = null;
      }
      if (institution == null && NAMED_AS.containsKey(head)) {
        // "the party said" after "the ruling National Progress Alliance"; "the club said" of the
        // club the report is about, not the rival it last named
        institution = mostNamedBefore(frame, NAMED_AS.get(head), b);
      }
      if (institution == null && head.equals("club")) {
        // "the club said" after "Kingsbridge City have completed the signing", read as a town
        institution = mentions.lastPlaceNamedEndingWithAny(CLUB_WORDS, b, frame.quotes());
      }
      holder = institution == null ? null : institution.entity();
    }
    if (holder == null && definite(phrase)) {
      holder = leaderJustNamed(frame, b, description);
    }
    if (holder == null && definite(phrase)) {
      holder = holderJustNamed(frame, b, description);
    }
    if (holder == null
        && phrase.size() == 2
        && phrase.get(0).lower().equals("the")
        && Character.isLowerCase(phrase.get(1).text().charAt(0))) {
      // "traded guard Omar Banks …. "…," the guard said": the one person the noun titles
      holder = mentions.onlyTitledBy(phrase.get(1).lower(), frame.text(), b);
    }
    if (holder != null
        && holder.type() == EntityType.PERSON
        && described.size() == 2
        && described.get(0).lower().equals("the")
        && newcomerSince(frame, holder, head, b)) {
      // "A Western diplomat …, said …. "…," the diplomat said": the newcomer, whoever holds the
      // role by name ("ministry spokesman Robert Ng said. … an Ardmore spokesman said")
      holder = null;
    }
    if (holder == null && placedKind(frame, phrase)) {
      // "The Championship club", "the Lecce-based club": the club, by where it plays or sits
      Speaker kindOnly = resolve(frame, List.of(phrase.get(0), phrase.get(phrase.size() - 1)));
      holder = kindOnly == null ? null : kindOnly.entity();
    }
    return holder != null ? new Speaker(holder, null) : new Speaker(null, description);
  }

  /**
   * Whether a definite phrase is a body's kind after words that only place it: capitalised ones
   * ("The Championship club") or a base ("the Santa Clara, Calif.-based company").
   */
  private boolean placedKind(Frame frame, List<Tok> phrase) {
    int last = phrase.size() - 1;
    String head = phrase.get(last).lower();
    if (last < 2 || last > 5 || !phrase.get(0).lower().equals("the") || !words.bodyNoun(head)) {
      return false;
    }
    for (int i = 1; i < last; i++) {
      String t = phrase.get(i).text();
      if (!Character.isUpperCase(t.charAt(0)) && !t.endsWith("-based")
          || frame.mentions().byWord(t, phrase.get(0).begin()) != null) {
        return false; // not "the Carvalho Menezes campaign", which is the person's
      }
    }
    return true;
  }

  /**
   * Whether someone the noun brings in unnamed ("A Western diplomat in Tehran, who spoke on
   * condition of anonymity, said", "said a diplomat") stands after the last time {@code holder} was
   * named before {@code at}: "the diplomat" is then that newcomer. Not an apposition ("Ould
   * Mahmoud, a Mauritanian diplomat, said"), which describes the one it follows.
   */
  private static boolean newcomerSince(Frame frame, Entity holder, String noun, int at) {
    Matcher m =
        Pattern.compile(
                "\\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:[\\p{L}-]+\\s+){0,3}"
                    + Pattern.quote(noun)
                    + "\\b(?!\\s*,\\s*\\p{Lu})")
            .matcher(frame.text())
            .region(0, at);
    int last = -1;
    while (m.find()) {
      int before = m.start() - 1;
      while (before >= 0 && frame.text().charAt(before) == ' ') {
        before--;
      }
      // "Ould Mahmoud, a Mauritanian diplomat": set off after a name; not "In Cleveland, an
      // Ardmore spokesman said", where the comma ends an opening phrase
      boolean apposed =
          before >= 0 && frame.text().charAt(before) == ',' && afterName(frame, before);
      List<Tok> lead = Tok.of(frame.text(), Math.max(0, m.start() - 12), m.start());
      boolean predicate = // "Frazier is an American artist": said of the one named
          !lead.isEmpty() && PREDICATING.contains(lead.get(lead.size() - 1).lower());
      if (!apposed && !predicate && !frame.inQuote(m.start())) {
        last = m.end();
      }
    }
    return last >= 0 && !frame.mentions().namedWithin(holder, last, at);
  }

  /**
   * Whether the comma at {@code comma} follows a person's name, or a name and an age ("Kim
   * Tae-yang, 41,").
   */
  private static boolean afterName(Frame frame, int comma) {
    String text = frame.text();
    int end = comma;
    Matcher age = AGE_BEFORE.matcher(text).region(Math.max(0, comma - 6), comma);
    if (age.find()) {
      end = age.start();
    }
    Mentions.Placed person = frame.mentions().lastBefore(end, PEOPLE, List.of());
    return person != null && person.end() == end;
  }

  /**
   * Whether {@code at} is in the first paragraph after the headline, and no person is named between
   * them (a byline is the headline's): a lead that brings its speaker in by role alone.
   */
  private static boolean unnamedLead(Frame frame, int at) {
    String text = frame.text();
    int from = Math.max(0, frame.headline());
    while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    int paragraph = text.indexOf("\n\n", from);
    return (paragraph < 0 || at < paragraph) && frame.namesNobodyBefore(at);
  }

  /**
   * The body "it" stands for when a clause set before it has a body of that kind as its subject:
   * "Though the newspaper doesn't cite its source, it stated …". Null otherwise.
   */
  private @Nullable Entity frontedSubject(Frame frame, Tok it) {
    Sentences sentences = frame.sentences();
    int i = sentences.indexOf(it.begin());
    if (!it.punctBefore() || i < 0) {
      return null;
    }
    List<Tok> before = Tok.of(frame.text(), sentences.begin(i), it.begin());
    if (before.size() < 4
        || !SUBORDINATORS.contains(before.get(0).lower())
        || !before.get(1).lower().equals("the")
        || !words.companyNouns.contains(before.get(2).lower())) {
      return null;
    }
    Speaker who = resolve(frame, before.subList(1, 3));
    return who == null ? null : who.entity();
  }

  /**
   * The body "it" stands for when the sentence before opens with that body by its kind, as its
   * subject ("The department asked volunteers not to return. In a statement, it said: …"), and no
   * body is named from that sentence's start to "it"; null otherwise.
   */
  private @Nullable Entity bodyDescribedBefore(Frame frame, Tok it) {
    Sentences sentences = frame.sentences();
    int i = sentences.indexOf(it.begin());
    int j = unquotedSentenceBefore(frame, it.begin());
    if (i < 0 || j < 0 || j != i - 1) {
      return null;
    }
    List<Tok> before = Tok.of(frame.text(), sentences.begin(j), sentences.end(j));
    if (before.size() < 3
        || !before.get(0).lower().equals("the")
        || !Character.isLowerCase(before.get(1).text().charAt(0))
        || !(words.companyNouns.contains(before.get(1).lower())
            || words.institutionNouns.contains(before.get(1).lower()))
        || !Character.isLowerCase(before.get(2).text().charAt(0))
        || frame.mentions().firstWithin(sentences.begin(j), it.begin(), EntityType.ORGANIZATION)
            != null) {
      return null;
    }
    Speaker who = resolve(frame, before.subList(0, 2));
    return who == null ? null : who.entity();
  }

  /**
   * Of several people who hold a role ("the judge" where two judges are named), the one the last
   * few sentences name, when they name only one of them ("Judge Bodiford handed down the sentence.
   * "…," the judge said"), else the one named before at all, when the others come later.
   */
  private static @Nullable Entity holderJustNamed(Frame frame, int at, String description) {
    List<Entity> holders = frame.mentions().holders(description);
    if (holders.size() < 2) {
      return null;
    }
    Entity recent = onlyNamedWithin(frame, holders, sentencesBefore(frame, at), at);
    if (recent == null) {
      // or the sentences before the paragraph's, where it opens with a quotation the tag closes
      // ("Please do. We would like to see the file," the judge said)
      int paragraph = frame.text().lastIndexOf("\n\n", at);
      if (paragraph >= 0) {
        recent = onlyNamedWithin(frame, holders, sentencesBefore(frame, paragraph + 2), at);
      }
    }
    return recent != null ? recent : onlyNamedWithin(frame, holders, 0, at);
  }

  /** Where the sentence {@value #RECENT_SENTENCES} before the one at {@code at} begins. */
  private static int sentencesBefore(Frame frame, int at) {
    Sentences sentences = frame.sentences();
    return sentences.begin(Math.max(0, sentences.indexOf(at) - RECENT_SENTENCES));
  }

  /** The one of the people named in {@code [from, to)}, or null when none or several are. */
  private static @Nullable Entity onlyNamedWithin(
      Frame frame, List<Entity> people, int from, int to) {
    Entity named = null;
    for (Entity e : people) {
      if (frame.mentions().namedWithin(e, from, to)) {
        if (named != null) {
          return null;
        }
        named = e;
      }
    }
    return named;
  }

  /**
   * The person a leader's role points back to when the text never states who holds it: the one
   * person who opens the sentence before and is its only person, when that sentence does not use
   * the role itself ("Ortega accused Washington of meddling. "…," the Sandinista leader said").
   */
  private @Nullable Entity leaderJustNamed(Frame frame, int at, String description) {
    Mentions mentions = frame.mentions();
    String role = mentions.roleOf(description);
    Sentences sentences = frame.sentences();
    int i = sentences.indexOf(at);
    if (role == null || !words.leaderRoles.contains(role) || i < 1) {
      return null;
    }
    int b = sentences.begin(i - 1);
    int e = sentences.end(i - 1);
    if (frame.text().substring(b, e).toLowerCase(Locale.ROOT).contains(role)) {
      return null;
    }
    Mentions.Placed first = mentions.firstWithin(b, e, EntityType.PERSON);
    if (first == null || first.begin() - b > 4) {
      return null;
    }
    return mentions.firstWithin(first.end(), e, EntityType.PERSON) == null ? first.entity() : null;
  }

  /**
   * The organisation "the company" points back to: the last one named, passing over those named
   * only as someone's workplace, client or listener ("an analyst at Barclays", "a lawyer for Acme",
   * "told the Associated Press"); when the last few are all so named, the one of them the document
   * names most ("told NBC …", "told The Associated Press" after "at the Kraft Foods plant") if
   * {@code orMostNamed}, else null.
   */
  private static Mentions.@Nullable Placed lastActor(
      Frame frame, int at, boolean orMostNamed, boolean trading) {
    Mentions mentions = frame.mentions();
    Mentions.Placed body = lastBodyBefore(frame, at, trading);
    if (body == null) {
      return null;
    }
    Mentions.Placed most = body;
    for (int tries = 0; tries < 3; tries++) {
      // the words before it in its own sentence: "… of this size." ends another one
      int sentence = frame.sentences().indexOf(body.begin());
      int from = sentence < 0 ? 0 : frame.sentences().begin(sentence);
      List<Tok> before = Tok.of(frame.text(), Math.max(from, body.begin() - 40), body.begin());
      boolean qualifier = false;
      for (int i = Math.max(0, before.size() - 3); i < before.size(); i++) {
        // "managed by Evergain Property Services": the one that runs it acts, and speaks
        boolean runBy =
            i > 0
                && before.get(i).lower().equals("by")
                && RUNNING.contains(before.get(i - 1).lower());
        qualifier |= AFFILIATION.contains(before.get(i).lower()) && !runBy;
      }
      if (!qualifier) {
        return body;
      }
      if (mentions.timesNamed(body.entity()) > mentions.timesNamed(most.entity())) {
        most = body;
      }
      Mentions.Placed earlier = lastBodyBefore(frame, body.begin(), trading);
      if (earlier == null) {
        return orMostNamed ? most : null;
      }
      body = earlier;
    }
    return orMostNamed ? most : null;
  }

  /**
   * The last body named before {@code at}, in its sentence or the one before, that the text set off
   * as one of the kind {@code noun} names ("Helios Bulk Carriers, the Athens-based company that
   * manages the vessel, thanked the Spanish Navy"): "the company" is it, whatever was named since.
   */
  private static Mentions.@Nullable Placed bodyApposedAs(Frame frame, int at, String noun) {
    int sentence = frame.sentences().indexOf(at);
    int since = sentence <= 0 ? 0 : frame.sentences().begin(sentence - 1);
    for (Mentions.Placed body = lastBodyBefore(frame, at);
        body != null && body.begin() >= since;
        body = lastBodyBefore(frame, body.begin())) {
      Matcher m = APPOSED_KIND.matcher(frame.text()).region(body.end(), at);
      if (m.lookingAt() && List.of(m.group(1).split("\\s+")).contains(noun)) {
        return body;
      }
    }
    return null;
  }

  /**
   * As {@link #lastBodyBefore(Frame, int)}, passing over bodies that trade nothing when {@code
   * trading}: "the company said" after "the Federal Office for Road Vehicle Safety said" is no
   * office.
   */
  private static Mentions.@Nullable Placed lastBodyBefore(Frame frame, int at, boolean trading) {
    Mentions.Placed body = lastBodyBefore(frame, at);
    while (trading && body != null && tradesNothing(body.entity())) {
      body = lastBodyBefore(frame, body.begin());
    }
    return body;
  }

  /**
   * The last body named before {@code at}, passing over a credit in brackets: the agency of a date
   * line or a photograph, "TOKYO, June 12 (Pacific Rim Press) —", publishes and does nothing.
   */
  private static Mentions.@Nullable Placed lastBodyBefore(Frame frame, int at) {
    String text = frame.text();
    Mentions.Placed body = frame.mentions().lastBefore(at, BODIES, frame.quotes());
    while (body != null
        && body.begin() > 0
        && body.end() < text.length()
        && text.charAt(body.begin() - 1) == '('
        && text.charAt(body.end()) == ')') {
      body = frame.mentions().lastBefore(body.begin(), BODIES, frame.quotes());
    }
    return body;
  }

  /**
   * Of the bodies named before {@code at} with a name holding one of {@code words}, the one the
   * text names most often, the later on a tie; null when there is none.
   */
  private static Mentions.@Nullable Placed mostNamedBefore(Frame frame, Set<String> words, int at) {
    Mentions mentions = frame.mentions();
    Mentions.Placed best = null;
    for (Mentions.Placed p = mentions.lastBodyNamedWithAny(words, at, frame.quotes());
        p != null;
        p = mentions.lastBodyNamedWithAny(words, p.begin(), frame.quotes())) {
      if (best == null || mentions.timesNamed(p.entity()) > mentions.timesNamed(best.entity())) {
        best = p;
      }
    }
    return best;
  }

  /** Whether a body's name holds a word of a body that trades nothing: "… Office", "… Society". */
  private static boolean tradesNothing(Entity body) {
    for (String w : body.name().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (NON_TRADING.contains(w)) {
        return true;
      }
    }
    return false;
  }

  // words that open a day after a name: "on Sunday", "late Friday"
  private static final Set<String> DAY_OPENERS = Set.of("on", "late", "early", "last", "this");

  /**
   * Whether the phrase is a clause rather than a noun phrase: it holds an auxiliary verb that no
   * relative pronoun introduces ("the agency has received adverse event", not "an official who was
   * present").
   */
  private static boolean clause(List<Tok> phrase) {
    for (int i = 0; i < phrase.size(); i++) {
      if (AUXILIARIES.contains(phrase.get(i).lower())) {
        return i == 0 || !RELATIVES.contains(phrase.get(i - 1).lower());
      }
    }
    return false;
  }

  /**
   * Two different people joined by "and" ("Mr. Hart and Ms. Lowe said"): one speaker cannot hold
   * both, so they are described together, as a joint statement's "the parties" is. Null when the
   * phrase is not two people's names either side of an "and".
   */
  static @Nullable Speaker joint(Frame frame, List<Tok> phrase) {
    for (int and = phrase.size() - 2; and > 0; and--) {
      if (phrase.get(and).lower().equals("and")) {
        int b = phrase.get(0).begin();
        int e = phrase.get(phrase.size() - 1).end();
        Mentions mentions = frame.mentions();
        Mentions.Placed first = mentions.firstWithin(b, phrase.get(and).begin(), EntityType.PERSON);
        Mentions.Placed second =
            mentions.firstWithin(phrase.get(and + 1).begin(), e, EntityType.PERSON);
        if (first == null || second == null || first.entity().equals(second.entity())) {
          return null;
        }
        return new Speaker(null, frame.text().substring(b, second.end()));
      }
    }
    return null;
  }

  /**
   * The named speaker of the clause that starts at {@code i} with a name (in apposition to the
   * description before it), or null when there is none or it is only a pronoun.
   */
  @Nullable Speaker namedClause(Frame frame, List<Tok> toks, int i) {
    if (i >= toks.size()
        || !Clauses.named(toks, i, toks.size()) && !words.speakerNoun(toks.get(i).lower())) {
      return null; // "said a statement from the group, read over Radio Monte Carlo"
    }
    Speaker who = resolve(frame, Clauses.clause(toks, i));
    return who != null && who.entity() != null && who.pronoun() == Speaker.Pronoun.NONE
        ? who
        : null;
  }

  /** A source named after "according to", and the index of the word after the words naming it. */
  record Source(Speaker speaker, int end) {}

  /**
   * The source named from {@code from} on, after "according to": the words up to the next
   * punctuation (or the issuer of a writing they name), or, when they name someone and a short
   * apposition follows between commas (or ends the words before a quotation), the name in it ("the
   * police chief, Maria Santos,") with the apposition taken in ("Maria Santos, the police chief,").
   * Not "press reports, Caridad Gonzalez, …", which names no one before the name. Null when the
   * words name no one.
   */
  @Nullable Source source(Frame frame, List<Tok> toks, int from, boolean beforeQuote) {
    List<Tok> first = untilNextPredicate(Clauses.clause(toks, from));
    int end = from + first.size();
    Speaker named = issuer(frame, first);
    if (named == null) {
      named = resolve(frame, first);
    }
    if (end < toks.size() && Tok.commaBefore(frame.text(), toks, end)) {
      List<Tok> apposed = Clauses.clause(toks, end);
      int next = end + apposed.size();
      boolean closed =
          next == toks.size() ? beforeQuote : Tok.commaBefore(frame.text(), toks, next);
      Speaker other = closed && apposed.size() <= APPOSITION_WORDS ? resolve(frame, apposed) : null;
      if (named != null && other != null && other.known()) {
        Entity entity = named.entity();
        if (entity == null && other.entity() != null) {
          return new Source(other, next);
        }
        if (entity != null && (other.entity() == null || entity.equals(other.entity()))) {
          return new Source(named, next);
        }
      }
    }
    return named == null ? null : new Source(named, end);
  }

  /**
   * The words before "and" or "but" that open the sentence's next predicate: "the Associated Press"
   * of "according to the Associated Press and was fought for hours".
   */
  private static List<Tok> untilNextPredicate(List<Tok> clause) {
    for (int i = 1; i + 1 < clause.size(); i++) {
      String w = clause.get(i).lower();
      String next = clause.get(i + 1).lower();
      if ((w.equals("and") || w.equals("but")) && AUXILIARIES.contains(next)) {
        return clause.subList(0, i);
      }
    }
    return clause;
  }

  /**
   * The body whose management a phrase names ("Sunrise Apparel's management", "the management of
   * Sunrise Apparel"), which speaks for it; null for any other phrase, or when the words before
   * "'s" or after "of" are not wholly a body's name.
   */
  private static @Nullable Speaker managementOf(Frame frame, List<Tok> phrase) {
    int last = phrase.size() - 1;
    int b;
    int e;
    if (last >= 1
        && MANAGEMENT.contains(phrase.get(last).lower())
        && phrase.get(last - 1).possessive()) {
      b = phrase.get(0).begin();
      e = phrase.get(last - 1).withoutPossessive().end();
    } else if (last >= 3
        && phrase.get(0).lower().equals("the")
        && MANAGEMENT.contains(phrase.get(1).lower())
        && phrase.get(2).lower().equals("of")) {
      b = phrase.get(3).begin();
      e = phrase.get(last).end();
    } else {
      return null;
    }
    Mentions.Placed body = frame.mentions().firstWithin(b, e, EntityType.ORGANIZATION);
    return body != null && body.begin() <= b + 4 && body.end() >= e - 1
        ? new Speaker(body.entity(), null)
        : null;
  }

  /**
   * The body that "the company's statement" or "the union's letter" comes from, as "the company"
   * would name it; null for any other phrase, or when no body is named.
   */
  private @Nullable Speaker writingsOwner(Frame frame, List<Tok> phrase) {
    if (phrase.size() != 3
        || !phrase.get(0).lower().equals("the")
        || !phrase.get(1).possessive()
        || !words.writings.contains(phrase.get(2).lower())) {
      return null;
    }
    Tok kind = phrase.get(1).withoutPossessive();
    if (!words.bodyNoun(kind.lower())) {
      return null;
    }
    Speaker owner = resolve(frame, List.of(phrase.get(0), kind));
    return owner != null && owner.entity() != null ? owner : null;
  }

  /**
   * The body that issued the writing a phrase opens with ("a statement from the foreign ministry",
   * "the letter by Acme's lawyers"): it speaks for the writing. Null when the phrase names no
   * writing's issuer.
   */
  @Nullable Speaker issuer(Frame frame, List<Tok> phrase) {
    for (int i = 1; i + 2 < Math.min(phrase.size(), 5); i++) {
      String w = phrase.get(i).lower();
      // "a statement issued by the ministry": the participle only says how it came out
      int at = PUBLISHED.contains(phrase.get(i + 1).lower()) ? i + 2 : i + 1;
      String by = phrase.get(at).lower();
      // "a survey of CPAs", "a study of 2,000 adults": those asked, not who asked them
      if (words.writings.contains(w)
          && at + 1 < phrase.size()
          && ISSUED_BY.contains(by)
          && !(by.equals("of") && SAMPLED.contains(w))) {
        List<Tok> authors = phrase.subList(at + 1, phrase.size());
        Speaker first = firstOfJointAuthors(frame, authors);
        return first != null ? first : resolveOrDescribe(frame, authors);
      }
    }
    return null;
  }

  /**
   * The first of two or more authors named before "and" ("a report by the Harlow Lab and MDRC, a
   * research group"): the lead author speaks for the writing. Null when the words do not open with
   * a name that "and" ends.
   */
  private @Nullable Speaker firstOfJointAuthors(Frame frame, List<Tok> authors) {
    for (int k = 1; k < authors.size(); k++) {
      if (authors.get(k).lower().equals("and") && !authors.get(k).punctBefore()) {
        int from = authors.get(0).lower().equals("the") && k > 1 ? 1 : 0;
        int b = authors.get(from).begin();
        int e = authors.get(k - 1).end();
        for (EntityType type : List.of(EntityType.ORGANIZATION, EntityType.PERSON)) {
          Mentions.Placed named = frame.mentions().firstWithin(b, e, type);
          if (named != null && named.begin() == b && named.end() == e) {
            return new Speaker(named.entity(), null);
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * As {@link #resolve}, for words that stand where only a speaker can stand ({@code "…," said one
   * shopper}): a short phrase that names no one is kept as the description.
   */
  @Nullable Speaker resolveOrDescribe(Frame frame, List<Tok> said) {
    List<Tok> phrase = Descriptions.withoutAside(descriptions.withoutWhen(said));
    Speaker issuer = issuer(frame, phrase);
    if (issuer != null) {
      return issuer;
    }
    Speaker who = resolve(frame, phrase);
    if (who == null && phrase.size() > 5) {
      phrase = descriptions.headOnly(phrase);
    }
    if (who != null || phrase.isEmpty() || phrase.size() > 5 || clause(phrase)) {
      return who;
    }
    String description = descriptions.of(frame.text(), phrase);
    return description == null ? null : new Speaker(null, description);
  }

  private Mentions.@Nullable Placed antecedent(
      Frame frame, int at, Set<EntityType> types, Mentions.Gender gender) {
    Mentions mentions = frame.mentions();
    Sentences sentences = frame.sentences();
    List<int[]> quotes = frame.quotes();
    int s = sentences.indexOf(at);
    if (types != PEOPLE) {
      Mentions.Placed opener = opener(frame, sentences.begin(s), at);
      return opener != null ? opener : mentions.lastBefore(at, types, quotes);
    }
    // "she" after "Ana Lopes met Rui Costa. Costa left early.": a woman the text shows as one
    // goes before a nearer person it does not (news names more men than women, so "he" does not)
    boolean exactly = gender == Mentions.Gender.FEMALE;
    Mentions.Placed nearest = null;
    for (int i = s; i >= Math.max(0, s - 3); i--) {
      int end = i == s ? at : sentences.end(i);
      int main = i < s ? mainClause(frame, sentences.begin(i), end) : -1;
      if (i < s && (pronounOpens(frame, i, main, gender) || askedOfSpeaker(frame, i))) {
        continue;
      }
      if (i == s - 1
          && opensUnnamed(
              frame, main > 0 ? main : sentences.begin(i), sentences.begin(i), end, gender)) {
        // "A duty officer at the port, who spoke on condition of anonymity, said …. "…," he said":
        // the one the sentence brings in unnamed
        return null;
      }
      Mentions.Placed p = frame.surnameOpener(sentences.begin(i), end, gender);
      if (p == null && i < s) {
        p = epithetOpener(frame, main > 0 ? main : sentences.begin(i), end, gender);
      }
      if (p == null && main > 0) {
        p = mentions.firstPerson(main, end, quotes, gender);
      }
      if (p == null) {
        p = mentions.firstPerson(sentences.begin(i), end, quotes, gender);
      }
      p = roledAfter(frame, p, end, gender);
      while (i == s
          && p != null
          && (apposedToOwn(frame.text(), sentences.begin(i), p)
              || frame.text().substring(p.end(), at).strip().equals(",")
              || askedAbout(frame, sentences.begin(i), p))) {
        // "In a letter sent through his agent, Mark Dune, he called …": "his" is the pronoun's
        // own, so the agent named beside it is someone else; "Ms Odhiambo, she added, had …":
        // the one whose clause the pronoun's cue interrupts is someone else too; "Asked whether
        // Faraday would apply for bail, he said": whom the question was about is no one who answers
        p = mentions.firstPerson(p.end(), end, quotes, gender);
      }
      while (p != null && askedBy(frame.text(), sentences.begin(i), p)) {
        // "Asked by Sen. Howard Teague why …, the 58-year-old paused": the one who asks is not
        // the one who answers
        p = mentions.firstPerson(p.end(), end, quotes, gender);
      }
      // "Weber's deputy, Lina Hoff, disagreed.", "… in Riva's office, Whiteside said": the
      // possessor is not the subject, unless it opens the sentence and owns no person ("Castro's
      // remarks …, a vision he called a cliche")
      if (p != null && owner(frame.text(), sentences.begin(i), p)) {
        Mentions.Placed owned = mentions.firstPerson(p.end(), end, quotes, gender);
        String before = frame.text().substring(sentences.begin(i), p.begin()).strip();
        if (owned != null) {
          p = owned;
        } else if (!before.isEmpty() && !before.endsWith(",")) {
          // "she said she had never meant to harm Kline's business": an object's owner is a
          // last resort ("Like Carrier, DiMugno's study time …" stays its subject)
          nearest = nearest == null ? p : nearest;
          p = null;
        }
      }
      if (p != null && p.entity().equals(frame.writer())) {
        p = null; // "By Marcus Bell": the byline's writer is no "he" of the story
      }
      if (p != null
          && (!exactly
              || mentions.gender(p.entity()) == gender
              || i == s - 1
                  && mentions.gender(p.entity()) == Mentions.Gender.UNKNOWN
                  && mentions.listedGender(p.entity()) == gender)) {
        // a woman the lexicon alone knows as one counts in the sentence just before
        return p;
      }
      if (nearest == null) {
        nearest = p;
      }
    }
    if (nearest != null) {
      return nearest;
    }
    Mentions.Placed last = mentions.lastBefore(at, types, quotes, gender);
    while (last != null && askedAbout(frame, sentences.begin(s), last)) {
      last = mentions.lastBefore(last.begin(), types, quotes, gender);
    }
    for (int k = 0; k < 3 && last != null; k++) {
      // "He stopped short of apologising to Ruggeri. "…," he said.": no one named in a sentence a
      // pronoun opens is that pronoun
      int i = sentences.indexOf(last.begin());
      if (i >= s
          || !pronounOpens(
                  frame, i, mainClause(frame, sentences.begin(i), sentences.end(i)), gender)
              && !askedOfSpeaker(frame, i)) {
        break;
      }
      last = mentions.lastBefore(sentences.begin(i), types, quotes, gender);
    }
    if (exactly) {
      // "she" a few sentences on from "Ms Holloway-Park", with a "Dr Julian Stroud" named after
      // her: the woman the text shows as one, not a nearer name of no known gender
      int since = sentences.begin(Math.max(0, s - SHE_SENTENCES));
      for (Mentions.Placed p = last; p != null && p.begin() >= since; ) {
        if (mentions.gender(p.entity()) == gender && !p.entity().equals(frame.writer())) {
          return p;
        }
        p = mentions.lastBefore(p.begin(), types, quotes, gender);
      }
    }
    while (last != null && last.entity().equals(frame.writer())) {
      last = mentions.lastBefore(last.begin(), types, quotes, gender);
    }
    return last;
  }

  /**
   * Whether the clause from {@code begin} opens with someone brought in unnamed, of a gender the
   * pronoun allows, and names no one up to {@code end}: "A rival executive, speaking on condition
   * of anonymity, questioned …", "One of the protesters, a man from Cork, …", "One of them, who …";
   * or with someone it says it keeps unnamed, whatever the article ("Her son, who asked not to be
   * named, said …").
   */
  private boolean opensUnnamed(
      Frame frame, int begin, int sentence, int end, Mentions.Gender gender) {
    List<Tok> toks = Tok.of(frame.text(), begin, Math.min(end, begin + UNNAMED_REACH));
    if (toks.size() < 3) {
      return false;
    }
    String first = toks.get(0).lower();
    int head = -1;
    Matcher anonymous =
        ANONYMOUS.matcher(frame.text()).region(sentence, Math.min(end, sentence + 160));
    if (anonymous.lookingAt()
        && frame.mentions().firstWithin(sentence, anonymous.start(1), EntityType.PERSON) == null) {
      // "Her son, who asked not to be named, said …", "The winchman, who asked not to be named in
      // line with air force policy, said …": someone the text keeps unnamed on purpose
      String subject = frame.text().substring(sentence, anonymous.start(1));
      return words.genderOfDescription(subject).agrees(gender);
    }
    if (first.equals("one") && toks.get(1).lower().equals("of")) {
      head = 1;
    } else if (Clauses.INDEFINITE.contains(first)) {
      for (int j = 1; j < Math.min(toks.size(), UNNAMED_HEAD_WORDS + 1); j++) {
        Tok t = toks.get(j);
        if (t.punctBefore() || !Character.isLowerCase(t.text().charAt(0))) {
          break;
        }
        if (words.speakerNoun(t.lower()) && headEnds(toks, j + 1)) {
          head = j;
          break;
        }
      }
    }
    if (head < 0 || frame.mentions().firstWithin(sentence, end, EntityType.PERSON) != null) {
      return false; // "One woman, Cleide, 54, said": the one it names
    }
    if (head + 1 < toks.size() && SpeechVerbs.ASKING.contains(toks.get(head + 1).lower())) {
      return false; // "Another reporter asked whether …. "…," she said": the one who answers
    }
    if (!noPronounBefore(frame, sentence, begin, gender)) {
      return false; // "As she left, a reporter shouted …": "she" is someone the text knows
    }
    String described = frame.text().substring(toks.get(0).begin(), toks.get(head).end());
    return words.genderOfDescription(described).agrees(gender);
  }

  /**
   * Whether the person at {@code p} is whom a question opening the sentence at {@code sentence} was
   * about ("Asked whether Faraday would apply for bail, he said"): no one who answers it.
   */
  private static boolean askedAbout(Frame frame, int sentence, Mentions.Placed p) {
    return p.begin() >= sentence
        && ASKED_ABOUT.matcher(frame.text()).region(sentence, p.begin()).matches();
  }

  /** Whether the person at {@code p} is the one "asked by" whom the sentence's subject answers. */
  private static boolean askedBy(String text, int sentence, Mentions.Placed p) {
    return ASKED_BY.matcher(text).region(sentence, p.begin()).find();
  }

  /** Whether no "he" or "she" of the pronoun's gender stands in {@code [sentence, begin)}. */
  private static boolean noPronounBefore(
      Frame frame, int sentence, int begin, Mentions.Gender gender) {
    for (Tok t : Tok.of(frame.text(), sentence, begin)) {
      if (Mentions.Gender.of(t.lower()) == gender && gender != Mentions.Gender.UNKNOWN) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the person at {@code p} stands in apposition to a noun that "his" or "her" owns ("his
   * agent, Mark Dune,"), within the sentence that begins at {@code sentence}.
   */
  private static boolean apposedToOwn(String text, int sentence, Mentions.Placed p) {
    return OWN_APPOSED.matcher(text).region(sentence, p.begin()).find();
  }

  /**
   * Whether a noun phrase's head may end before the word at {@code j}: a comma, a preposition or
   * relative, a clause's pronoun ("one man I spoke to") or a verb ("A spokesman said"), not a noun
   * it modifies ("One fan account").
   */
  private boolean headEnds(List<Tok> toks, int j) {
    if (j >= toks.size()) {
      return false;
    }
    Tok t = toks.get(j);
    String w = t.lower();
    return t.punctBefore()
        || Mentions.HEAD_ENDS.contains(w)
        || Clauses.PRONOUNS.contains(w) // "one man I spoke to"
        || w.endsWith("ed")
        || words.speechVerbs.contains(w);
  }

  // A subject the text keeps unnamed: "Her son, who asked not to be named,", "a businessman who
  // declined to give his name", "who spoke on condition of anonymity", "who was not authorised".
  private static final Pattern ANONYMOUS =
      Pattern.compile(
          "[^.;:\"“”]{2,90}?(\\bwho\\b)(?=[^.;\"“”]{0,90}?\\b(?:not|declined|refused|anonymity"
              + "|anonymously)\\b)[^.;\"“”]{0,90}?\\b(?:named|identified|name|anonymity|anonymously"
              + "|authori[sz]ed)\\b");
  // how many sentences back a woman the text shows as one is sought for a "she" of no nearer one
  private static final int SHE_SENTENCES = 6;
  // how far into a clause its unnamed subject is read, and how many words may lead to its head
  private static final int UNNAMED_REACH = 80;
  private static final int UNNAMED_HEAD_WORDS = 3;

  /** "his" or "her", up to three words, and the comma before a name: "his agent, ". */
  private static final Pattern OWN_APPOSED =
      Pattern.compile("\\b(?:his|her)(?: [\\p{L}’'-]+){1,3}, $");

  /**
   * The person a clause's subject names by age or role alone ("The 34-year-old, for his part,
   * refused …", "…, the 26-year-old said he had found out from Arkwright", "The Indonesian
   * president was also asked …"), as the epithet resolves; null when the clause opens otherwise or
   * the person's gender is not the pronoun's.
   */
  private Mentions.@Nullable Placed epithetOpener(
      Frame frame, int begin, int end, Mentions.Gender gender) {
    List<Tok> toks = Tok.of(frame.text(), begin, Math.min(end, begin + 60));
    if (toks.size() < 3 || !toks.get(0).lower().equals("the")) {
      return null;
    }
    int head = Tok.age(toks.get(1).lower()) ? 1 : roleHead(toks);
    if (head < 0 || namedInApposition(frame, toks, head)) {
      return null;
    }
    Speaker who = resolve(frame, toks.subList(0, head + 1));
    Entity e = who == null ? null : who.entity();
    return e != null && e.type() == EntityType.PERSON && frame.mentions().gender(e).agrees(gender)
        ? new Mentions.Placed(toks.get(0).begin(), toks.get(head).end(), e)
        : null;
  }

  /**
   * Whether a person's name stands in apposition to the role ending at {@code head}, after the
   * comma that closes it ("The county's Chief Officer for Health, Mr Salim Mwaruwa, said"): the one
   * named, not another holder of that role, opens the sentence.
   */
  private static boolean namedInApposition(Frame frame, List<Tok> toks, int head) {
    for (int k = head + 1; k < Math.min(toks.size(), head + APPOSED_ROLE_WORDS); k++) {
      if (toks.get(k).punctBefore()) {
        int after = toks.get(Math.min(toks.size() - 1, k + 3)).end(); // past an honorific
        Mentions.Placed p =
            frame.mentions().firstWithin(toks.get(k).begin(), after, EntityType.PERSON);
        return Tok.commaBefore(frame.text(), toks, k) && p != null;
      }
    }
    return false;
  }

  /**
   * Where the role ends that a "the" phrase of up to four words names before its verb ("The
   * Indonesian president was also asked …"), or -1.
   */
  private int roleHead(List<Tok> toks) {
    for (int j = 1; j < Math.min(toks.size() - 1, 4); j++) {
      boolean role = words.roles.contains(toks.get(j).lower());
      if (role && Character.isLowerCase(toks.get(j + 1).text().charAt(0))) {
        return words.roles.contains(toks.get(j + 1).lower()) ? -1 : j;
      }
    }
    return -1;
  }

  /**
   * Whether the name is a possessor that is not its sentence's subject: one that owns a person
   * ("Weber's deputy") or stands after the sentence's start ("in Riva's office").
   */
  private boolean owner(String text, int sentence, Mentions.Placed p) {
    if (!Tok.possessiveAt(text, p.end())) {
      return false;
    }
    List<Tok> owned = Tok.of(text, p.end() + 2, Math.min(text.length(), p.end() + 40));
    if (!Tok.of(text, sentence, p.begin()).isEmpty()) {
      return true;
    }
    // "Weber's deputy", and past a word or two that qualify it: "Lemaître's younger brother"
    for (int i = 0; i < Math.min(owned.size(), OWNED_WORDS); i++) {
      if (i > 0 && owned.get(i).punctBefore()) {
        return false;
      }
      if (words.speakerNoun(owned.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the main clause starts in a sentence that opens with a subordinate or participial phrase
   * ("Asked if Ortiz might have lived, Waldie said …"; "When the mayor left, …"): just after the
   * comma that ends it; -1 when the sentence opens with its subject. A pronoun later stands for the
   * main clause's subject, not for a name inside the opening phrase.
   */
  static int mainClause(Frame frame, int begin, int end) {
    String text = frame.text();
    List<Tok> toks = Tok.of(text, begin, end);
    if (toks.size() < 4) {
      return -1;
    }
    Tok first = toks.get(0);
    boolean participle =
        participleOpens(text, begin)
            && frame.mentions().firstPerson(begin, first.end(), List.of(), Mentions.Gender.UNKNOWN)
                == null;
    // "In her closing statement, Dhillon-Carr …": a short phrase of place, time or manner
    boolean prepositional = OPENING_PREPOSITIONS.contains(first.lower());
    if (!participle && !prepositional && !OPENING_PHRASE.contains(first.lower())) {
      return -1;
    }
    int reach = prepositional ? PREPOSITIONAL_WORDS : 25;
    for (int k = 2; k < Math.min(toks.size() - 1, reach); k++) {
      if (INVERTING_VERBS.contains(toks.get(k - 1).lower())
          && Character.isUpperCase(toks.get(k).text().charAt(0))) {
        // "Among those picketing was Dr Owen Castell, a lecturer …": the opening phrase's verb
        // has its subject after it, and what follows the comma describes that subject
        return -1;
      }
      if (text.substring(toks.get(k - 1).end(), toks.get(k).begin()).indexOf(',') >= 0) {
        return toks.get(k).begin();
      }
    }
    return -1;
  }

  /**
   * Whether sentence {@code i} opens with a "he" or "she" that the pronoun of {@code gender} may
   * carry on, in its main clause after a participle's or a preposition's phrase ("Asked whether
   * Oduya's hit was dirty, he shook his head.", "In an interview with Hoyfjell, she …"), but not
   * after a clause that names whom it stands for ("When I relay this to Ferrante, she winces.").
   *
   * @param main where the sentence's main clause starts ({@link #mainClause}), or -1
   */
  private static boolean pronounOpens(Frame frame, int i, int main, Mentions.Gender gender) {
    Sentences sentences = frame.sentences();
    int begin = sentences.begin(i);
    return opensWithPronoun(
        frame.text(),
        main > 0 && (participleOpens(frame.text(), begin) || prepositionOpens(frame.text(), begin))
            ? main
            : begin,
        sentences.end(i),
        gender);
  }

  /**
   * Whether sentence {@code i} is the writer's own question, outside any quotation, opening with
   * its verb or question word ("Was there anything he wanted to say to Sinclair?"): whom it names
   * is what was asked about, not who answers. Not "Before I leave, I ask Ferrante …: what …?".
   */
  private static boolean askedOfSpeaker(Frame frame, int i) {
    Sentences sentences = frame.sentences();
    String sentence = frame.text().substring(sentences.begin(i), sentences.end(i)).strip();
    return sentence.endsWith("?")
        && !quoted(frame, sentences.begin(i))
        && QUESTION_OPENERS.contains(firstWord(sentence, 0));
  }

  /** Whether the words from {@code begin} open with a preposition of place, time or manner. */
  private static boolean prepositionOpens(String text, int begin) {
    return OPENING_PREPOSITIONS.contains(firstWord(text, begin));
  }

  /** Whether the words from {@code begin} open with a participle: "Asked", "Speaking". */
  private static boolean participleOpens(String text, int begin) {
    String first = firstWord(text, begin);
    return first.length() > 4 && (first.endsWith("ed") || first.endsWith("ing"));
  }

  private static String firstWord(String text, int begin) {
    int end = begin;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(begin, end).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the phrase ends, from {@code i}, with a day: "on Sunday", "late Friday", "yesterday".
   */
  private static boolean dayAfter(List<Tok> phrase, int i) {
    String last = phrase.get(phrase.size() - 1).lower();
    boolean day = ReportingVerbs.SAID_ON.contains(last) || last.equals("yesterday");
    return day
        && phrase.size() - i <= 2
        && (i == phrase.size() - 1 || DAY_OPENERS.contains(phrase.get(i).lower()));
  }

  /** Whether word {@code i} is the "of" after a part of a body: "a unit of", "a subsidiary of". */
  private static boolean partOf(List<Tok> phrase, int i) {
    return i > 0
        && phrase.get(i).lower().equals("of")
        && ORGANISATION_PARTS.contains(phrase.get(i - 1).lower());
  }

  /**
   * Whether an organisation or place named in the phrase is the speaker itself ("Iran", "the Maariv
   * newspaper", "Egypt's official news agency"), not a word qualifying one ("the ambassador to
   * Greece", "U.S. Air Force fliers", "an IBM spokeswoman", "exiles in Miami").
   */
  private boolean heads(List<Tok> phrase, Mentions.Placed named) {
    for (int i = 0; i < phrase.size(); i++) {
      Tok t = phrase.get(i);
      if (t.end() <= named.begin()) {
        boolean written = i > 0 && words.writings.contains(phrase.get(i - 1).lower());
        if (Descriptions.QUALIFIED_BY.contains(t.lower()) && !written && !partOf(phrase, i)) {
          return false;
        }
      } else if (t.begin() >= named.end()) {
        if (t.punctBefore() && named.entity().type() == EntityType.LOCATION && placed(phrase, i)) {
          return false; // "the Rockford, Ill., maker of fasteners": a maker, placed in Rockford
        }
        if (t.punctBefore() || dayAfter(phrase, i)) {
          return true; // "the Foreign Office on Sunday": when, not what kind of body
        }
        if (named.entity().type() == EntityType.LOCATION
            && (speakerOrBody(t.lower()) || PARTY_MEMBERS.contains(t.lower()))) {
          return false; // "the St. Louis company", "a Texas official", "the Utah Republican"
        }
        if (words.writings.contains(t.lower())) {
          return true;
        }
        if (named.entity().type() == EntityType.ORGANIZATION
            && t.begin() == named.end() + 1
            && PLACED_BODY.contains(t.lower())) {
          return true; // "the U.N. Support Mission in Libya": where the body works, not its kind
        }
        if (named.entity().type() == EntityType.ORGANIZATION
            && named.entity().name().indexOf(' ') > 0
            && !t.punctBefore()
            && t.text().chars().allMatch(Character::isDigit)) {
          // "Fraternal Order of Police Lodge 44": the number ends the body's name; not "Myth 1:"
          // or "The Colgate 360", a heading's count and a product's
          continue;
        }
        if (!words.companyNouns.contains(t.lower())
            && !Character.isUpperCase(t.text().charAt(0))
            && !(owns(phrase, named) && (writingAhead(phrase, i) || ownOffice(phrase, i)))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether the phrase ends in "office" at {@code i}: "the State Fire Marshal's office". */
  private static boolean ownOffice(List<Tok> phrase, int i) {
    return i == phrase.size() - 1 && phrase.get(i).lower().equals("office");
  }

  /** Whether the name ends in a possessive: "the Tarrow Basin Authority's". */
  private static boolean owns(List<Tok> phrase, Mentions.Placed named) {
    for (Tok t : phrase) {
      if (t.possessive() && t.begin() <= named.end() && t.end() > named.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words after {@code i} run, unbroken by punctuation or another owner, to a written
   * text: "annual report" of "the Tarrow Basin Authority's annual report".
   */
  private boolean writingAhead(List<Tok> phrase, int i) {
    for (int j = i + 1; j < phrase.size(); j++) {
      if (phrase.get(j).punctBefore() || phrase.get(j - 1).possessive() && j - 1 > i) {
        return false; // "her lawyer's letter" is the lawyer's
      }
      if (words.writings.contains(phrase.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the sentence before the quotation whose cue is at {@code b}, past the sentences of
   * the quotation itself ("“We had it. Fifty laps …,” the two-time champion said"); -1 when there
   * is none.
   */
  private static int sentenceBefore(Frame frame, int b) {
    Sentences sentences = frame.sentences();
    int i = sentences.indexOf(b);
    int j = i - 1;
    while (j > 0 && i - j <= QUOTED_SENTENCES && quoted(frame, sentences.begin(j))) {
      j--;
    }
    return j;
  }

  /** As {@link #sentenceBefore}, but -1 also when that sentence is itself quoted. */
  private static int unquotedSentenceBefore(Frame frame, int b) {
    int j = sentenceBefore(frame, b);
    return j < 0 || quoted(frame, frame.sentences().begin(j)) ? -1 : j;
  }

  /**
   * The body that opens the sentence before the quotation whose cue is at {@code b}, as its subject
   * ("Patria Viva responded within minutes."); null when no body opens it.
   */
  private static Mentions.@Nullable Placed bodyOpeningBefore(Frame frame, int b) {
    Sentences sentences = frame.sentences();
    int j = unquotedSentenceBefore(frame, b);
    if (j < 0) {
      return null;
    }
    Mentions.Placed p = opener(frame, sentences.begin(j), sentences.end(j));
    return p != null && p.entity().type() == EntityType.ORGANIZATION ? p : null;
  }

  private static Mentions.@Nullable Placed opener(Frame frame, int begin, int at) {
    for (EntityType type : List.of(EntityType.ORGANIZATION, EntityType.LOCATION)) {
      Mentions.Placed p = frame.mentions().firstWithin(begin, at, type);
      if (p != null && Tok.of(frame.text(), begin, p.begin()).isEmpty()) {
        return p;
      }
    }
    return null;
  }

  /**
   * Whether a sentence's subject is "he" or "she": then the people it names are not its subject,
   * and the pronoun's own antecedent stands further back ("Lyons … She spoke of Slepian. '…,' she
   * said").
   */
  private static boolean opensWithPronoun(String text, int begin, int end, Mentions.Gender gender) {
    String first = openingPronoun(text, begin, end);
    // "He is replaced by Priya Lall, …": a "he" does not stand for the one "she" is
    return "she".equals(first) || "he".equals(first) && gender != Mentions.Gender.FEMALE;
  }

  /**
   * A person named in the span, else an organisation, else a place; the first one, unless a role
   * follows it and names someone after it: "Johnson & Johnson spokeswoman Maria Hale", where the
   * first name is the employer's.
   */
  private Mentions.@Nullable Placed preferred(
      String text, Mentions mentions, List<Tok> phrase, int b, int e) {
    for (EntityType t : List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION)) {
      Mentions.Placed p = mentions.firstWithin(b, e, t);
      if (p != null && t == EntityType.PERSON) {
        for (Mentions.Placed q = mentions.firstWithin(p.end(), e, t);
            q != null;
            q = mentions.firstWithin(q.end(), e, t)) {
          if (roleBetween(phrase, p.end(), q.begin()) || possessorOf(text, p, q)) {
            return q;
          }
        }
        Mentions.Placed body = mentions.firstWithin(p.end(), e, EntityType.ORGANIZATION);
        if (body != null && POSSESSIVE.matcher(text.substring(p.end(), body.begin())).matches()) {
          return body; // "Dobrev's Modern Bulgaria Alliance": the party speaks, not its leader
        }
      }
      if (p != null && t == EntityType.ORGANIZATION) {
        Mentions.Placed q = mentions.firstWithin(p.end(), e, t);
        if (q != null && kindBetween(text, p.end(), q.begin())) {
          return q; // "the Workers' Party daily Kestrel": the paper speaks, not the party
        }
        if (q != null && POSSESSIVE.matcher(text.substring(p.end(), q.begin())).matches()) {
          return q; // "Norland's Ministry of Fisheries": the ministry speaks, not its country
        }
      }
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /**
   * Whether only the kind of the next body stands between two names: "daily", "newspaper", "news
   * agency", not "and", "of" or a comma.
   */
  private boolean kindBetween(String text, int from, int to) {
    String[] between = text.substring(from, to).strip().split(" ");
    if (between.length > 2 || between[0].isEmpty()) {
      return false;
    }
    for (String w : between) {
      if (!Clauses.OUTLET_KINDS.contains(w) && !words.companyNouns.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a person is named as the possessor of the next one ("Drexel's Mr. Joseph", where the
   * recogniser took the firm for a person): only the possessive and an honorific stand between.
   */
  private boolean possessorOf(String text, Mentions.Placed p, Mentions.Placed q) {
    String between = text.substring(p.end(), q.begin()).strip();
    if (!Tok.possessiveAt(between, 0)) {
      return false;
    }
    String rest = between.substring(2).strip().toLowerCase(Locale.ROOT);
    return rest.isEmpty() || words.honorifics.contains(rest);
  }

  /**
   * The person a role in lower case puts after {@code p}, as the one the phrase names: "Katherine
   * mother of three Leanne O'Dowd" (a town, then the mother), "Obama adviser David Axelrod"; else
   * {@code p}.
   */
  private Mentions.@Nullable Placed roledAfter(
      Frame frame, Mentions.@Nullable Placed p, int end, Mentions.Gender gender) {
    if (p == null) {
      return null;
    }
    Mentions.Placed q = frame.mentions().firstPerson(p.end(), end, frame.quotes(), gender);
    if (q == null) {
      return p;
    }
    List<Tok> between = Tok.of(frame.text(), p.end(), q.begin());
    if (between.isEmpty()
        || between.size() > ROLE_BETWEEN_WORDS
        || !words.speakerNoun(between.get(0).lower())
            && !words.titleModifiers.contains(between.get(0).lower())) {
      return p; // "Ana Lopes met opposition leader Rui Costa": a verb between them
    }
    for (Tok t : between) {
      if (t.punctBefore() || !Character.isLowerCase(t.text().charAt(0))) {
        return p;
      }
    }
    return roleBetween(between, p.end(), q.begin()) ? q : p;
  }

  private boolean roleBetween(List<Tok> phrase, int from, int to) {
    for (Tok t : phrase) {
      if (t.begin() >= from && t.end() <= to && words.speakerNoun(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person a phrase says its speaker named themselves as ("who gave his name only as Sadiq",
   * "who identified herself as Ruth"), or null.
   */
  private static Mentions.@Nullable Placed selfNamed(Mentions mentions, List<Tok> phrase) {
    int as = namesItself(phrase);
    if (as < 0) {
      return null;
    }
    Tok after = phrase.get(as + 1);
    Mentions.Placed p =
        mentions.firstWithin(after.begin(), phrase.get(phrase.size() - 1).end(), EntityType.PERSON);
    return p != null && p.begin() == after.begin() ? p : null;
  }

  /**
   * Where the "as" stands before the name a phrase says its speaker gave ("who gave his name only
   * as Sadiq", "who identified herself as Ruth"); -1 when it says none.
   */
  static int namesItself(List<Tok> phrase) {
    for (int i = 1; i + 1 < phrase.size(); i++) {
      String w = phrase.get(i).lower();
      String before = phrase.get(i - 1).lower();
      boolean named =
          w.equals("name") && (before.equals("his") || before.equals("her"))
              || (w.equals("himself") || w.equals("herself")) && before.startsWith("identif");
      for (int j = i + 1; named && j < Math.min(phrase.size() - 1, i + SELF_NAMED_REACH); j++) {
        if (phrase.get(j).lower().equals("as")) {
          return j;
        }
      }
    }
    return -1;
  }

  /**
   * Whether the name stands in what follows an indefinite speaker noun and a preposition: "A senior
   * official from one of the parties backing Hendra" is no Hendra.
   */
  private boolean inIndefiniteComplement(List<Tok> phrase, Mentions.Placed named) {
    if (!Clauses.INDEFINITE.contains(phrase.get(0).lower())) {
      return false;
    }
    for (int i = 1; i + 1 < phrase.size() && phrase.get(i + 1).begin() < named.begin(); i++) {
      String w = phrase.get(i).lower();
      // "A review in The Gulf Coast Literary Journal": a writing speaks for where it appeared
      if (words.speakerNoun(w)
          && !words.writings.contains(w)
          && COMPLEMENT_PREPOSITIONS.contains(phrase.get(i + 1).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the name follows a role and a preposition, so that someone else speaks for it: "a
   * spokesman for Borel", "an aide to the senator Ruiz", "a lawyer for the family of Ann Lee".
   */
  private boolean onBehalfOf(List<Tok> phrase, Mentions.Placed named) {
    boolean role = false;
    for (int i = 0; i + 1 < phrase.size(); i++) {
      Tok t = phrase.get(i);
      if (t.begin() >= named.begin()) {
        break;
      }
      if (partOf(phrase, i + 1)) {
        return false; // "a unit of Orion Holdings": a part of a body speaks as the body
      }
      role |= words.speakerNoun(t.lower()) && !words.writings.contains(t.lower());
      // "a spokeswoman for Prime Minister Ana Lopes", "an aide to President Ruiz": the name's own
      // title may stand after "for" or "to", not after "of" ("Secretary of State James Baker")
      boolean served = t.lower().equals("for") || t.lower().equals("to");
      if (role
          && Descriptions.QUALIFIED_BY.contains(t.lower())
          && onlyTitlesBetween(phrase, i + 1, named, served)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether only "the" and honorifics stand from {@code from} to the name ("to Sen. Strom
   * Thurmond"), not a title of the name's own ("Secretary of State James Baker"), unless {@code
   * ownTitle} allows the name's own title words too ("for Prime Minister Ana Lopes", "to U.S. Trade
   * Representative Carla Hills").
   */
  private boolean onlyTitlesBetween(
      List<Tok> phrase, int from, Mentions.Placed named, boolean ownTitle) {
    boolean titled = false;
    String last = "";
    for (int j = from; j < phrase.size() && phrase.get(j).begin() < named.begin(); j++) {
      String w = phrase.get(j).lower();
      // a place or a body may qualify the title: "U.S. Trade Representative", "Acme Chairman"
      boolean qualifier =
          !titled
              && j + 1 < phrase.size()
              && Character.isUpperCase(phrase.get(j).text().charAt(0))
              && words.titleWord(phrase.get(j + 1).lower());
      boolean title = ownTitle && (words.titleWord(w) || qualifier);
      if (!w.equals("the") && !words.honorifics.contains(w) && !title) {
        return false;
      }
      titled |= title;
      last = w;
    }
    // the title ends in a role: "Prime Minister", not the portfolio of "Minister for Foreign
    // Affairs Penny Wong"
    return !titled || words.roles.contains(last);
  }

  /**
   * Whether the name is a possessor of the speaking role: "Haddad's lawyer", "Acme's spokesman".
   */
  private boolean possessed(List<Tok> phrase, Mentions.Placed named) {
    String head = phrase.get(phrase.size() - 1).lower();
    // "the State Fire Marshal's office" is the body itself
    boolean bodysOffice = head.equals("office") && named.entity().type() == EntityType.ORGANIZATION;
    for (int i = 0; i + 1 < phrase.size(); i++) {
      Tok t = phrase.get(i);
      // the word that ends the name carries the possessive: "Lohan's", or "Lohan ’ s" tokenised
      boolean owner = t.begin() < named.end() && t.end() >= named.end();
      // "Monroe's rep declined to answer questions": the noun owned, before its clause's verb
      String owned =
          i + 2 < phrase.size() && phrase.get(i + 2).lower().endsWith("ed")
              ? phrase.get(i + 1).lower()
              : head;
      if (owner
          && t.possessive()
          && words.speakerNoun(owned)
          && !words.writings.contains(owned)
          && !bodysOffice) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a person's name only modifies the role noun an article opens the phrase with: "A senior
   * Callander aide", "a Whitlock spokesman" is someone working for the person, kept unnamed.
   */
  private boolean modifiesRole(List<Tok> phrase, Mentions.Placed named) {
    Tok last = phrase.get(phrase.size() - 1);
    Tok before = phrase.size() > 1 ? phrase.get(phrase.size() - 2) : last;
    String head = last.lower();
    return named.entity().type() == EntityType.PERSON
        && Clauses.INDEFINITE.contains(phrase.get(0).lower())
        && phrase.get(0).begin() < named.begin()
        && before.end() == named.end()
        && !last.punctBefore()
        && Character.isLowerCase(last.text().charAt(0))
        && words.speakerNoun(head)
        && !words.writings.contains(head);
  }

  /**
   * The body named before whose name opens with the word after "the" and holds the noun that ends
   * the phrase ("The Lakemont club" after "the Lakemont Aquatic Club"); else null.
   */
  private static @Nullable Entity shortenedBody(Mentions mentions, List<Tok> phrase, int b) {
    if (phrase.size() != 3
        || !phrase.get(0).lower().equals("the")
        || !Character.isUpperCase(phrase.get(1).text().charAt(0))
        || !Character.isLowerCase(phrase.get(2).text().charAt(0))) {
      return null;
    }
    Entity body = mentions.bodyByFirstWord(phrase.get(1).text(), b);
    return body != null && namedAs(body, phrase.get(2).lower()) ? body : null;
  }

  /** Whether the body's name holds the word. */
  private static boolean namedAs(Entity body, String word) {
    return Tok.wholeWords(word).matcher(body.name()).find();
  }

  /**
   * Whether a description's words in lower case between "the" and its noun ("central" of "the
   * central bank") are missing from the body's name: it is some other body of that kind.
   */
  private static boolean otherwiseQualified(List<Tok> described, Entity body) {
    for (Tok t : described.subList(1, Math.max(1, described.size() - 1))) {
      if (Character.isLowerCase(t.text().charAt(0)) && !namedAs(body, t.lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a person's name only modifies the group the phrase ends with: "the Smith family", "the
   * Obama administration", "the Trump campaign" speak for the person, not as them.
   */
  private static boolean namesGroup(List<Tok> phrase, Mentions.Placed named) {
    Tok last = phrase.get(phrase.size() - 1);
    Tok before = phrase.size() > 1 ? phrase.get(phrase.size() - 2) : last;
    return named.entity().type() == EntityType.PERSON
        && before.end() == named.end()
        && !last.punctBefore()
        && Character.isLowerCase(last.text().charAt(0))
        && NAMED_GROUPS.contains(last.lower());
  }

  /**
   * The person a definite epithet points back to ("the comedian", "the convicted killer"): the last
   * person named before it, when that person is the one the document names most and no earlier
   * words bring in someone else of that kind ("a comedian from Ohio"); an epithet that tells a
   * gender ("the boy") passes over those known to be of the other. Null otherwise.
   */
  private @Nullable Entity epithetOfSubject(Frame frame, List<Tok> phrase, int b) {
    String noun = phrase.get(phrase.size() - 1).lower();
    if (phrase.size() < 2
        || phrase.size() > EPITHET_WORDS
        || !phrase.get(0).lower().equals("the")
        || !words.epithets.contains(noun)) {
      return null;
    }
    boolean capitals = false; // "the Tongan international"
    for (Tok t : phrase.subList(1, phrase.size())) {
      if (t.punctBefore()) {
        return null;
      }
      capitals |= !Character.isLowerCase(t.text().charAt(0));
    }
    if (!Character.isLowerCase(phrase.get(phrase.size() - 1).text().charAt(0))) {
      return null;
    }
    Pattern another = Pattern.compile("\\b(?:an?|another|one) (?:[\\p{L}-]+ ){0,2}" + noun + "\\b");
    if (another.matcher(frame.text().substring(0, b).toLowerCase(Locale.ROOT)).find()) {
      return null;
    }
    Mentions mentions = frame.mentions();
    // "the boy", "the actress": no one known to be of the other gender
    Mentions.Gender gender = words.genderOfDescription(noun);
    Entity titled = mentions.onlyTitledBy(noun, frame.text(), b);
    if (titled != null) {
      return titled; // "Actor Ben Cole was arrested. … "…," the actor said"
    }
    Entity asked = askedBefore(frame, b);
    if (asked != null && gender.agrees(mentions.gender(asked))) {
      return asked; // "Okafor asked Riel whether … "Every week," the skipper replied": Riel
    }
    Entity subject = subjectBefore(frame, b);
    if (subject != null && gender.agrees(mentions.gender(subject))) {
      return subject; // "Fonua, who had been sin-binned, said … "…," the Tongan international said"
    }
    Mentions.Placed last = mentions.lastBefore(b, PEOPLE, frame.quotes(), gender);
    if (capitals || last == null || last.entity().type() != EntityType.PERSON) {
      return null;
    }
    int times = mentions.timesNamed(last.entity());
    for (Entity other : mentions.entities()) {
      if (other.type() == EntityType.PERSON
          && !other.key().equals(last.entity().key())
          && gender.agrees(mentions.gender(other))
          && mentions.timesNamed(other) >= times) {
        return null;
      }
    }
    return last.entity();
  }

  /**
   * The person asked a question in the sentence before the quotation whose cue is at {@code b}
   * ("Panel chair Strachan asked Cardinal whether the family still fished there."), who answers it;
   * null when that sentence asks no one named.
   */
  private static @Nullable Entity askedBefore(Frame frame, int b) {
    Sentences sentences = frame.sentences();
    int j = unquotedSentenceBefore(frame, b);
    if (j < 0) {
      return null;
    }
    String text = frame.text();
    int end = sentences.end(j);
    Matcher m = ASKED_SOMEONE.matcher(text).region(sentences.begin(j), end);
    while (m.find()) {
      Mentions.Placed placed = frame.mentions().firstWithin(m.end(), end, EntityType.PERSON);
      Entity asked = placed != null && placed.begin() == m.end() ? placed.entity() : null;
      int after = placed != null ? placed.end() : m.end();
      Matcher word = CAPITALISED.matcher(text).region(m.end(), end);
      if (asked == null && word.lookingAt()) {
        // a surname the recogniser took for a word of its own ("asked Cardinal whether")
        asked = frame.mentions().byWord(word.group(), m.end());
        after = word.end();
      }
      if (asked != null
          && asked.type() == EntityType.PERSON
          && QUESTION_AFTER.matcher(text).region(after, end).lookingAt()) {
        return asked;
      }
    }
    return null;
  }

  /**
   * The person named as the subject that opens the sentence before the one at {@code b}, when no
   * one else is named outside quotations from there to {@code b} but in that sentence's own asides:
   * "Haraldsen, who turns 38 next month, said the match was "far from over."".
   */
  private static @Nullable Entity subjectBefore(Frame frame, int b) {
    Sentences sentences = frame.sentences();
    int j = sentenceBefore(frame, b);
    if (j < 0) {
      return null;
    }
    int end = sentences.end(j);
    String pronoun = openingPronoun(frame.text(), sentences.begin(j), end);
    if (pronoun != null && j > 0 && !quoted(frame, sentences.begin(j - 1))) {
      j--; // "Strand … had never won here. She said she grew up watching Horvat.": still Strand
    }
    int begin = sentences.begin(j);
    int main = mainClause(frame, begin, sentences.end(j));
    if (main > 0) {
      begin = main; // "With Harlan Creek leading 17-14, Marcus Dorsey jumped a slant route"
    }
    Mentions.Placed opening =
        frame.mentions().firstWithin(begin, sentences.end(j), EntityType.PERSON);
    if (opening == null
        || !titledOnly(frame.text().substring(begin, opening.begin()), opening.entity())
        || pronoun != null && !frame.mentions().pronounFits(pronoun, opening.entity())) {
      return null;
    }
    Mentions.Placed last = frame.mentions().lastBefore(b, PEOPLE, frame.quotes());
    boolean alone = last != null && (last.entity() == opening.entity() || last.end() <= end);
    return alone ? opening.entity() : null;
  }

  /**
   * Whether the words before a sentence's first person are nothing or only that person's title:
   * "Warriors captain" of "Warriors captain Tom Hakeem-Ward said …".
   */
  private static boolean titledOnly(String before, Entity person) {
    String words = before.strip();
    if (words.isEmpty()) {
      return true;
    }
    String[] split = words.split(" ");
    String last = split[split.length - 1].toLowerCase(Locale.ROOT);
    return split.length <= TITLE_WORDS
        && TITLE.matcher(words).matches()
        && person.roles().contains(last);
  }

  /**
   * Whether "I" asks ("“Why now?” I ask."): a reporter's question in an interview, where an "I" who
   * writes back or says may be the one interviewed, speaking in a transcript.
   */
  private static boolean writerAsks(Frame frame, Tok i) {
    return WRITER_ASKS.matcher(frame.text()).region(i.begin(), frame.text().length()).lookingAt();
  }

  /** "he" or "she" when the sentence {@code [begin, end)} opens with that pronoun, else null. */
  private static @Nullable String openingPronoun(String text, int begin, int end) {
    List<Tok> toks = Tok.of(text, begin, Math.min(end, begin + 40));
    String first = toks.isEmpty() ? "" : toks.get(0).lower();
    return first.equals("he") || first.equals("she") ? first : null;
  }

  /** Whether a sentence at {@code begin} opens with a quotation mark or inside a quotation. */
  private static boolean quoted(Frame frame, int begin) {
    String text = frame.text();
    int at = begin;
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return frame.inQuote(at) || at < text.length() && "\"“‘'`".indexOf(text.charAt(at)) >= 0;
  }

  /**
   * The person an epithet of age or origin before {@code b} refers back to: the subject of the
   * sentence before ("Makarchuk, whose shot goaltender Remy Fortin parried, took no credit. "…,"
   * the 20-year-old said"), not the last name in it; else the last person named; null if none.
   */
  private static @Nullable Speaker epithetHolder(Frame frame, int b) {
    Entity subject = subjectBefore(frame, b);
    if (subject != null) {
      return new Speaker(subject, null);
    }
    Mentions.Placed person = frame.mentions().lastBefore(b, PEOPLE, frame.quotes());
    return person == null ? null : new Speaker(person.entity(), null);
  }

  /**
   * Whether a phrase that opens with an article names a body or a speaker after the place that ends
   * at {@code i}: "the Rockford, Ill., maker of fasteners".
   */
  private boolean placed(List<Tok> phrase, int i) {
    if (!Clauses.ARTICLES.contains(phrase.get(0).lower())) {
      return false;
    }
    for (int j = i; j < phrase.size(); j++) {
      if (speakerOrBody(phrase.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  /** "the Ohio maker" of "the Ohio maker of fasteners": the words before a body noun's "of". */
  private List<Tok> beforeOf(List<Tok> phrase) {
    for (int i = 2; i < phrase.size() - 1; i++) {
      if (phrase.get(i).lower().equals("of")
          && words.companyNouns.contains(phrase.get(i - 1).lower())) {
        return phrase.subList(0, i);
      }
    }
    return phrase;
  }

  /**
   * Whether "the" stands among the last three words ("the company", "the news organization"), or
   * opens the phrase before a place ("the St. Louis company").
   */
  private static boolean definite(List<Tok> phrase) {
    boolean placed = phrase.get(0).lower().equals("the") && phrase.size() > 2;
    for (int i = 1; placed && i < phrase.size() - 1; i++) {
      placed = Character.isUpperCase(phrase.get(i).text().charAt(0));
    }
    if (placed) {
      return true;
    }
    for (int i = Math.max(0, phrase.size() - 3); i < phrase.size() - 1; i++) {
      if (phrase.get(i).lower().equals("the")
          && (i == 0 || !PLACING.contains(phrase.get(i - 1).lower()))) {
        return true; // not "a woman outside the bank": she is no bank
      }
    }
    return false;
  }

  /**
   * Whether "the" opens a short phrase of modifiers before its head, with no preposition, comma or
   * determiner inside: "the U.S. auto maker", "the thrift holding company".
   */
  private static boolean modifiedKind(List<Tok> phrase) {
    boolean modified =
        phrase.get(0).lower().equals("the") && phrase.size() > 2 && phrase.size() <= KIND_WORDS;
    for (int i = 1; modified && i < phrase.size(); i++) {
      String w = phrase.get(i).lower();
      modified =
          !phrase.get(i).punctBefore()
              && !PLACING.contains(w)
              && !Descriptions.QUALIFIED_BY.contains(w)
              && !Descriptions.DETERMINERS.contains(w);
    }
    return modified;
  }

  /** Whether the phrase reads as a noun phrase that could speak: a role, or an official body. */
  private boolean hasNoun(List<Tok> phrase) {
    for (Tok t : phrase) {
      if (words.speakerNoun(t.lower()) || words.institutionNouns.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  private boolean speakerOrBody(String word) {
    return words.speakerNoun(word) || words.companyNouns.contains(word);
  }
}
