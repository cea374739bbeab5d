package org.dateline.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * A document's entities and where each is mentioned: what quotation attribution asks of entity
 * resolution.
 */
final class Mentions {

  /** One resolved mention. */
  record Placed(int begin, int end, Entity entity) {}

  // the titles of Muslim clergy, which make their bearer "the cleric"
  private static final Pattern CLERICAL =
      Pattern.compile(
          "(?i)(?:grand )?(?:ayatollah|hojatoleslam|maulana|mufti|maulvi|allama|imam|sheikh)\\s");

  private static final Set<String> FEMALE_CUES =
      Set.of(
          "mrs",
          "ms",
          "miss",
          "madam",
          "madame",
          "lady",
          "dame",
          "spokeswoman",
          "chairwoman",
          "congresswoman",
          "businesswoman",
          "queen",
          "princess",
          "empress",
          "duchess",
          "actress");
  private static final Set<String> MALE_CUES =
      Set.of(
          "mr",
          "sir",
          "lord",
          "spokesman",
          "chairman",
          "congressman",
          "businessman",
          "king",
          "prince",
          "emperor",
          "duke",
          "sheikh");

  // an owner opening a description: "Oman's" of "Oman's foreign minister"
  private static final Pattern OWNED = Pattern.compile("(\\p{Lu}[\\p{L}.&-]*)(?:'s|’s)\\s");
  private static final Set<String> OTHER_OFFICE =
      Set.of("vice", "deputy", "assistant", "former", "junior", "under", "prime", "first");
  // Words that end a description's head: "the president of France", "a lawyer who"
  static final Set<String> HEAD_ENDS =
      Set.of("of", "in", "at", "for", "from", "with", "on", "to", "who", "whose", "which", "that");

  // Words before a role that tell how long or how closely it is held, not which office it is:
  // "her longtime coach" is "the Scottish coach"
  private static final Set<String> RELATIONAL =
      Set.of("longtime", "long-time", "longstanding", "veteran", "personal", "trusted");

  private final List<Entity> entities;
  private final List<Placed> placed;
  private final Set<Integer> ranked;
  private final Words words;
  private final Map<String, Gender> genders;
  // the people or place that qualified each role holder found ("israeli" of "the Israeli leader")
  private final Map<Entity, String> qualifiedAs = new HashMap<>();

  private final GivenNames listed;

  /**
   * @param ranked where the mentions the text marks as a family's elder or younger begin ("the
   *     elder Loughran"): they are who they were resolved to, never a namesake of known gender
   * @param spoken the gender each person's own reported speech shows ("…, said he"), by entity key;
   *     used only for a person whose names and roles tell none
   */
  Mentions(
      List<Entity> entities,
      List<Placed> placed,
      Set<Integer> ranked,
      Words words,
      Map<String, Gender> spoken,
      GivenNames listed) {
    this.listed = listed;
    this.entities = List.copyOf(entities);
    this.placed = List.copyOf(placed);
    this.ranked = Set.copyOf(ranked);
    this.words = words;
    Map<String, Gender> genders = new HashMap<>();
    for (Entity e : this.entities) {
      Gender g = genderOf(e);
      genders.put(e.key(), g == Gender.UNKNOWN ? spoken.getOrDefault(e.key(), g) : g);
    }
    this.genders = Map.copyOf(genders);
  }

  List<Entity> entities() {
    return entities;
  }

  /** How many times the document names the entity, in any of its forms. */
  int timesNamed(Entity e) {
    int n = 0;
    for (Placed p : placed) {
      n += p.entity.key().equals(e.key()) ? 1 : 0;
    }
    return n;
  }

  /** Whether the entity is mentioned anywhere before {@code pos}. */
  boolean namedBefore(Entity e, int pos) {
    return namedWithin(e, 0, pos);
  }

  /** The first mention of {@code e} at or after {@code pos}, or null. */
  @Nullable Placed firstOf(Entity e, int pos) {
    for (Placed p : placed) {
      if (p.begin >= pos && p.entity.key().equals(e.key())) {
        return p;
      }
    }
    return null;
  }

