package org.dateline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a document's name mentions to entities. Full names found anywhere in the document are
 * the anchors; a bare surname or given name joins the anchor that contains it and was mentioned
 * most recently (so two people called Li stay apart); honorifics and titles before a name, and a
 * role in apposition after it, become aliases and roles of its entity.
 */
final class EntityResolver {
  // Suffixes only a company's name ends with
  private static final Set<String> CORPORATE =
      Set.of("corp", "corp.", "inc", "inc.", "co", "co.", "ltd", "ltd.", "plc", "llc", "ag");

  /** How many characters before a mention its namesake counts as just named. */
  private static final int JUST_NAMED = 300;

  // The words a company's suffix is made of: "& Co.", "and Company", "Inc."
  private static final Set<String> SUFFIX_WORDS = suffixWords();

  // Kinds of place that end a place's name, never a person's: "Karen State", read as a woman
  private static final Set<String> PLACE_KINDS =
      Set.of(
          "state",
          "province",
          "county",
          "district",
          "region",
          "prefecture",
          "oblast",
          "creek",
          "valley",
          "canyon",
          "station");

  // Words that open a name given after a person's, and what the whole names: "Team Kahindi", a
  // group; "Storm Orla", a storm; "Ras al-Marjan", a headland
  private static final Map<String, EntityType> NAMED_AS =
      Map.ofEntries(
          Map.entry("team", EntityType.ORGANIZATION),
          Map.entry("club", EntityType.ORGANIZATION),
          Map.entry("project", EntityType.ORGANIZATION), // "Project Moana", a rescue group
          Map.entry("storm", EntityType.OTHER),
          Map.entry("hurricane", EntityType.OTHER),
          Map.entry("typhoon", EntityType.OTHER),
          Map.entry("cyclone", EntityType.OTHER),
          Map.entry("operation", EntityType.OTHER), // "Operation Nightcap"
          // kinds of place that open a place's name: "Ras al-Marjan", "Wadi Sahr", "Mount Kenya"
          Map.entry("ras", EntityType.LOCATION),
          Map.entry("wadi", EntityType.LOCATION),
          Map.entry("jebel", EntityType.LOCATION),
          Map.entry("mount", EntityType.LOCATION));

  // Kinds of business or institution that end a body's name, never a person's: "Botha Bakery",
  // read as a man in a headline
  private static final Set<String> BODY_KINDS =
      Set.of(
          "bakery",
          "brewery",
          "distillery",
          "winery",
          "dairy",
          "restaurant",
          "cafe",
          "café",
          "hotel",
          "pharmacy",
          "motors",
          "foods",
          "holdings",
          "industries",
          "enterprises",
          "airlines",
          "airways",
          "bank",
          "clinic",
          "hospital",
          "university",
          "college",
          "academy",
          "institute",
          "foundation",
          "school",
          "elementary", // "Ridgeview Elementary", a school
          "church");

  // Honorifics that stand only before a person's surname, never a body's name
  private static final Set<String> TITLED_PERSON = Set.of("mr", "mrs", "ms", "dr", "prof");

  // Honorifics only a person bears: "Ms Page" read as an organisation is a woman
  private static final Set<String> PERSONAL_HONORIFICS =
      Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mme", "mme.");
  private static final Set<String> CHILDREN = Set.of("son", "daughter");
  private static final Set<String> PARENTS = Set.of("father", "mother");
  // letters written after a name: ranks at the bar, seats, honours
  private static final Set<String> POST_NOMINALS =
      Set.of("KC", "QC", "SC", "MP", "MSP", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD");

  // a title of standing used alone for its holder: "The Maulana laughed"
  private static final Pattern TITLE_ALONE =
      Pattern.compile(
          "\\b[Tt]he (Maulana|Mufti|Sheikh|Ayatollah|Hojatoleslam|Imam|Rabbi|Pastor|Bishop)\\b"
              + "(?! \\p{Lu})");

  // the honorific of a doctor and the title of a judge, which a paper never swaps for "Mr" or "Ms"
  private static final Pattern STANDING_TITLE = Pattern.compile("(?i)(?:dr|justice|judge)\\.?\\s");

  // the personal honorifics a man takes; the others are a woman's
  private static final Set<String> MALE_HONORIFICS = Set.of("mr", "mr.");

  // A preposition or a conjunction the recogniser ran into a name from the sentence's start
  private static final Set<String> OPENING_PREPOSITIONS =
      Set.of(
          "in",
          "at",
          "from",
          "during",
          "after",
          "under",
          "with",
          "by",
          "among",
          "across",
          "since",
          "before",
          "until",
          "despite",
          "amid",
          "when",
          "while",
          "although",
          "though",
          "once",
          "because",
          "unless",
          "whereas");

  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
  // what stands between a person's name and the stage name they bear
  private static final Pattern STAGE_NAME =
      Pattern.compile(
          ",?\\s+(?:who\\s+(?:performs|goes|is\\s+(?:better\\s+)?known|raps|sings|records|wrestles)"
              + "\\s+(?:as|by)|(?:better\\s+|also\\s+)?known\\s+as|aka|a\\.k\\.a\\.?)"
              + "\\s+(?:the\\s+name\\s+)?");
  // a nation's initials that open a body's name and its acronym may leave out: "U.S.", "UK"
  private static final Pattern NATION_INITIALS = Pattern.compile("(?:\\p{Lu}\\.){2,3}|US|UK");
  // initials with a plural "s": "SUVs", "ATMs"
  private static final Pattern PLURAL_INITIALS = Pattern.compile("\\p{Lu}{2,}s");
  // the word after a name, as far as its letters and hyphens go
  private static final Pattern WORD_AFTER = Pattern.compile("\\s+(\\p{L}[\\p{L}-]*)");
  // How far back the one a kin noun's "his" or "her" points to may be named
  private static final int KIN_OWNER_REACH = 400;
  private final Words words;
  private final GivenNames givenNames;
  private final SaidPronouns saidPronouns;
  private final NameSpans spans;
  private final NameContext context;

  private static final List<EntityType> TIE_ORDER =
      List.of(EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.OTHER);

  EntityResolver(Words words, GivenNames givenNames) {
    this.words = words;
    this.givenNames = givenNames;
    this.saidPronouns = new SaidPronouns(words);
    this.spans = new NameSpans(words, givenNames);
    this.context = new NameContext(words);
  }

  /** A mention after cleaning, before it is joined to an entity. */
  private static final class Mention {
    final int begin;
    final int end;
    final String surface;
    EntityType type;
    final List<String> tokens;
    final @Nullable String titled;
    final @Nullable String role;
    // The name a table of short forms gives it ("United States" for "U.S."), else null.
    @Nullable String known;
    // "daisy fenwick" for Marguerite "Daisy" Fenwick: the nickname and surname, else null.
    @Nullable String nickname;
    // The gender of "he" or "she" opening what the name is said to have said, else null.
    Mentions.@Nullable Gender said;
    // The owned description set off before the name ("Oman's foreign minister"), else null.
    @Nullable String owned;
    // The kin noun said of the name ("Her husband, Pieter Voorhees, an engineer"), else null.
    @Nullable String kin;
    // Whether an age under 18 follows the name ("Luca Ferreira, 14,").
    boolean minor;
    // The gender of the "his" or "her" owning the kin noun ("His son, Nurbek"), else unknown.
    Mentions.Gender kinOwner = Mentions.Gender.UNKNOWN;
    // 1 for "the elder Mr Tulloch" or "Rushworth senior", -1 for "the younger", else 0.
    int generation;
    // The quotation the name stands inside, if any: the speaker's word for someone, not the text's.
    QuoteMarks.@Nullable Segment quotation;
    @Nullable Cluster cluster;

    Mention(
        int begin,
        int end,
        String surface,
        EntityType type,
        @Nullable String titled,
        @Nullable String role) {
      this.begin = begin;
      this.end = end;
      this.surface = surface;
      this.type = type;
      // "Strauss - Kahn", as tokenised text writes a double-barrelled name, is one word
      this.tokens = List.of(surface.toLowerCase(Locale.ROOT).replace(" - ", "-").split("[\\s]+"));
      this.titled = titled;
      this.role = role;
    }
  }

  private static final class Cluster {
    final EntityType type;
    final List<Mention> members = new ArrayList<>();

    Cluster(EntityType type) {
      this.type = type;
    }
  }

  /**
   * Resolves the recognised names of a text to entities.
   *
   * @param quotes the text's quotation marks as {@link QuoteMarks#find} pairs them: a name inside
   *     one is the speaker's word for someone, not the text's
   */
  Mentions resolve(String text, List<NameFinder.Name> recognised, List<QuoteMarks.Segment> quotes) {
    List<Mention> mentions = new ArrayList<>();
    for (NameFinder.Name n : spans.mend(text, recognised)) {
      Mention m = clean(text, n);
      if (m != null) {
        recognise(m);
        if (m.type == EntityType.PERSON) {
          m.said = saidPronouns.after(text, m.begin, m.end); // "Tennant said she would …"
        }
        mentions.add(m);
      }
    }
    markQuoted(quotes, mentions);
    mentions.removeIf(m -> m.type == EntityType.PERSON && wholeQuotation(text, m));
    datelinePlaces(text, mentions);
    placesOfAKind(text, mentions);
    oneTypePerName(mentions);
    speakersArePeople(text, mentions);
    Set<String> places = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (Mention m : mentions) {
      if (m.type == EntityType.LOCATION) {
        places.add(m.surface);
      }
    }
    mentions.removeIf(m -> pairOfPlaces(m, places));
    Map<String, Cluster> anchors = new LinkedHashMap<>();
    Set<List<String>> tails = longerNameTails(mentions);
    for (Mention m : mentions) {
      boolean shortForm =
          particleFirst(m) || m.type == EntityType.PERSON && tails.contains(m.tokens);
      if (m.tokens.size() >= 2 && !shortForm || m.type != EntityType.PERSON && !acronym(m)) {
        String key = m.type + ":" + key(m);
        Cluster middle =
            m.type == EntityType.PERSON && !anchors.containsKey(key)
                ? withMiddleName(m, anchors)
                : null;
        Cluster longer =
            m.type == EntityType.ORGANIZATION && m.tokens.size() >= 2 && !anchors.containsKey(key)
                ? shortenedBody(m, anchors)
                : null;
        if (longer == null && m.type != EntityType.PERSON && !anchors.containsKey(key)) {
          longer = companyOf(m, anchors);
          if (longer != null) {
            m.type = EntityType.ORGANIZATION; // "Dow Jones" of "Dow Jones & Co.", read as other
          }
        }
        if (middle != null) {
          m.cluster = middle; // "Lena Mae Field" after "Lena Field"
          middle.members.add(m);
        } else if (longer != null) {
          m.cluster = longer; // "Calder & Finch" after "Calder & Finch Home Furnishings"
          longer.members.add(m);
        } else if (m.type == EntityType.PERSON || !joinsPerson(m, anchors)) {
          Cluster c = anchors.computeIfAbsent(key, k -> new Cluster(m.type));
          m.cluster = c;
          c.members.add(m);
        }
      }
    }
    nicknamesJoin(mentions, anchors);
    stageNamesJoin(text, mentions, anchors);
    // one-word names the document gives a person's title somewhere ("President Obama")
    Set<String> titledPeople = new HashSet<>();
    for (Mention m : mentions) {
      if (m.type == EntityType.PERSON && m.titled != null && m.tokens.size() == 1) {
        titledPeople.add(m.tokens.get(0));
      }
    }
    for (Mention m : mentions) {
      Cluster defined = m.cluster == null ? bracketedAfter(text, m, anchors) : null;
      if (defined != null) {
        // "HDC" in a caption above "Hidrocarburos del Comahue (HDC)": the body the brackets
        // define, wherever else the acronym stands
        anchors.put(m.type + ":" + key(m), defined);
      }
    }
    Set<Cluster> order = new LinkedHashSet<>();
    for (Mention m : mentions) {
      if (m.cluster == null) {
        // an acronym spelling a body's initials is that body, before any longer name it is a
        // word of ("LEDC" is the Lagoon Electricity Distribution Company, not "MD of LEDC")
        Cluster c = acronymOf(m, anchors);
        if (c == null) {
          c = bracketedAfter(text, m, anchors); // and "SITN said" later, through its anchor
        }
        if (c == null) {
          c = partOf(m, anchors);
        }
        if (c == null) {
          c = misspeltSurnameOf(m, anchors);
        }
        if (c == null && !titledPeople.contains(m.tokens.get(0))) {
          c = organisationOf(m, anchors);
          if (c != null) {
            m.type = EntityType.ORGANIZATION;
          }
        }
        if (c == null) {
          c = anchors.computeIfAbsent(m.type + ":" + key(m), k -> new Cluster(m.type));
        }
        m.cluster = c;
        c.members.add(m);
      }
      order.add(m.cluster);
    }
    mentions.addAll(untaggedSurnames(text, mentions));
    mentions.addAll(titlesAlone(text, mentions));
    mentions.sort(Comparator.comparingInt(m -> m.begin));
    return build(text, order, mentions);
  }

  /**
   * "The Maulana laughed": a title of standing used alone, after "the", for the person the text
   * last titled so before; no mention where no one was.
   */
  private static List<Mention> titlesAlone(String text, List<Mention> mentions) {
    List<Mention> found = new ArrayList<>();
    Matcher m = TITLE_ALONE.matcher(text);
    while (m.find()) {
      String title = m.group(1).toLowerCase(Locale.ROOT) + " ";
      Mention last = null;
      for (Mention x : mentions) {
        if (x.begin < m.start()
            && (last == null || x.begin > last.begin)
            && x.type == EntityType.PERSON
            && x.titled != null
            && x.titled.toLowerCase(Locale.ROOT).startsWith(title)
            && x.cluster != null) {
          last = x;
        }
      }
      if (last != null) {
        Cluster c = Objects.requireNonNull(last.cluster);
        Mention t = new Mention(m.start(1), m.end(1), m.group(1), EntityType.PERSON, null, null);
        t.cluster = c;
        c.members.add(t);
        found.add(t);
      }
    }
    return found;
  }

  /**
   * Puts the people named by nickname and surname ("Daisy Fenwick") with the one named with the
   * nickname in marks between given name and surname (Marguerite "Daisy" Fenwick), wherever in the
   * text either stands.
   */
  private static void nicknamesJoin(List<Mention> mentions, Map<String, Cluster> anchors) {
    for (Mention m : mentions) {
      if (m.nickname != null && m.cluster != null) {
        alias(anchors, EntityType.PERSON + ":" + m.nickname, m.cluster);
      }
    }
  }

  /**
   * Puts a stage name with the person the text says bears it ("Oluwaseun Bankole, who performs as
   * Shazzy,"), wherever in the text either stands.
   */
  private void stageNamesJoin(String text, List<Mention> mentions, Map<String, Cluster> anchors) {
    Mention before = null;
    for (Mention m : mentions) {
      if (m.type != EntityType.PERSON) {
        continue;
      }
      if (before != null
          && before.cluster != null
          && STAGE_NAME.matcher(text.substring(before.end, m.begin)).matches()) {
        alias(anchors, EntityType.PERSON + ":" + key(m), before.cluster);
      }
      before = m;
    }
  }

  /** Makes {@code key} name {@code formal}, with the members of any other cluster it named. */
  private static void alias(Map<String, Cluster> anchors, String key, Cluster formal) {
    Cluster alias = anchors.put(key, formal);
    if (alias != null && alias != formal) {
      for (Mention a : alias.members) {
        a.cluster = formal;
        formal.members.add(a);
      }
      alias.members.clear();
    }
  }

  /**
   * Later mentions by surname alone of the people named in full, that the recogniser missed. A
   * surname two people share is left alone, and one that names anything else in the text is taken
   * only after an honorific.
   */
  private List<Mention> untaggedSurnames(String text, List<Mention> mentions) {
    Map<String, Cluster> owner = new HashMap<>();
    Map<String, Integer> firstNamed = new HashMap<>();
    Set<String> shared = new HashSet<>();
    List<int[]> taken = new ArrayList<>();
    for (Mention m : mentions) {
      taken.add(new int[] {m.begin, m.end});
      if (m.type == EntityType.PERSON && m.tokens.size() >= 2) {
        String surname = m.tokens.get(m.tokens.size() - 1);
        Cluster had = owner.putIfAbsent(surname, Objects.requireNonNull(m.cluster));
        if (had != null && had != m.cluster) {
          shared.add(surname);
        }
        firstNamed.merge(surname, m.begin, Math::min);
      }
    }
    Set<String> bodies = new HashSet<>();
    for (Mention m : mentions) {
      for (String word : m.tokens) {
        Cluster c = owner.get(word);
        if (c != null && c != m.cluster) {
          // "Ford" of "Ford Motor Co." names a company too: only "Mr Ford" is the man
          (m.type == EntityType.PERSON ? shared : bodies).add(word);
        }
      }
    }
    firstNamed.keySet().removeAll(shared);
    bodies.removeAll(shared);
    List<Mention> found = new ArrayList<>();
    for (int[] span : UntaggedSurnames.find(text, firstNamed, taken, words.honorifics, bodies)) {
      String surface = text.substring(span[0], span[1]);
      String title = UntaggedSurnames.honorificBefore(text, span[0], words.honorifics);
      String titled = title == null ? null : title + " " + surface; // "Ms Page" tells the gender
      Mention m = new Mention(span[0], span[1], surface, EntityType.PERSON, titled, null);
      Cluster c = Objects.requireNonNull(owner.get(m.tokens.get(0)));
      m.cluster = c;
      c.members.add(m);
      found.add(m);
    }
    return found;
  }

  /**
   * A name of two or three words, read as an organisation or other, whose own reported speech opens
   * with "he" or "she" ("Tishana King says she saw …") is a person in all its mentions, unless its
   * last word is one a body's name ends with ("Daily News said he …" reports on someone else).
   */
  private void speakersArePeople(String text, List<Mention> mentions) {
    Set<String> people = new HashSet<>();
    for (Mention m : mentions) {
      String last = m.tokens.get(m.tokens.size() - 1);
      if ((m.type == EntityType.ORGANIZATION || m.type == EntityType.OTHER)
          && m.tokens.size() >= 2
          && m.tokens.size() <= 3
          && m.surface.chars().allMatch(c -> Character.isLetter(c) || c == ' ')
          && !bodyWord(last)
          && saidPronouns.after(text, m.begin, m.end) != null) {
        people.add(m.surface);
      }
    }
    for (Mention m : mentions) {
      if (people.contains(m.surface)) {
        m.type = EntityType.PERSON;
      }
    }
  }

  private boolean bodyWord(String lower) {
    return words.endsBody(lower)
        || words.institutionNouns.contains(lower)
        || words.orgSuffixes.contains(lower);
  }

  /**
   * Types as a place every mention of a name the text's date line gives in capitals ("WESTBROOK,
   * Minn. —", "NAIROBI, Kenya (AP) -"), which the recogniser may read as a person's.
   */
  private static void datelinePlaces(String text, List<Mention> mentions) {
    Set<String> places = new HashSet<>();
    for (Mention m : mentions) {
      boolean lineStart = m.begin == 0 || text.charAt(m.begin - 1) == '\n';
      boolean capitals =
          m.surface.length() >= 3 && m.surface.equals(m.surface.toUpperCase(Locale.ROOT));
      if (lineStart && capitals && Clauses.datelineAt(text, m.begin)) {
        places.add(m.surface.toLowerCase(Locale.ROOT));
      }
    }
    for (Mention m : mentions) {
      if (places.contains(m.surface.toLowerCase(Locale.ROOT))) {
        m.type = EntityType.LOCATION;
      }
    }
  }

  /**
   * Types as a place every mention of a name that the text shows to be a place by a kind of place
   * written right after it, in a mention or not ("Tell Ruman province", "the Wadi Sahr district"),
   * which the recogniser may read as a person's.
   */
  private static void placesOfAKind(String text, List<Mention> mentions) {
    Map<String, Boolean> place = new HashMap<>(); // each name's text is searched once
    for (Mention m : mentions) {
      if (m.type == EntityType.PERSON) {
        place.computeIfAbsent(m.surface, name -> ofAKind(text, name));
      }
    }
    for (Mention m : mentions) {
      if (m.type == EntityType.PERSON && place.getOrDefault(m.surface, false)) {
        m.type = EntityType.LOCATION;
      }
    }
  }

  /** Whether the name is written somewhere with a kind of place after it, as a word of its own. */
  private static boolean ofAKind(String text, String name) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      boolean starts = at == 0 || !Character.isLetter(text.charAt(at - 1));
      if (starts && kindOfPlaceAt(text, at + name.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a space and a kind of place in lower case, a word of its own, stand at {@code at}. */
  private static boolean kindOfPlaceAt(String text, int at) {
    if (at >= text.length() || text.charAt(at) != ' ') {
      return false;
    }
    int end = at + 1;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    boolean alone = end >= text.length() || text.charAt(end) != '\'' && text.charAt(end) != '’';
    return alone && PLACE_KINDS.contains(text.substring(at + 1, end));
  }

  /**
   * One sense per document: a name the recogniser typed differently in different places ("Velland"
   * as a place, a body and a person) takes the type most of its mentions have, a place before a
   * body before a person on a tie.
   */
  private static void oneTypePerName(List<Mention> mentions) {
    Map<String, Map<EntityType, Integer>> types = new HashMap<>();
    for (Mention m : mentions) {
      types
          .computeIfAbsent(m.surface.toLowerCase(Locale.ROOT), k -> new EnumMap<>(EntityType.class))
          .merge(m.type, 1, Integer::sum);
    }
    for (Mention m : mentions) {
      Map<EntityType, Integer> seen = types.get(m.surface.toLowerCase(Locale.ROOT));
      if (seen == null || seen.size() < 2) {
        continue;
      }
      int most = seen.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      for (EntityType t : TIE_ORDER) {
        if (seen.getOrDefault(t, 0) == most) {
          m.type = t;
          break;
        }
      }
    }
  }

  /**
   * A one-word person the recogniser found where the document elsewhere names an organisation that
   * begins with that word ("Borel" of "Borel Industries"), when no person's name holds it. The
   * caller passes over a name the document titles as a person's ("President Obama" beside "the
   * Obama Administration").
   */
  private static @Nullable Cluster organisationOf(Mention m, Map<String, Cluster> anchors) {
    if (m.type != EntityType.PERSON || m.tokens.size() != 1) {
      return null;
    }
    Cluster found = null;
    for (Cluster c : anchors.values()) {
      List<String> full = c.members.get(0).tokens;
      if (full.contains(m.tokens.get(0)) && c.type == EntityType.PERSON) {
        return null;
      }
      if (c.type == EntityType.ORGANIZATION
          && full.size() >= 2
          && full.get(0).equals(m.tokens.get(0))) {
        found = c;
      }
    }
    return found;
  }

  private static Set<String> suffixWords() {
    Set<String> suffix = new HashSet<>(CORPORATE);
    // "amp" is what is left of "&amp;" in text stripped of its markup
    suffix.addAll(Set.of("&", "amp", "and", "company", "corporation", "incorporated", "limited"));
    return Set.copyOf(suffix);
  }

  /**
   * The last two or more words of each person's name of three words or more ("Al Hameli" of "Mariam
   * Saeed Al Hameli", "García Márquez" of "Gabriel García Márquez"): a surname of several words,
   * which names a person named in full elsewhere rather than one of its own; and the first two or
   * more words of it, which a Spanish or Portuguese name drops its second surname to.
   */
  private static Set<List<String>> longerNameTails(List<Mention> mentions) {
    Set<List<String>> tails = new HashSet<>();
    for (Mention m : mentions) {
      if (m.type == EntityType.PERSON) {
        for (int i = 1; i + 2 <= m.tokens.size(); i++) {
          tails.add(m.tokens.subList(i, m.tokens.size()));
          // and its given name with the first of two surnames: "Emiliano Baeza" of "Emiliano
          // Baeza Cárdenas"
          tails.add(m.tokens.subList(0, i + 1));
        }
      }
    }
    return tails;
  }

  /**
   * Whether a person's name opens with a surname's particle, capitalised as a sentence's first word
   * makes it ("De Vries said …" of "Pieter de Vries"): a short form, not a name of its own.
   */
  private static boolean particleFirst(Mention m) {
    return m.type == EntityType.PERSON && Clauses.PARTICLES.contains(m.tokens.get(0));
  }

  /** A single-token organisation or place that is really a person's surname. */
  private boolean joinsPerson(Mention m, Map<String, Cluster> anchors) {
    if (m.tokens.size() != 1) {
      return false;
    }
    for (Cluster c : anchors.values()) {
      if (c.type == EntityType.PERSON
          && c.members.get(0).tokens.size() >= 2
          && c.members.get(0).tokens.contains(m.tokens.get(0))) {
        m.type = EntityType.PERSON;
        return true;
      }
    }
    return false;
  }

  /** A one-word organisation name in capitals, such as "SEC" or "INS". */
  private static boolean acronym(Mention m) {
    String w = m.surface.replace(".", "");
    // "MWA" after "The Metropolitan Works Authority (MWA)", though the recogniser read a place
    return m.type != EntityType.PERSON
        && m.tokens.size() == 1
        && w.length() >= 2
        && w.length() <= 6
        && w.chars().allMatch(Character::isUpperCase);
  }

  /**
   * The organisation whose name an acronym stands in brackets right after, whatever language its
   * letters come from: "The Independent Workers' Union of the North (SITN)".
   */
  private static @Nullable Cluster bracketedAfter(
      String text, Mention m, Map<String, Cluster> anchors) {
    if (!acronym(m) || m.begin < 2 || text.charAt(m.begin - 1) != '(') {
      return null;
    }
    for (Cluster c : anchors.values()) {
      for (Mention x : c.members) {
        if (c.type == EntityType.ORGANIZATION
            && x.end <= m.begin
            && text.substring(x.end, m.begin - 1).isBlank()) {
          return c;
        }
      }
    }
    return null;
  }

  /**
   * The organisation an acronym stands for: one whose capitalised words begin with its letters
   * ("SEC" for "Securities and Exchange Commission").
   */
  private static @Nullable Cluster acronymOf(Mention m, Map<String, Cluster> anchors) {
    if (!acronym(m)) {
      return null;
    }
    String letters = m.surface.replace(".", "");
    for (Cluster c : anchors.values()) {
      if (c.type != EntityType.ORGANIZATION || c.members.get(0).tokens.size() < 2) {
        continue;
      }
      StringBuilder initials = new StringBuilder();
      StringBuilder named = new StringBuilder(); // without "Corp." or "Inc.": "GM"
      String[] words = c.members.get(0).surface.split("[\\s-]+");
      for (int i = 0; i < words.length; i++) {
        String w = words[i];
        if (i == 0 && words.length > 2 && NATION_INITIALS.matcher(w).matches()) {
          continue; // "CPSC" of "U.S. Consumer Product Safety Commission"
        }
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
          initials.append(w.charAt(0));
          if (!CORPORATE.contains(w.toLowerCase(Locale.ROOT))) {
            named.append(w.charAt(0));
          }
        }
      }
      if (initials.toString().equals(letters) || named.toString().equals(letters)) {
        return c;
      }
    }
    return null;
  }

  /**
   * The anchor a short mention belongs to: the one that holds the role its title names ("Premier
   * Li" among two Lis), else one that holds no other role, else the most recently seen one that
   * contains it.
   */
  private @Nullable Cluster partOf(Mention m, Map<String, Cluster> anchors) {
    boolean justNamed = justNamedAnother(m, anchors);
    // counted only for a titled surname, the one case that reads the given-name lexicon
    long namesakes =
        honorificGender(m) == Mentions.Gender.UNKNOWN
            ? 0
            : anchors.values().stream()
                .filter(c -> fullerName(c, m) && lastBefore(c, m) >= 0)
                .count();
    Cluster best = null;
    long bestSeen = Long.MIN_VALUE;
    for (Cluster c : anchors.values()) {
      if (fullerName(c, m)) {
        long seen = lastBefore(c, m);
        if (seen < 0) {
          // named only later: "Varela, 49, a captain" is the Varela named before, not one named
          // further on, whatever roles they hold
          seen -= Integer.MAX_VALUE;
        }
        if (calledByGivenName(c, m) || calledByGeneration(c, m)) {
          seen -= Integer.MAX_VALUE / 2;
        } else if (!justNamed && calledBySurnameAlone(c, m)) {
          // "Pell" after "Augustin Pell … Pell, now 68, said … his father, Leland Pell": the one
          // the text already called by the surname alone keeps it
          seen += Integer.MAX_VALUE / 16;
        }
        if (m.role != null && holds(c, m.role)) {
          seen += Integer.MAX_VALUE;
        } else if (m.role != null && holdsAsKind(c, m.role)) {
          seen += Integer.MAX_VALUE / 4 * 3; // "Mayor Dlamini" is the executive mayor
        } else if (m.role != null && holdsAny(c)) {
          seen -= Integer.MAX_VALUE / 4; // "Premier Li" is not the Li who is an envoy
        } else if (m.role == null && sameHonorific(c, m)) {
          seen += Integer.MAX_VALUE / 2; // "Dr. Ferrándiz" is the sibling introduced as "Dr."
        }
        Mentions.Gender given = genderOf(c);
        if (given == Mentions.Gender.UNKNOWN) {
          given = titledBefore(c, m); // "Mrs Faircloth" said before: "Mr Faircloth" is not her
        }
        if (m.said != null && given != Mentions.Gender.UNKNOWN && given != m.said) {
          seen -= Integer.MAX_VALUE; // "Tennant said she …" is not her father, Alan Tennant
        }
        if (m.generation != 0
            && (childOf(c) == (m.generation > 0) || rankedOtherwise(c, m.generation))) {
          // "the elder Mr Tulloch" is not the son, Brett Tulloch, nor "the elder Chisale" his
          // younger brother, Yohane Chisale
          seen -= Integer.MAX_VALUE;
        } else if (m.generation > 0 && hasRole(c, PARENTS)) {
          seen += Integer.MAX_VALUE; // "the elder Mr. Kang" is "her father, Dong-hyun Kang"
        }
        Mentions.Gender titled = honorificGender(m);
        if (given == Mentions.Gender.UNKNOWN
            && titled != Mentions.Gender.UNKNOWN
            && namesakes > 1) {
          // "Ms. Tremblay" after Lucie and Marc Tremblay, names the word lists do not hold: the
          // recogniser's lexicon tells them apart, but never rules out the one namesake named yet
          given = givenNames.gender(c.members.get(0).tokens.get(0));
        }
        if (titled != Mentions.Gender.UNKNOWN
            && given != Mentions.Gender.UNKNOWN
            && given != titled) {
          // "Mr Allardyce" is not his wife, Maureen Allardyce, even when she is the only
          // Allardyce named in full: he is someone of his own
          continue;
        }
        if (titled != Mentions.Gender.UNKNOWN && given == titled) {
          // "Mr Haddow" after "Jim and Lorraine Haddow": the one his given name shows a man, not
          // the one named last, whose name the lists do not hold
          seen += Integer.MAX_VALUE / 8;
        }
        if (titled != Mentions.Gender.UNKNOWN && calledByStandingTitle(c, m)) {
          // "Mr. Mwinyi" is not the union's "Dr. Juma Mwinyi" but the executive, Khamis Mwinyi:
          // a paper that calls one a doctor does so every time, and a judge "Justice" or "Judge"
          seen -= Integer.MAX_VALUE / 4;
        }
        if (titled != Mentions.Gender.UNKNOWN && c.members.stream().anyMatch(x -> x.minor)) {
          seen -= Integer.MAX_VALUE / 2; // "Mr Ferreira" is not his grandson, Luca Ferreira, 14
        }
        if (best == null || seen > bestSeen) {
          best = c;
          bestSeen = seen;
        }
      }
    }
    return best;
  }

  /** Whether the cluster is named in full by more words than the mention, all of the mention's. */
  private static boolean fullerName(Cluster c, Mention m) {
    if (c.type != m.type || c.members.isEmpty()) {
      return false;
    }
    List<String> full = c.members.get(0).tokens;
    return full.size() > m.tokens.size() && full.containsAll(m.tokens);
  }

  /** Whether a mention of the person was ranked the other way: "his younger brother, Yohane". */
  private static boolean rankedOtherwise(Cluster c, int generation) {
    return c.members.stream().anyMatch(x -> x.generation * generation < 0);
  }

  /** Whether the document names the person as someone's son or daughter. */
  private static boolean childOf(Cluster c) {
    return hasRole(c, CHILDREN);
  }

  /** Whether the document gives the person one of these roles. */
  private static boolean hasRole(Cluster c, Set<String> roles) {
    return c.members.stream().anyMatch(x -> x.role != null && roles.contains(x.role));
  }

  /**
   * A person's gender as their given name or a kin noun given them tells it, else as the pronouns
   * after their names do, else unknown.
   */
  private Mentions.Gender genderOf(Cluster c) {
    Mentions.Gender given = words.givenGender(c.members.get(0).tokens.get(0));
    for (Mention member : c.members) {
      String kin = member.kin != null ? member.kin : member.role;
      if (given == Mentions.Gender.UNKNOWN && kin != null && words.kin(kin)) {
        given = words.genderOfDescription(kin);
      }
    }
    // "Pat Ainsworth, 71, said she woke …": the pronouns after the names
    return given != Mentions.Gender.UNKNOWN ? given : agreed(c, x -> x.said);
  }

  /**
   * The gender the honorifics of the cluster's mentions before {@code m} agree on ("Mrs
   * Faircloth"), else unknown.
   */
  private static Mentions.Gender titledBefore(Cluster c, Mention m) {
    return agreed(c, x -> x.begin < m.begin ? honorificGender(x) : null);
  }

  /**
   * The gender the cluster's mentions agree on by {@code shown} (null or unknown where a mention
   * shows none), else unknown.
   */
  private static Mentions.Gender agreed(
      Cluster c, Function<Mention, Mentions.@Nullable Gender> shown) {
    Mentions.Gender found = Mentions.Gender.UNKNOWN;
    for (Mention x : c.members) {
      Mentions.Gender g = shown.apply(x);
      if (g != null && g != Mentions.Gender.UNKNOWN) {
        if (found != Mentions.Gender.UNKNOWN && found != g) {
          return Mentions.Gender.UNKNOWN;
        }
        found = g;
      }
    }
    return found;
  }

  /** The gender "Mr", "Mrs", "Ms" or "Miss" before a name tells, else unknown. */
  private static Mentions.Gender honorificGender(Mention m) {
    String honorific =
        m.titled == null || m.titled.indexOf(' ') < 0
            ? ""
            : m.titled.substring(0, m.titled.indexOf(' ')).toLowerCase(Locale.ROOT);
    if (MALE_HONORIFICS.contains(honorific)) {
      return Mentions.Gender.MALE;
    }
    return PERSONAL_HONORIFICS.contains(honorific)
        ? Mentions.Gender.FEMALE
        : Mentions.Gender.UNKNOWN;
  }

  /**
   * The one person named before by the same given name and surname with a middle name more or less
   * ("Lena Mae Field" and "Lena Field", "George W. Bush" and "George Bush"); null when none, or
   * when two are ("George H. W. Bush" and "George W. Bush" leave "George Bush" open).
   */
  private static @Nullable Cluster withMiddleName(Mention m, Map<String, Cluster> anchors) {
    Cluster found = null;
    for (Cluster c : anchors.values()) {
      List<String> full = c.members.isEmpty() ? List.of() : c.members.get(0).tokens;
      if (c.type != EntityType.PERSON
          || full.size() == m.tokens.size()
          || full.size() < 2
          || otherMiddleName(c, m)) {
        continue;
      }
      List<String> shorter = full.size() < m.tokens.size() ? full : m.tokens;
      List<String> longer = shorter == full ? m.tokens : full;
      boolean same =
          shorter.get(0).equals(longer.get(0))
              && shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1))
              && longer.containsAll(shorter);
      if (same && found != null && found != c) {
        return null;
      }
      found = same ? c : found;
    }
    return found;
  }