  /** Whether the entity is mentioned in {@code [begin, end)}. */
  boolean namedWithin(Entity e, int begin, int end) {
    for (Placed p : placed) {
      if (p.begin >= end) {
        return false;
      }
      if (p.begin >= begin && p.entity.key().equals(e.key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one person a mention before {@code pos} titles with the noun right before the name ("actor
   * Ben Cole", "Singer Lila Marsh"), or null when none or several are.
   */
  @Nullable Entity onlyTitledBy(String noun, String text, int pos) {
    Entity titled = null;
    for (Placed p : placed) {
      if (p.end > pos) {
        break;
      }
      int from = p.begin - noun.length() - 1;
      if (p.entity.type() == EntityType.PERSON
          && from >= 0
          && text.charAt(p.begin - 1) == ' '
          && text.regionMatches(true, from, noun, 0, noun.length())
          && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
        if (titled != null && !titled.key().equals(p.entity.key())) {
          return null;
        }
        titled = p.entity;
      }
    }
    return titled;
  }

  /** Whether an organisation's name runs from before {@code begin} to at least {@code end}. */
  boolean insideBody(int begin, int end) {
    for (Placed p : placed) {
      if (p.begin >= begin) {
        return false;
      }
      if (p.end >= end && p.entity.type() == EntityType.ORGANIZATION) {
        return true;
      }
    }
    return false;
  }

  /** The first mention of an entity of {@code type} inside {@code [begin, end)}, or null. */
  @Nullable Placed firstWithin(int begin, int end, EntityType type) {
    for (Placed p : placed) {
      if (p.begin >= begin && p.end <= end && p.entity.type() == type) {
        return p;
      }
    }
    return null;
  }

  /**
   * The last mention of one of {@code types} that ends before {@code pos} and is not inside any of
   * the {@code excluded} spans (the quotations), or null.
   */
  @Nullable Placed lastBefore(int pos, Set<EntityType> types, List<int[]> excluded) {
    return lastBefore(pos, types, excluded, Gender.UNKNOWN);
  }

  /**
   * As {@link #lastBefore(int, Set, List)}, for a mention whose gender agrees with {@code wanted}.
   */
  @Nullable Placed lastBefore(int pos, Set<EntityType> types, List<int[]> excluded, Gender wanted) {
    return lastBefore(pos, excluded, e -> types.contains(e.type()) && gender(e).agrees(wanted));
  }

  /**
   * The last organisation named before {@code pos}, outside the {@code excluded} spans, with {@code
   * word} as one of its name's words ("Court" in "Supreme Court of Velland"), or null.
   */
  @Nullable Placed lastBodyNamedWith(String word, int pos, List<int[]> excluded) {
    return lastBodyNamedWithAny(Set.of(word), pos, excluded);
  }

  /** As {@link #lastBodyNamedWith}, with any of {@code words} in its name. */
  @Nullable Placed lastBodyNamedWithAny(Set<String> words, int pos, List<int[]> excluded) {
    return lastBefore(
        pos, excluded, e -> bodyLike(e) && Arrays.stream(nameWords(e)).anyMatch(words::contains));
  }

  /**
   * The last organisation (or other named thing, as the recogniser may read "Western Snowpack
   * Survey") named before {@code pos}, outside {@code excluded}, whose name ends with {@code words}
   * in lower case ("National Emergency Coordination Centre" for "the coordination centre"), or
   * null.
   */
  @Nullable Placed lastBodyNamedEndingWith(List<String> words, int pos, List<int[]> excluded) {
    return lastBefore(
        pos,
        excluded,
        e -> {
          String[] name = nameWords(e);
          return bodyLike(e)
              && name.length > words.size()
              && Arrays.asList(name).subList(name.length - words.size(), name.length).equals(words);
        });
  }

  /**
   * The last place of two words or more named before {@code pos}, outside {@code excluded}, whose
   * name ends in one of {@code words} ("Kingsbridge City" for a club): a team the recogniser read
   * as its town; null when there is none.
   */
  @Nullable Placed lastPlaceNamedEndingWithAny(Set<String> words, int pos, List<int[]> excluded) {
    return lastBefore(
        pos,
        excluded,
        e -> {
          String[] name = nameWords(e);
          return e.type() == EntityType.LOCATION
              && name.length > 1
              && words.contains(name[name.length - 1]);
        });
  }

  /** An organisation, or another named thing the recogniser may make of one. */
  private static boolean bodyLike(Entity e) {
    return e.type() == EntityType.ORGANIZATION || e.type() == EntityType.OTHER;
  }

  /**
   * The last body or place named before {@code pos}, outside {@code excluded}, right after the noun
   * ("The homelessness charity Homeward Ireland" for "the charity"); null when none is.
   */
  @Nullable Placed lastIntroducedAs(String noun, String text, int pos, List<int[]> excluded) {
    return lastPlacedBefore(
        pos,
        excluded,
        p ->
            p.entity.type() != EntityType.PERSON
                && (text.substring(Math.max(0, p.begin - noun.length() - 1), p.begin)
                        .equalsIgnoreCase(noun + " ")
                    // "his label, Southern Crown Records,": the name set off after the noun, in
                    // lower case (not the end of a name: "the … Commission, Hearthwell …,")
                    || text.substring(Math.max(0, p.begin - noun.length() - 2), p.begin)
                            .equals(noun + ", ")
                        && text.startsWith(",", p.end)));
  }

  /** The last mention ending before {@code pos}, outside {@code excluded}, whose entity fits. */
  private @Nullable Placed lastBefore(int pos, List<int[]> excluded, Predicate<Entity> fits) {
    return lastPlacedBefore(pos, excluded, p -> fits.test(p.entity));
  }

  /** The last mention ending before {@code pos}, outside {@code excluded}, that fits. */
  private @Nullable Placed lastPlacedBefore(int pos, List<int[]> excluded, Predicate<Placed> fits) {
    Placed found = null;
    for (Placed p : placed) {
      if (p.end > pos) {
        break;
      }
      if (fits.test(p) && !inside(p, excluded)) {
        found = p;
      }
    }
    return found;
  }

  /**
   * Whether {@code p} lies inside one of the quotation {@code spans} (each with its marks), other
   * than as the whole of one: the self-styled "Military Committee for National Recovery" names the
   * body rather than quoting anyone.
   */
  private static boolean inside(Placed p, List<int[]> spans) {
    for (int[] s : spans) {
      if (p.begin >= s[0] && p.end <= s[1] && (p.begin > s[0] + 1 || p.end < s[1] - 2)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one person a definite description such as "the Russian premier" or "Russia's PM" points to,
   * or null when none or several hold the role.
   */
  @Nullable Entity holder(String description) {
    String lower = description.toLowerCase(Locale.ROOT).trim();
    List<String> tokens = tokensOf(lower);
    List<String> qualifiers = qualifiers(tokens);
    List<Entity> found = indefinite(lower) ? List.of() : holders(tokens, qualifiers);
    if (found.size() != 1) {
      return null;
    }
    Entity one = found.get(0);
    if (qualifiers.size() == 1 && Character.isUpperCase(firstQualified(description))) {
      // "the Israeli leader", then "the Palestinian leader": one holder is not both
      String before = qualifiedAs.putIfAbsent(one, qualifiers.get(0));
      if (before != null && !before.equals(qualifiers.get(0))) {
        return null;
      }
    }
    return one;
  }

  /**
   * The people a definite description's role fits best, all equally well: none, the one it points
   * to, or several ("the judge" where two judges are named).
   */
  List<Entity> holders(String description) {
    String lower = description.toLowerCase(Locale.ROOT).trim();
    List<String> tokens = tokensOf(lower);
    return indefinite(lower) ? List.of() : holders(tokens, qualifiers(tokens));
  }

  /** Whether a description opens with "a" or "an", and so points to no one in particular. */
  private static boolean indefinite(String lower) {
    return lower.startsWith("a ") || lower.startsWith("an ");
  }

  private List<Entity> holders(List<String> tokens, List<String> qualifiers) {
    String role = headRole(tokens);
    if (role == null) {
      return List.of();
    }
    // a holder whose title carries the description's qualifier ("Chinese President Xi") comes
    // before one whose title carries none ("President Biden") for "the Chinese leader"
    List<Entity> found = new ArrayList<>();
    int tier = 0;
    for (Entity e : entities) {
      int match = e.type() == EntityType.PERSON ? match(e, role, tokens, qualifiers) : 0;
      if (match > tier) {
        found.clear();
        tier = match;
      }
      if (match > 0 && match == tier) {
        found.add(e);
      }
    }
    return found;
  }

  private List<String> qualifiers(List<String> tokens) {
    List<String> qualifiers = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      // "foreign" in "the Iranian foreign minister" is a word of the role, not a qualifier of it
      boolean roleWord = i + 1 < tokens.size() && words.roles.contains(t + " " + tokens.get(i + 1));
      // an age is no qualifier of an office: "the 38-year-old MLA" is the MLA
      boolean age = Tok.age(t);
      if (!t.equals("the") && !words.roleNoun(t) && !roleWord && !age && t.length() >= 4) {
        qualifiers.add(qualifier(words, t));
      }
    }
    return qualifiers;
  }

  /** The first letter of the description's first word after "the", or a space. */
  private static char firstQualified(String description) {
    String d = description.strip();
    if (d.regionMatches(true, 0, "the ", 0, 4)) {
      d = d.substring(4).strip();
    }
    return d.isEmpty() ? ' ' : d.charAt(0);
  }

  /**
   * The government the text names for a country ("Cuban government" for Cuba), or null: none, or
   * the entity is no place.
   */
  @Nullable Entity governmentOf(Entity country) {
    if (country.type() != EntityType.LOCATION) {
      return null;
    }
    for (Entity e : entities) {
      String name = e.name();
      int space = name.lastIndexOf(' ');
      if (e.type() == EntityType.ORGANIZATION
          && name.endsWith(" government")
          && space == name.indexOf(' ')
          && stem(name.substring(0, space)).equals(stem(country.name()))) {
        return e;
      }
    }
    return null;
  }

  /** The role a description names by its head noun ("the Sandinista leader": leader). */
  @Nullable String roleOf(String description) {
    return headRole(tokensOf(description.toLowerCase(Locale.ROOT).trim()));
  }

  private static List<String> tokensOf(String lower) {
    return List.of(lower.replace("’s", "").replace("'s", "").split("\\s+"));
  }

  /**
   * The role the description's head noun names, its last word before any preposition or relative
   * pronoun ("the Russian premier", "the president of France", "the boy's father"), or null when
   * the head is no role or kin noun: "the mayor's office" is an office, not the mayor.
   */
  private @Nullable String headRole(List<String> tokens) {
    int end = 0;
    while (end < tokens.size() && !HEAD_ENDS.contains(tokens.get(end))) {
      end++;
    }
    if (end == 0) {
      return null;
    }
    String last = tokens.get(end - 1);
    String two = end > 1 ? tokens.get(end - 2) + " " + last : "";
    if (words.roles.contains(two)) {
      return words.role(two);
    }
    return words.roleNoun(last) || words.kin(last) ? words.role(last) : null;
  }

  /**
   * How well one of the entity's roles ("russian prime minister") fits the wanted one: 2 when its
   * title carries the wanted qualifiers, 1 when it carries none and may still be meant, 0 when none
   * fits.
   */
  private int match(Entity e, String role, List<String> tokens, List<String> qualifiers) {
    if (ownedElsewhere(e, qualifiers)) {
      return 0; // "Iran's foreign minister" is not the one called "Oman's foreign minister"
    }
    if (role.equals("cleric")
        && e.aliases().stream().anyMatch(a -> CLERICAL.matcher(a).lookingAt())) {
      return 2; // "the cleric added" of "Hojatoleslam Mohammad-Hossein Ansari-Rad"
    }
    int best = 0;
    boolean leader = role.equals("leader");
    String asked = officeBefore(tokens, role);
    for (String title : e.roles()) {
      String r = title;
      String raw = roleSuffix(r);
      int of = title.indexOf(" of ");
      if (raw == null && of > 0) {
        // "secretary of state", "minister of finance": the role is the noun before "of"
        r = title.substring(0, of);
        raw = roleSuffix(r);
      }
      if (raw == null) {
        continue;
      }
      String held = words.role(raw);
      boolean sameRole =
          held.equals(role)
              || leader && words.leaderRoles.contains(held)
              || kindOf(held, role); // "the Russian minister" for a foreign minister
      String prefix = r.substring(0, r.length() - raw.length());
      String office = office(prefix);
      if (!office.equals(asked) && (asked != null || OTHER_OFFICE.contains(office))) {
        continue; // a deputy governor is not "the governor", and the governor no deputy
      }
      if (sameRole && qualifiersMatch(prefix, withoutOwner(e, qualifiers))) {
        best = Math.max(best, prefix.isBlank() && !qualifiers.isEmpty() ? 1 : 2);
      }
    }
    return best;
  }

  /**
   * Whether the person was described as the role holder of a place the text names ("Oman's foreign
   * minister, Salim al-Harthi") that none of the wanted qualifiers names.
   */
  private boolean ownedElsewhere(Entity e, List<String> qualifiers) {
    if (qualifiers.isEmpty()) {
      return false;
    }
    for (String alias : e.aliases()) {
      Matcher m = OWNED.matcher(alias);
      if (m.lookingAt()
          && placeNamed(m.group(1))
          && !qualifiers.contains(qualifier(words, m.group(1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The wanted qualifiers but the one of the place the person was described as the role holder of:
   * "the Uzbek negotiator" asks only for a negotiator of someone called "Uzbekistan's chief
   * negotiator".
   */
  private List<String> withoutOwner(Entity e, List<String> qualifiers) {
    if (qualifiers.isEmpty()) {
      return qualifiers;
    }
    List<String> rest = new ArrayList<>(qualifiers);
    for (String alias : e.aliases()) {
      Matcher m = OWNED.matcher(alias);
      if (m.lookingAt() && placeNamed(m.group(1))) {
        rest.remove(qualifier(words, m.group(1)));
      }
    }
    return rest;
  }

  /** Whether a place of that name is among the document's entities. */
  private boolean placeNamed(String name) {
    for (Entity e : entities) {
      if (e.type() == EntityType.LOCATION && e.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The office a held title's words before its role name: the last of them that names another
   * office ("former" of "mwa's former chief engineer"), else the last.
   */
  private static String office(String prefix) {
    String[] parts = prefix.strip().split("\\s+");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (OTHER_OFFICE.contains(parts[i])) {
        return parts[i];
      }
    }
    return parts[parts.length - 1];
  }

  /**
   * The word naming another office ("deputy", "vice", "former") right before the role in a
   * description ("the deputy governor"), or null.
   */
  private static @Nullable String officeBefore(List<String> tokens, String role) {
    int at =
        tokens.lastIndexOf(
            role.substring(0, role.indexOf(' ') < 0 ? role.length() : role.indexOf(' ')));
    return at > 0 && OTHER_OFFICE.contains(tokens.get(at - 1)) ? tokens.get(at - 1) : null;
  }

  /**
   * Whether a held role is a kind of the wanted one ("foreign minister" of "minister"), but not a
   * different office that ends in the same word ("prime minister", "vice president").
   */
  private static boolean kindOf(String held, String role) {
    if (!held.endsWith(" " + role)) {
      return false;
    }
    String modifier = held.substring(0, held.indexOf(' '));
    return !OTHER_OFFICE.contains(modifier);
  }

  /** The longest role noun (or a kin noun or a noun for a person) that ends the phrase, or null. */
  private @Nullable String roleSuffix(String phrase) {
    String best = null;
    for (String r : words.roles) {
      if ((phrase.equals(r) || phrase.endsWith(" " + r))
          && (best == null || r.length() > best.length())) {
        best = r;
      }
    }
    String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
    return best == null && (words.kin(last) || words.personNouns.contains(last)) ? last : best;
  }

  /**
   * Whether the qualifiers of a held role ("russian" of "russian prime minister") cover the wanted
   * ones. A bare role covers at most one qualifier: "the Iraqi ambassador to Greece" is not whoever
   * the document only calls "ambassador".
   */
  private boolean qualifiersMatch(String held, List<String> wanted) {
    if (held.isBlank() || relationalOnly(held)) {
      return wanted.size() <= 1; // "the Scottish coach" of "her longtime coach"
    }
    for (String q : wanted) {
      boolean any = false;
      for (String h : held.split("\\s+")) {
        if (!h.isEmpty() && qualifier(words, h).equals(q)) {
          any = true;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /** Whether every word before a held role only tells how it is held ("longtime"). */
  private static boolean relationalOnly(String held) {
    for (String h : held.strip().split("\\s+")) {
      if (!RELATIONAL.contains(h)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A qualifier in a form that a country and its adjective share: "Finland" and "Finnish" both read
   * as "finn" (bundled list), "Russia" and "Russian" as "russ" (stem).
   */
  static String qualifier(Words words, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return stem(words.demonyms.getOrDefault(lower, lower));
  }

  /** A crude stem that makes "Russia", "Russian" and "Russia's" agree. */
  static String stem(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.length() <= 4 ? w : w.substring(0, 4);
  }

  /**
   * The entity a capitalised word the recogniser missed refers to: one whose name contains it, the
   * most recently mentioned before {@code pos} when several do. Only people are looked up this way,
   * and names that read as a person's the recogniser typed as a body: "Stone said" after "Rita
   * Stone", a known given name and a surname.
   */
  @Nullable Entity byWord(String word, int pos) {
    String lower = word.toLowerCase(Locale.ROOT);
    Predicate<Entity> fits =
        e ->
            e.type() == EntityType.PERSON && List.of(nameWords(e)).contains(lower)
                || e.type() == EntityType.ORGANIZATION && surnameOf(nameWords(e), lower);
    // of a family named in full ("Vu's parents, Hung Vu and Lan Vu"), the one the text has called
    // by the word alone
    Entity calledSo =
        lastEntityBefore(pos, p -> p.end - p.begin == word.length() && fits.test(p.entity));
    return calledSo != null ? calledSo : lastEntityBefore(pos, p -> fits.test(p.entity));
  }

  /**
   * Whether a name of two or three words opens with a known given name and ends in {@code word}.
   */
  private boolean surnameOf(String[] name, String word) {
    return name.length >= 2
        && name.length <= 3
        && name[name.length - 1].equals(word)
        && words.givenName(name[0]);
  }

  /**
   * The organisation a capitalised word the recogniser missed refers to by the first word of its
   * name, as business news shortens "Diversified Investment Group Inc." to "Diversified": the most
   * recently mentioned before {@code pos}; words of fewer than four letters never do.
   */
  @Nullable Entity bodyByFirstWord(String word, int pos) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() < 4) {
      return null;
    }
    return lastEntityBefore(
        pos,
        p -> {
          String[] name = nameWords(p.entity);
          return p.entity.type() == EntityType.ORGANIZATION
              && name.length > 1
              && name[0].equals(lower);
        });
  }

  /** The entity of the last mention before {@code pos} that fits, or null. */
  private @Nullable Entity lastEntityBefore(int pos, Predicate<Placed> fits) {
    Entity best = null;
    for (Placed p : placed) {
      if (p.begin >= pos) {
        break;
      }
      if (fits.test(p)) {
        best = p.entity;
      }
    }
    return best;
  }

  private static String[] nameWords(Entity e) {
    return e.name().toLowerCase(Locale.ROOT).split("\\s+");
  }

  /**
   * The first person named in {@code [begin, end)} outside the quotations whose gender is {@code
   * wanted}, else the first whose gender does not contradict it ({@link Gender#UNKNOWN} accepts
   * anyone), or null.
   */
  @Nullable Placed firstPerson(int begin, int end, List<int[]> excluded, Gender wanted) {
    Placed known =
        wanted == Gender.UNKNOWN ? null : firstPerson(begin, end, excluded, wanted, true);
    return known != null ? known : firstPerson(begin, end, excluded, wanted, false);
  }

  /**
   * The first person named in {@code [begin, end)} outside the quotations whose gender does not
   * contradict {@code wanted}, or null.
   */
  @Nullable Placed firstAgreeing(int begin, int end, List<int[]> excluded, Gender wanted) {
    return firstPerson(begin, end, excluded, wanted, false);
  }

  private @Nullable Placed firstPerson(
      int begin, int end, List<int[]> excluded, Gender wanted, boolean exactly) {
    for (Placed p : placed) {
      Gender g = gender(p.entity);
      if (p.begin < begin
          || p.end > end
          || p.entity.type() != EntityType.PERSON
          || inside(p, excluded)) {
        continue;
      }
      if (exactly ? g == wanted : g.agrees(wanted)) {
        return p;
      }
      // a bare surname read as someone of no known gender stays that one: the text that called
      // Ezekiel Chelimo "Chelimo" and his cousin "Josphat Chelimo" means Ezekiel by "Chelimo"
      Entity namesake = exactly && g != Gender.UNKNOWN ? namesake(p, wanted) : null;
      if (namesake != null) {
        return new Placed(p.begin, p.end, namesake);
      }
    }
    return null;
  }

  /**
   * The one other person of the wanted gender whose surname a bare surname, read as someone known
   * to be of the other gender, also is: "Musa sounded a note of optimism. "…," he said" of Amina
   * Musa and Ibrahim Danladi Musa; never one the text names only later. Null when there is none or
   * more than one.
   */
  private @Nullable Entity namesake(Placed p, Gender wanted) {
    String[] read = nameWords(p.entity);
    String surname = read[read.length - 1];
    if (p.end - p.begin != surname.length() || ranked.contains(p.begin)) {
      return null; // not the bare surname, or "the elder Loughran", which tells whom it means
    }
    Entity found = null;
    for (Entity e : entities) {
      String[] words = nameWords(e);
      if (e != p.entity
          && e.type() == EntityType.PERSON
          && words.length > 1
          && words[words.length - 1].equals(surname)
          && gender(e) == wanted
          && namedBefore(e, p.begin)) {
        if (found != null) {
          return null;
        }
        found = e;
      }
    }
    return found;
  }

  /** What "he" or "she" may point to. */
  enum Gender {
    FEMALE,
    MALE,
    UNKNOWN;

    boolean agrees(Gender other) {
      return this == UNKNOWN || other == UNKNOWN || this == other;
    }

    /** The gender "she" or "he" asks for; unknown for any other word. */
    static Gender of(String pronoun) {
      return pronoun.equals("she") ? FEMALE : pronoun.equals("he") ? MALE : UNKNOWN;
    }

    /** The gender a possessive pronoun tells ("His son", "her husband"); unknown for any other. */
    static Gender ofOwner(String word) {
      String w = word.toLowerCase(Locale.ROOT);
      return w.equals("her") ? FEMALE : w.equals("his") ? MALE : UNKNOWN;
    }
  }

  /** Whether two people may be the same by gender: neither's is known to differ. */
  boolean gendersAgree(Entity a, Entity b) {
    return gender(a).agrees(gender(b));
  }

  /**
   * Whether "he" or "she" may stand for this entity: a person not known to be of the other gender,
   * never a body ("what the company calls "…". "…," he said"); any other word may stand for any.
   */
  boolean pronounFits(String pronoun, Entity e) {
    Gender wanted = Gender.of(pronoun);
    return wanted == Gender.UNKNOWN || e.type() == EntityType.PERSON && wanted.agrees(gender(e));
  }

  /**
   * A person's gender as the document shows it: an honorific ("Mrs", "Mr"), a gendered role
   * ("spokeswoman", "king"), a common given name, else the pronoun after the person's "said";
   * unknown when nothing says or the cues disagree.
   */
  Gender gender(Entity e) {
    return genders.getOrDefault(e.key(), Gender.UNKNOWN);
  }

  /**
   * The gender the name-finder's lexicon gives the person's given name, which the word lists may
   * leave out on purpose ("Aileen", but also "Kim"): a weaker cue than {@link #gender(Entity)}.
   */
  Gender listedGender(Entity e) {
    return e.type() == EntityType.PERSON
        ? listed.gender(e.name().split("\\s+")[0])
        : Gender.UNKNOWN;
  }

  private Gender genderOf(Entity e) {
    if (e.type() != EntityType.PERSON) {
      return Gender.UNKNOWN;
    }
    boolean female = false;
    boolean male = false;
    List<String> names = new ArrayList<>();
    names.add(e.name());
    names.addAll(e.aliases());
    for (String name : names) {
      // a title before a name ("Mrs Ode", "King Hussein"); a name's own words are no cue ("King")
      String[] w = name.toLowerCase(Locale.ROOT).split("\\s+");
      String first = w[0].replace(".", "");
      female |= w.length > 1 && FEMALE_CUES.contains(first);
      male |= w.length > 1 && MALE_CUES.contains(first);
    }
    for (String role : e.roles()) {
      String[] w = role.toLowerCase(Locale.ROOT).split("\\s+");
      String first = w[0].replace(".", "");
      String last = w[w.length - 1];
      female |= FEMALE_CUES.contains(first) || FEMALE_CUES.contains(last);
      male |= MALE_CUES.contains(first) || MALE_CUES.contains(last);
      female |= words.kinFemale.contains(last);
      male |= words.kinMale.contains(last);
    }
    Gender given = words.givenGender(e.name().toLowerCase(Locale.ROOT).split("\\s+")[0]);
    female |= given == Gender.FEMALE;
    male |= given == Gender.MALE;
    return female == male ? Gender.UNKNOWN : female ? Gender.FEMALE : Gender.MALE;
  }
}