  /**
   * Whether the person of cluster {@code c} was named with a middle name other than the one of
   * {@code m}: "Wade Dixon Calloway" is not the "Wade Calloway" already named "Wade Everett
   * Calloway", but his namesake.
   */
  private static boolean otherMiddleName(Cluster c, Mention m) {
    if (m.tokens.size() < 3) {
      return false;
    }
    for (Mention o : c.members) {
      if (o.tokens.size() >= 3
          && !o.tokens.equals(m.tokens)
          && o.tokens.get(0).equals(m.tokens.get(0))
          && o.tokens.get(o.tokens.size() - 1).equals(m.tokens.get(m.tokens.size() - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one body named before whose name opens with all the words of this one and goes on with
   * words that name no other body ("Calder & Finch" of "Calder & Finch Home Furnishings", not
   * "Supreme Court" of "Supreme Court Bar Association"); null when none or several are.
   */
  private @Nullable Cluster shortenedBody(Mention m, Map<String, Cluster> anchors) {
    return onlyBodyOpeningWith(
        m,
        anchors,
        rest -> {
          String last = rest.get(rest.size() - 1);
          return !words.endsBody(last) && !words.institutionNouns.contains(last);
        });
  }

  /**
   * The one company named before whose name is this one's words and a corporate suffix ("Dow Jones"
   * of "Dow Jones & Co.", "Brightline" of "Brightline Inc."); null when none or several are.
   */
  private static @Nullable Cluster companyOf(Mention m, Map<String, Cluster> anchors) {
    return onlyBodyOpeningWith(m, anchors, SUFFIX_WORDS::containsAll);
  }

  /**
   * The one organisation named before whose name opens with all the words of {@code m} and goes on
   * with words {@code rest} accepts; null when none or several are.
   */
  private static @Nullable Cluster onlyBodyOpeningWith(
      Mention m, Map<String, Cluster> anchors, Predicate<List<String>> rest) {
    Cluster found = null;
    for (Cluster c : anchors.values()) {
      List<String> full = c.members.isEmpty() ? List.of() : c.members.get(0).tokens;
      if (c.type == EntityType.ORGANIZATION
          && full.size() > m.tokens.size()
          && full.subList(0, m.tokens.size()).equals(m.tokens)
          && rest.test(full.subList(m.tokens.size(), full.size()))) {
        if (found != null && found != c) {
          return null;
        }
        found = c;
      }
    }
    return found;
  }

  /**
   * The one person whose surname a bare surname of six letters or more misspells by a single letter
   * added, dropped, changed or swapped ("Berhrmann" after "Matt Behrmann"), when no name in the
   * document is spelt so; null when none or several are that close, or for a plural.
   */
  private static @Nullable Cluster misspeltSurnameOf(Mention m, Map<String, Cluster> anchors) {
    if (m.type != EntityType.PERSON || m.tokens.size() != 1 || m.tokens.get(0).length() < 6) {
      return null;
    }
    String word = m.tokens.get(0);
    Cluster found = null;
    for (Cluster c : anchors.values()) {
      List<String> full = c.members.isEmpty() ? List.of() : c.members.get(0).tokens;
      if (c.type != EntityType.PERSON || full.size() < 2) {
        continue;
      }
      String surname = full.get(full.size() - 1);
      boolean plural = word.equals(surname + "s"); // "Chromebooks" is no misspelt "Chromebook"
      if (surname.charAt(0) == word.charAt(0) && !plural && oneEditApart(surname, word)) {
        if (found != null && found != c) {
          return null;
        }
        found = c;
      }
    }
    return found;
  }

  /** Whether a member of the cluster was given the role. */
  private static boolean holds(Cluster c, String role) {
    return hasRole(c, Set.of(role));
  }

  /** Whether a member of the cluster holds a kind of the role: "executive mayor" of "mayor". */
  private static boolean holdsAsKind(Cluster c, String role) {
    return c.members.stream().anyMatch(x -> x.role != null && x.role.endsWith(" " + role));
  }

  /** Whether a member of the cluster was given any role. */
  private static boolean holdsAny(Cluster c) {
    for (Mention member : c.members) {
      if (member.role != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether one letter added, dropped, changed or two neighbours swapped turn a into b. */
  private static boolean oneEditApart(String a, String b) {
    if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (a.length() != b.length()) {
      String longer = a.length() > b.length() ? a : b;
      String shorter = longer == a ? b : a;
      return longer.substring(i + 1).equals(shorter.substring(i));
    }
    if (a.substring(i + 1).equals(b.substring(i + 1))) {
      return true;
    }
    return i + 1 < a.length()
        && a.charAt(i) == b.charAt(i + 1)
        && a.charAt(i + 1) == b.charAt(i)
        && a.substring(i + 2).equals(b.substring(i + 2));
  }

  /**
   * Whether a name is all a quotation holds: the title of a show or a fans' nickname ("the star of
   * "Roque Solid""), not a person the text names.
   */
  private static boolean wholeQuotation(String text, Mention m) {
    QuoteMarks.Segment q = m.quotation;
    return q != null
        && text.substring(q.begin(), q.end()).replaceAll("[,.!?]+$", "").length()
            == m.end - m.begin;
  }

  /** Gives the mentions, in text order, the quotation each stands inside, if any. */
  private static void markQuoted(List<QuoteMarks.Segment> quotes, List<Mention> mentions) {
    List<QuoteMarks.Segment> outer =
        quotes.stream()
            .filter(seg -> seg.depth() == 0)
            .sorted(Comparator.comparingInt(QuoteMarks.Segment::begin))
            .toList();
    int q = 0;
    for (Mention m : mentions) {
      while (q < outer.size() && outer.get(q).end() <= m.begin) {
        q++;
      }
      m.quotation =
          q < outer.size() && outer.get(q).begin() <= m.begin && m.end <= outer.get(q).end()
              ? outer.get(q)
              : null;
    }
  }

  /**
   * Whether the document calls the anchor by the given name alone before {@code m} while {@code m}
   * is its surname: news writing does so to tell family members apart ("Tiago", the son of Marco
   * Vidal), so the bare surname then means another holder of it.
   */
  private static boolean calledByGivenName(Cluster c, Mention m) {
    List<String> full = c.members.get(0).tokens;
    if (m.tokens.size() != 1 || !m.tokens.get(0).equals(full.get(full.size() - 1))) {
      return false;
    }
    Mention last = null;
    for (Mention x : c.members) {
      if (x.begin < m.begin && x.quotation == null && (last == null || x.begin > last.begin)) {
        last = x;
      }
    }
    // "his wife, Irene" tells her apart; "Irene Haskell said …" since names her in full; her
    // mother's "Lucía lost her head" does not
    return last != null && last.tokens.size() == 1 && last.tokens.get(0).equals(full.get(0));
  }

  /**
   * Whether the document called the anchor by {@code m}'s one word alone before {@code m}; for a
   * bare surname, without an honorific too ("Mrs. Tremont" does not make her the bare "Tremont").
   */
  private static boolean calledBySurnameAlone(Cluster c, Mention m) {
    boolean bare = honorificGender(m) == Mentions.Gender.UNKNOWN;
    return m.tokens.size() == 1
        && m.generation == 0
        && sameWordsBefore(c, m)
            .anyMatch(x -> !bare || honorificGender(x) == Mentions.Gender.UNKNOWN);
  }

  /** The anchor's mentions before {@code m} by the same words as {@code m}. */
  private static Stream<Mention> sameWordsBefore(Cluster c, Mention m) {
    return c.members.stream().filter(x -> x.begin < m.begin && x.tokens.equals(m.tokens));
  }

  /**
   * Whether the anchor {@code m}'s words last referred to, among those they may mean, was never
   * called by them alone and was named just before {@code m}: "Irene Haskell said a neighbour
   * phoned. "…," Haskell recalled" is her, whoever the text had called Haskell so far.
   */
  private static boolean justNamedAnother(Mention m, Map<String, Cluster> anchors) {
    Cluster last = null;
    int lastSeen = -1;
    for (Cluster c : anchors.values()) {
      List<String> full = c.members.isEmpty() ? List.of() : c.members.get(0).tokens;
      if (c.type == m.type && full.size() > m.tokens.size() && full.containsAll(m.tokens)) {
        int seen = lastBefore(c, m);
        if (seen > lastSeen) {
          last = c;
          lastSeen = seen;
        }
      }
    }
    return last != null
        && m.begin - lastSeen <= JUST_NAMED
        && !calledBySurnameAlone(last, m)
        && !toldApartByHonorific(last, m);
  }

  /**
   * Whether the text called the anchor by {@code m}'s bare surname with an honorific before {@code
   * m} ("Mrs. Brenner said"), so telling her apart: the bare "Brenner" then means the namesake.
   */
  private static boolean toldApartByHonorific(Cluster c, Mention m) {
    return m.tokens.size() == 1
        && honorificGender(m) == Mentions.Gender.UNKNOWN
        && sameWordsBefore(c, m).anyMatch(x -> honorificGender(x) != Mentions.Gender.UNKNOWN);
  }

  /**
   * Whether the document told the anchor apart by generation before {@code m} ("the elder Oyarzun")
   * while {@code m} is its plain surname, which then means the namesake not told apart.
   */
  private static boolean calledByGeneration(Cluster c, Mention m) {
    return m.generation == 0
        && m.tokens.size() == 1
        && c.members.stream().anyMatch(x -> x.begin < m.begin && x.generation != 0);
  }

  /**
   * Whether the words before a lone "Bill" make it a draft law's name: a bracket ("(Amendment)
   * Bill") or a capitalised word that is no title and no given name ("Finance Bill").
   */
  private boolean draftLaw(String text, int begin) {
    int i = begin - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i >= 0 && text.charAt(i) == ')') {
      return true;
    }
    String before = NameContext.previousWord(text, begin);
    if (before == null || !Character.isUpperCase(before.charAt(0))) {
      return false;
    }
    String lower = before.toLowerCase(Locale.ROOT);
    return !words.honorifics.contains(lower)
        && !words.titleWord(lower)
        && words.givenGender(lower) == Mentions.Gender.UNKNOWN;
  }

  /** Whether the text called the anchor "Dr", "Justice" or "Judge" before {@code m}. */
  private static boolean calledByStandingTitle(Cluster c, Mention m) {
    return c.members.stream()
        .anyMatch(
            x ->
                x.begin < m.begin
                    && x.titled != null
                    && STANDING_TITLE.matcher(x.titled).lookingAt());
  }

  /**
   * Whether the honorific before a bare surname ("Dr." of "Dr. Ferrándiz") stood before the full
   * name of one of the cluster's earlier mentions ("Dr. Lucía Ferrándiz"), or before the surname
   * when it was first read as this person's: a paper that calls one Kang "Ms. Kang" names her
   * mother in full, so a later "Ms. Kang" is still the first.
   */
  private static boolean sameHonorific(Cluster c, Mention m) {
    if (m.titled == null || m.titled.indexOf(' ') < 0) {
      return false;
    }
    String honorific = m.titled.substring(0, m.titled.indexOf(' ') + 1);
    for (Mention x : c.members) {
      if (x.begin < m.begin
          && x.titled != null
          && x.titled.startsWith(honorific)
          && x.generation == 0 // "the elder Mr. Kang" leaves "Mr. Kang" to his son
          && x.tokens.size() >= m.tokens.size()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the anchor was last referred to by the short mention's own words before it: "Gonzalez"
   * follows whoever was last called Gonzalez, not the namesake since called by his given name.
   */
  private static int lastBefore(Cluster c, Mention m) {
    int seen = -1 - c.members.get(0).begin;
    for (Mention x : c.members) {
      if (x.begin < m.begin && x.tokens.containsAll(m.tokens)) {
        seen = x.begin;
      }
    }
    return seen;
  }

  /**
   * A hyphenated pair of places the document names apart ("China-Russia" of "China-Russia trade"):
   * an adjective of two places, not a third one.
   */
  private static boolean pairOfPlaces(Mention m, Set<String> places) {
    String[] parts = m.surface.split("[-–]");
    if (parts.length < 2 || m.surface.indexOf(' ') >= 0) {
      return false;
    }
    for (String part : parts) {
      if (!places.contains(part)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Types a name the recogniser left as miscellaneous that ends in a company suffix as a body, and
   * a person's name that ends in a kind of place ("Karen State") as a place and one that ends in a
   * kind of business ("Botha Bakery") as a body, and gives a mention whose surface the table of
   * known names lists that name and its type.
   */
  private void recognise(Mention m) {
    String lastWord = m.surface.substring(m.surface.lastIndexOf(' ') + 1);
    String last = lastWord.toLowerCase(Locale.ROOT);
    if (m.type == EntityType.OTHER && m.surface.indexOf(' ') > 0 && CORPORATE.contains(last)) {
      m.type = EntityType.ORGANIZATION; // "Dow Jones & Co.", read as a product or an event
    }
    boolean capital = !lastWord.isEmpty() && Character.isUpperCase(lastWord.charAt(0));
    if (m.type == EntityType.PERSON
        && m.surface.indexOf(' ') > 0
        && capital
        && PLACE_KINDS.contains(last)) {
      m.type = EntityType.LOCATION; // "Myanmar's Karen State", read as a woman called Karen
    }
    if (m.type == EntityType.PERSON
        && m.surface.indexOf(' ') > 0
        && capital
        && BODY_KINDS.contains(last)) {
      m.type = EntityType.ORGANIZATION; // "Kleinfontein's Botha Bakery", read as a man
    }
    EntityType named =
        m.tokens.size() > 1 ? NAMED_AS.get(m.tokens.get(0).toLowerCase(Locale.ROOT)) : null;
    if (m.type == EntityType.PERSON && named != null) {
      // "Team Kahindi", read as a namesake of the Kahindis; "Storm Orla", read as a woman
      m.type = named;
    }
    String entry =
        words.knownNames.get(String.join(" ", m.tokens).replace(".", "").replace('’', '\''));
    if (entry != null) {
      int colon = entry.indexOf(':');
      m.type = EntityType.valueOf(entry.substring(0, colon));
      m.known = entry.substring(colon + 1);
    }
  }

  private String key(Mention m) {
    if (m.known != null) {
      return m.known.toLowerCase(Locale.ROOT);
    }
    if (m.type != EntityType.ORGANIZATION) {
      return String.join(" ", m.tokens);
    }
    List<String> kept = new ArrayList<>();
    for (String t : m.tokens) {
      if (!words.orgSuffixes.contains(t)) {
        kept.add(t);
      }
    }
    return kept.isEmpty() ? String.join(" ", m.tokens) : String.join(" ", kept);
  }

  private Mentions build(String text, Set<Cluster> order, List<Mention> mentions) {
    Map<Cluster, Set<String>> kinOf = kinOwners(mentions);
    Map<Cluster, Entity> entities = new LinkedHashMap<>();
    Map<EntityType, Integer> counters = new LinkedHashMap<>();
    for (Cluster c : order) {
      int n = counters.merge(c.type, 1, Integer::sum);
      String canonical = canonical(c);
      Set<String> aliases = new LinkedHashSet<>();
      Set<String> roles = new LinkedHashSet<>();
      for (Mention m : c.members) {
        aliases.add(m.surface);
        if (m.titled != null) {
          aliases.add(m.titled);
        }
        if (m.owned != null) {
          aliases.add(m.owned);
        }
        if (m.role != null) {
          // "Chairman and Chief Executive Zhou Weiming" holds both offices; "Minister of Tourism
          // and Creative Industries" one
          roles.addAll(m.role.contains(" of ") ? List.of(m.role) : List.of(m.role.split(" and ")));
        }
      }
      roles.addAll(kinOf.getOrDefault(c, Set.of()));
      aliases.remove(canonical);
      entities.put(
          c,
          new Entity(
              c.type.idPrefix() + n, canonical, c.type, List.copyOf(aliases), List.copyOf(roles)));
    }
    List<Mentions.Placed> placed = new ArrayList<>();
    Set<Integer> ranked = new HashSet<>();
    for (Mention m : mentions) {
      placed.add(
          new Mentions.Placed(m.begin, m.end, Objects.requireNonNull(entities.get(m.cluster))));
      if (m.generation != 0) {
        ranked.add(m.begin);
      }
    }
    return new Mentions(
        List.copyOf(entities.values()),
        placed,
        ranked,
        words,
        saidPronouns.genders(text, placed),
        givenNames);
  }

  /**
   * The kin roles the people named as someone's kin give the one their "his" or "her" points to,
   * the last person named before them whose gender fits ("Toktosun Abdraimov … His son, Nurbek
   * Abdraimov," makes Toktosun a father, so that "His father listened" is he).
   */
  private Map<Cluster, Set<String>> kinOwners(List<Mention> mentions) {
    Map<Cluster, Set<String>> kinOf = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String inverse = m.kin == null ? null : words.inverseKin(m.kin, m.kinOwner);
      if (inverse != null) {
        // one known to be of the pronoun's gender before one who may be ("His Cordelia will be
        // his daughter, Niamh": the actor, not Cordelia)
        Cluster owner = kinOwner(mentions, i, true);
        owner = owner != null ? owner : kinOwner(mentions, i, false);
        if (owner != null) {
          kinOf.computeIfAbsent(owner, k -> new LinkedHashSet<>()).add(inverse);
        }
      }
    }
    return kinOf;
  }

  /**
   * The last person named within reach before mention {@code i} whose gender is its kin noun's
   * owner's ({@code exactly}) or does not contradict it, or null.
   */
  private @Nullable Cluster kinOwner(List<Mention> mentions, int i, boolean exactly) {
    Mention m = mentions.get(i);
    for (int j = i - 1; j >= 0 && m.begin - mentions.get(j).end <= KIN_OWNER_REACH; j--) {
      Mention x = mentions.get(j);
      if (x.type == EntityType.PERSON && x.cluster != null && x.cluster != m.cluster) {
        Mentions.Gender g = genderOf(x.cluster);
        if (exactly ? g == m.kinOwner : g.agrees(m.kinOwner)) {
          return x.cluster;
        }
      }
    }
    return null;
  }

  private static boolean shouted(Mention m) {
    return m.surface.length() > 1 && m.surface.equals(m.surface.toUpperCase(Locale.ROOT));
  }

  private static String canonical(Cluster c) {
    Mention best = c.members.get(0);
    for (Mention m : c.members) {
      if (m.known != null) {
        return m.known;
      }
      if (m.tokens.size() > best.tokens.size()
          || (m.tokens.size() == best.tokens.size() && m.surface.length() > best.surface.length())
          || shouted(best) && !shouted(m) && m.surface.length() == best.surface.length()) {
        best = m; // "Moscow" rather than a dateline's "MOSCOW"
      }
    }
    return best.surface;
  }

  /** Trims possessives and honorifics, and reads the title before and the role after a name. */
  private @Nullable Mention clean(String text, NameFinder.Name raw) {
    NameFinder.Name n = spans.titledPerson(text, raw);
    Matcher nick = NameSpans.NICKNAMED.matcher(n.text());
    if (n.type() == EntityType.PERSON && nick.matches()) {
      Mention m =
          new Mention(
              n.begin(), n.end(), nick.group(1) + " " + nick.group(3), n.type(), null, null);
      m.nickname = (nick.group(2) + " " + nick.group(3)).toLowerCase(Locale.ROOT);
      return m;
    }
    String surface = n.text().strip();
    int begin = n.begin();
    int end = n.end();
    if (surface.endsWith("’s") || surface.endsWith("'s")) {
      surface = surface.substring(0, surface.length() - 2);
      end -= 2;
    }
    String[] parts = surface.split("\\s+");
    if (n.type() == EntityType.PERSON
        && parts.length >= 3
        && POST_NOMINALS.contains(parts[parts.length - 1])) {
      // "Helena Marchbank KC", "Dana Ruiz MP": letters after the name are no part of it
      int cut = surface.lastIndexOf(' ');
      end -= surface.length() - cut;
      surface = surface.substring(0, cut);
      parts = surface.split("\\s+");
    }
    String first = parts[0].toLowerCase(Locale.ROOT);
    // "Said Gilbert Ortiz, a retired teacher: …": an inverted verb the recogniser took into the
    // name; a two-word "Said Jalili" keeps its given name
    boolean verb = parts.length >= 3 && (first.equals("said") || first.equals("says"));
    // "In Delaware Chancery Court filings": the preposition that opens a sentence, not the name's
    boolean preposition = n.type() != EntityType.OTHER && OPENING_PREPOSITIONS.contains(first);
    // "An Environment Agency spokesman": the article of a description, not the body's name
    preposition |= first.equals("a") || first.equals("an");
    boolean office = words.officeInitials.containsKey(parts[0]); // "ADA Fairman"
    if ((words.honorifics.contains(first) || office || verb || preposition)
        && surface.indexOf(' ') > 0) {
      int cut = surface.indexOf(' ') + 1;
      surface = surface.substring(cut);
      begin += cut;
      if (PERSONAL_HONORIFICS.contains(first) && n.type() != EntityType.PERSON) {
        n = new NameFinder.Name(begin - cut, end, n.text(), EntityType.PERSON);
      } else if (preposition && n.type() != EntityType.PERSON) {
        // "When Justice Khokhar asked …", read as a body: the words after the opening one may be
        // a title and the surname of someone named before
        NameFinder.Name rest =
            spans.titledPerson(text, new NameFinder.Name(begin, end, surface, n.type()));
        if (rest.type() == EntityType.PERSON && rest.begin() == begin) {
          n = new NameFinder.Name(begin - cut, end, n.text(), EntityType.PERSON);
        }
      }
    }
    if (surface.isEmpty()
        || !Character.isLetter(surface.charAt(0))
        || INITIAL.matcher(surface).matches()) {
      return null; // "E." of "E. 52nd St.": an initial alone names no one
    }
    if (wholeLine(text, begin, end) && surface.split("\\s+").length >= 4) {
      return null; // "Storm Damage Closes Harbor Mill": a title-cased headline, not a name
    }
    if (words.roleOnly(surface.toLowerCase(Locale.ROOT))) {
      // "PM", "the District Attorney": a role the recogniser took for a name; roles resolve to
      // their holders
      return null;
    }
    String lone = surface.toLowerCase(Locale.ROOT);
    if (words.honorifics.contains(lone) || words.honorifics.contains(lone + ".")) {
      return null; // "Const" of "Const. Fanning", read as a name of its own
    }
    if (PLURAL_INITIALS.matcher(surface).matches()) {
      return null; // "pickup trucks and SUVs": the plural of a thing's initials names no body
    }
    Matcher after = WORD_AFTER.matcher(text).region(end, text.length());
    if (n.type() != EntityType.PERSON
        && lone.indexOf(' ') < 0
        && after.lookingAt()
        && words.roles.contains(lone + " " + after.group(1).toLowerCase(Locale.ROOT))) {
      return null; // "Air" of "Air Commodore Graham Whitlock": a rank's first word, no body
    }
    if (n.type() == EntityType.PERSON
        && words.originNoun(surface)
        && "the".equals(NameContext.previousWord(text, begin))) {
      return null; // "the Scot added": where someone is from, not a name
    }
    String kind = NameContext.previousWord(text, begin);
    if (n.type() == EntityType.PERSON
        && kind != null
        && Character.isUpperCase(kind.charAt(0))
        && NAMED_AS.containsKey(kind.toLowerCase(Locale.ROOT))) {
      return null; // "Storm Orla" with only "Orla" recognised: a storm's name, no one's
    }
    String honorific = NameContext.previousWord(text, begin);
    if (n.type() != EntityType.PERSON
        && honorific != null
        && TITLED_PERSON.contains(honorific.replace(".", "").toLowerCase(Locale.ROOT))
        && Character.isUpperCase(honorific.charAt(0))) {
      // "Dr de Vries said", the surname's particle read as a body's name: a person's honorific
      n = new NameFinder.Name(n.begin(), n.end(), n.text(), EntityType.PERSON);
    }
    if (n.type() == EntityType.PERSON && surface.equals("Bill") && draftLaw(text, begin)) {
      return null; // "the Seminaries Registration (Amendment) Bill": a draft law, no one
    }
    String titled = null;
    String role = null;
    String kin = null;
    Mentions.Gender kinOwner = Mentions.Gender.UNKNOWN;
    String owned = null;
    String title = null;
    String inner = n.type() == EntityType.PERSON ? context.innerTitle(surface) : null;
    if (inner != null) {
      String rest = surface.substring(inner.length()).strip();
      titled = surface;
      role = inner.toLowerCase(Locale.ROOT);
      begin += surface.length() - rest.length();
      surface = rest;
    }
    if (n.type() == EntityType.PERSON
        && surface.indexOf(' ') < 0
        && context.animalName(text, begin)) {
      return null; // "the dog, Otto,": no one who speaks
    }
    if (n.type() == EntityType.PERSON && inner == null && surface.indexOf(' ') < 0) {
      // "Gene Brandvold said …" where the recogniser took only the surname: a given name we know,
      // capitalised right before it, is the name's
      String given = NameContext.previousWord(text, begin);
      if (given != null
          && given.length() > 1
          && Character.isUpperCase(given.charAt(0))
          && words.givenGender(given.toLowerCase(Locale.ROOT)) != Mentions.Gender.UNKNOWN) {
        begin = text.lastIndexOf(given, begin);
        surface = text.substring(begin, end).strip();
      }
    }
    if (n.type() == EntityType.PERSON && inner == null) {
      String surname = context.shortSurname(text, begin);
      if (surname != null) {
        surface = surname + " " + surface;
        begin -= surname.length() + 1;
      }
      String kinSurname = surface.indexOf(' ') < 0 ? context.kinSurname(text, begin) : null;
      if (kinSurname == null && surface.indexOf(' ') < 0) {
        kinSurname = context.sharedSurname(text, end, surface);
      }
      if (kinSurname != null) {
        surface = surface + " " + kinSurname;
      }
      String before = NameContext.previousWord(text, begin);
      if (before != null && words.honorifics.contains(before.toLowerCase(Locale.ROOT))) {
        titled = before + " " + surface;
        role = context.abbreviatedRole(text, begin, before);
        String over = role == null ? context.title(text, text.lastIndexOf(before, begin)) : null;
        // "District Collector Smt. R. Lakshmi Priya": the title before the honorific
        role = over == null ? role : over.toLowerCase(Locale.ROOT);
      } else if (before != null && words.officeInitials.containsKey(before)) {
        titled = before + " " + surface;
        role = words.officeInitials.get(before);
      } else {
        title = context.title(text, begin);
        if (title != null) {
          titled = title + " " + surface;
          role = title.toLowerCase(Locale.ROOT);
          if (!role.startsWith("former ")
              && NameContext.formerBefore(text, text.lastIndexOf(title, begin))) {
            role = "former " + role; // "former Scarlet Ibis captain Rohan Persaud-Clarke"
          }
        }
      }
      if (title != null
          && surface.indexOf(' ') < 0
          && NameContext.ROYAL.contains(NameContext.lastWord(title))) {
        surface = title.substring(title.lastIndexOf(' ') + 1) + " " + surface;
      }
      NameContext.Apposed apposed = NameContext.apposed(text, end);
      if (apposed != null && context.reports(apposed.words())) {
        apposed = null; // "Yakushkin, quoted the president as saying": its clause, no apposition
      }
      if (role == null && apposed != null) {
        role = context.roleIn(apposed.words());
      }
      // "Harrowgate's chief financial officer, Daniel Castellanos — no relation to the chief
      // executive — said": an aside that names no role of his own leaves the one before; "The
      // district's superintendent, Dr. Marcus Whitfield," and "The committee's chair, Deputy Ann
      // Keane," hold the office beside the title, which a title stands before; "an envoy, Hisham
      // al-Tayeb, a retired ambassador," holds both offices
      int from = title != null ? text.lastIndexOf(title, begin) : begin;
      NameContext.Described described = context.describedBefore(text, from, end);
      if (described != null) {
        role = role == null ? described.role() : described.role() + " and " + role;
        owned = described.owned();
      }
      if (role == null) {
        role = context.counterpart(text, begin);
      }
      if (role == null) {
        // "Tom Reid, a grower, was elected chair of the co-operative"
        role = context.madeRole(text, apposed == null ? end : end + apposed.end());
      }
      NameContext.Kin said = context.kin(text, begin, apposed);
      kin = said == null ? null : said.noun();
      kinOwner = said == null ? Mentions.Gender.UNKNOWN : said.owner();
      if (role == null) {
        role = kin;
      }
      if (role == null && apposed != null) {
        role = context.personIn(apposed.words()); // "Hendrik Maes, a former detective,"
      }
    }
    Mention m = new Mention(begin, end, surface, n.type(), titled, role);
    m.kin = kin;
    m.kinOwner = kinOwner;
    m.owned = owned;
    m.generation = n.type() == EntityType.PERSON ? NameContext.generation(text, begin, end) : 0;
    m.minor = n.type() == EntityType.PERSON && NameContext.minor(text, end);
    return m;
  }

  /** Whether {@code [begin, end)} is all of its line, but for spaces. */
  private static boolean wholeLine(String text, int begin, int end) {
    int b = begin;
    while (b > 0 && text.charAt(b - 1) == ' ') {
      b--;
    }
    int e = end;
    while (e < text.length() && text.charAt(e) == ' ') {
      e++;
    }
    return (b == 0 || text.charAt(b - 1) == '\n') && (e == text.length() || text.charAt(e) == '\n');
  }
}
