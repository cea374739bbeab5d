package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the words around a recognised name that say who the person is: a title the recogniser ran
 * into the name or that stands before it ("Mayor Dinkins", "Dist. Atty. Steve Cooley"), a role in
 * apposition after it, a description that opens the sentence before it, or kin ("her son"), and a
 * short surname part the recogniser left out. Instances are immutable and thread-safe.
 */
final class NameContext {
  /** A dash after a name that sets an aside apart: "Daniel Castellanos — no relation — said". */
  private static final Pattern DASHED = Pattern.compile(" ?[—–]| - ");

  // a name that ends its sentence closes its apposition there ("led by its envoy, Ana Ruiz.")
  private static final Pattern SENTENCE_END = Pattern.compile("[.;](?:\\s|$)");

  // a capitalised word or a number of a body's name ("Sporting Lucca 1921")
  private static final String NAMED_WORD = "[\\p{Lu}\\d][\\p{L}\\d.&'’-]*";

  private static final Pattern APPOSITION =
      Pattern.compile("^,\\s+((?:the|a|an)\\s+)?([^,;.]{2,80}?)(?:,|\\.(?=\\s|$))");

  /** An age written alone between commas: "Ines Vidal, 54, a teacher". */
  static final Pattern AGE = Pattern.compile("\\d{1,3}");

  // "Acme's chief executive, " or "The club's head coach, " opening a sentence right before a
  // name; after a verb ("said his lawyer, Ines Moreau") the description may be anyone's, but a
  // named owner's ("welcomed Togo's Prime Minister, Edem Kpodar,") is still the name's
  private static final Pattern DESCRIBED_BEFORE =
      Pattern.compile(
          "(?:^|[.!?]\\s+|\\n\\s*|(?<=\\s)(?=\\p{Lu}[\\p{L}.&-]*(?:’s|'s)"
              + "|(?:[Tt]he|an?|its|his|her|their)\\s))"
              + "(\\p{Lu}[\\p{L}.&-]*(?:’s|'s)|Its|His|Her|Their|The|the|an|a|its|his|her|their)"
              + "\\s+([A-Za-z][a-z-]*(?:’s|'s)?(?:\\s+[A-Za-z][a-z-]*){0,3}"
              // one body or two it is of, named: "The president of Sporting Lucca 1921, Gianfranco
              // Orsatti,", "The African Union's special envoy for Sudan and South Sudan, Joseph …"
              + "(?:\\s+(?:of|for)\\s+(?:the\\s+)?"
              + NAMED_WORD
              + "(?:\\s+(?:and\\s+)?"
              + NAMED_WORD
              + "){0,4})?),\\s"
              // an honorific between: "The district's superintendent, Dr. Marcus Whitfield,"
              + "(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Rev)\\.?\\s+)?");
  private static final Pattern SHORT_SURNAME = Pattern.compile("\\p{Lu}\\p{Ll}{0,2}");
  // "and his Indonesian counterpart, " right before a name
  private static final Pattern COUNTERPART =
      Pattern.compile(
          "\\b(?:his|her|their)\\s+(\\p{Lu}\\p{L}+\\s+)?(?:counterpart|opposite number),\\s+$");
  // how far back in its sentence a counterpart's possessor may hold its title
  private static final int COUNTERPART_REACH = 120;

  // "Wilhelm's widow, " right before a given name: spouses and children mostly share the surname
  private static final Pattern SURNAME_KIN =
      Pattern.compile(
          "(\\p{Lu}\\p{Ll}+)(?:’s|'s)\\s+(widow|widower|wife|husband|son|daughter),\\s+$");
  private static final int SURNAME_KIN_REACH = 40;
  // Kin nouns written as a title before a given name: "Uncle Lionel", "Auntie Grace".
  private static final Set<String> KIN_TITLES =
      Set.of("uncle", "aunt", "auntie", "aunty", "grandma", "grandpa", "granny", "grandad");
  private static final int GENERATION_REACH = 24;
  // "the elder Mr Tulloch", "the elder Rabbi Feld" (not "the elder statesman"), and a sibling's
  // rank: "his younger brother, Yohane Chisale"
  private static final Pattern GENERATION_BEFORE =
      Pattern.compile(
          "\\b(?:the (elder|younger) (?:(?!statesm)\\p{L}+\\.? )?"
              + "|(elder|older|younger) (?:brother|sister),? )$");
  private static final Pattern GENERATION_AFTER = Pattern.compile(",? (senior|junior|sr|jr)\\b");
  private static final int ANIMAL_REACH = 40;
  private static final Pattern ANIMAL_NAMED =
      Pattern.compile("\\b(\\p{L}+)(?:,\\s*|\\s+(?:named|called)\\s+)$");
  private static final Pattern SHARED_SURNAME =
      Pattern.compile(" and (\\p{Lu}\\p{Ll}+) (\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\b");
  static final Set<String> ROYAL =
      Set.of("king", "queen", "prince", "princess", "pope", "emperor", "empress", "sheikh");

  private final Words words;

  NameContext(Words words) {
    this.words = words;
  }

  /**
   * The title the recogniser ran into a person's name ("Visual Designer" of "Visual Designer Megan
   * Lynch", "Mayor Dinkins"): the words up to the last role word before the name's last word, or
   * null. A royal title stays part of the name.
   */
  @Nullable String innerTitle(String surface) {
    String[] w = surface.split("\\s+");
    int last = -1;
    for (int i = 0; i + 1 < w.length; i++) {
      String lower = w[i].toLowerCase(Locale.ROOT);
      if (words.roles.contains(lower) && !ROYAL.contains(lower) || KIN_TITLES.contains(lower)) {
        last = i; // "Uncle Lionel": kin as a title, as "Secretary" is
      }
    }
    if (last < 0) {
      return null;
    }
    int end = 0;
    for (int i = 0; i <= last; i++) {
      end = surface.indexOf(w[i], end) + w[i].length();
    }
    return surface.substring(0, end);
  }

  /**
   * A short capitalised word between a title and a name the recogniser cut after it, such as the
   * surname "He" of "Vice Premier He Lifeng", which it reads as a pronoun; else null.
   */
  @Nullable String shortSurname(String text, int begin) {
    if (begin < 2 || text.charAt(begin - 1) != ' ') {
      return null;
    }
    String w = previousWord(text, begin - 1);
    if (w == null
        || !SHORT_SURNAME.matcher(w).matches()
        || words.honorifics.contains(w.toLowerCase(Locale.ROOT))) {
      return null; // "analyst Dr Nadia Ferreira": the honorific is no surname
    }
    return title(text, begin - 1 - w.length()) != null ? w : null;
  }

  /**
   * Which generation of a family a name is marked as: 1 for the elder ("the elder Mr Tulloch",
   * "Rushworth senior", "Rushworth Sr."), -1 for the younger ("the younger Tulloch", "Rushworth
   * junior"), else 0.
   */
  static int generation(String text, int begin, int end) {
    String before =
        text.substring(Math.max(0, begin - GENERATION_REACH), begin).toLowerCase(Locale.ROOT);
    String after =
        text.substring(end, Math.min(text.length(), end + GENERATION_REACH))
            .toLowerCase(Locale.ROOT);
    Matcher b = GENERATION_BEFORE.matcher(before);
    Matcher a = GENERATION_AFTER.matcher(after);
    String word =
        b.find() ? (b.group(1) != null ? b.group(1) : b.group(2)) : a.lookingAt() ? a.group(1) : "";
    return switch (word) {
      case "elder", "older", "senior", "sr" -> 1;
      case "younger", "junior", "jr" -> -1;
      default -> 0;
    };
  }

  /**
   * Whether the one-word name at {@code begin} is an animal's: it follows an animal noun, apposed
   * ("the dog, Otto,") or named ("a 12-year-old beagle named Pickle").
   */
  boolean animalName(String text, int begin) {
    Matcher m = ANIMAL_NAMED.matcher(text.substring(Math.max(0, begin - ANIMAL_REACH), begin));
    return m.find() && words.animals.contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  /**
   * The surname a lone given name shares with the full name joined to it by "and" ("Jim" in "Jim
   * and Lorraine Haddow"), when either is a given name we know; else null.
   */
  @Nullable String sharedSurname(String text, int end, String given) {
    Matcher m = SHARED_SURNAME.matcher(text).region(end, text.length());
    if (!m.lookingAt()
        || words.givenGender(given.toLowerCase(Locale.ROOT)) == Mentions.Gender.UNKNOWN
            && words.givenGender(m.group(1).toLowerCase(Locale.ROOT)) == Mentions.Gender.UNKNOWN) {
      return null;
    }
    return m.group(2);
  }

  /**
   * The surname a lone given name takes from the person whose spouse or child it names ("Candee" in
   * "Wilhelm's widow, Candee,"), else null; a given name owns none ("Ana's son, Rui,").
   */
  @Nullable String kinSurname(String text, int begin) {
    Matcher m = SURNAME_KIN.matcher(text.substring(Math.max(0, begin - SURNAME_KIN_REACH), begin));
    if (!m.find()) {
      return null;
    }
    String owner = m.group(1).toLowerCase(Locale.ROOT);
    return words.givenFemale.contains(owner) || words.givenMale.contains(owner) ? null : m.group(1);
  }

  static String lastWord(String phrase) {
    return phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
  }

  static @Nullable String previousWord(String text, int at) {
    int e = at;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    return b < e ? text.substring(b, e) : null;
  }

  /**
   * The role an abbreviated title before a name stands for ("Gov." is governor, "Atty. Gen." is
   * attorney general), or null for an honorific ("Mr.").
   */
  @Nullable String abbreviatedRole(String text, int begin, String before) {
    String role = words.abbreviatedRoles.get(stem(before));
    String earlier = previousWord(text, text.lastIndexOf(before, begin));
    if ("general".equals(role) && earlier != null && "atty".equals(stem(earlier))) {
      return "attorney general";
    }
    return role;
  }

  static String stem(String abbreviation) {
    return abbreviation.toLowerCase(Locale.ROOT).replace(".", "");
  }

  // the most words the field of a title "of" may have: "Minister of Tourism and Creative
  // Industries"
  private static final int FIELD_WORDS = 5;

  /**
   * Whether "former" stands before the title that begins at {@code at}, perhaps past a body's
   * capitalised name: "former Scarlet Ibis captain".
   */
  static boolean formerBefore(String text, int at) {
    int pos = at;
    for (int n = 0; n <= FIELD_WORDS && pos > 0; n++) {
      String w = previousWord(text, pos);
      if (w == null || w.equalsIgnoreCase("former")) {
        return w != null;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      pos = text.lastIndexOf(w, pos - 1);
    }
    return false;
  }

  /** The title that stands right before a name ("Russian Prime Minister"), or null. */
  @Nullable String title(String text, int at) {
    List<String> taken = new ArrayList<>();
    int pos = at;
    int ofTitle = ofTitleStart(text, at);
    if (ofTitle >= 0) {
      // "Secretary of State Madeleine Albright": the role and its "of" phrase
      taken.addAll(List.of(text.substring(ofTitle, at - 1).split(" ")));
      pos = ofTitle;
    }
    while (taken.size() < 7) {
      if (pos == 0 || text.charAt(pos - 1) != ' ') {
        break;
      }
      String w = previousWord(text, pos - 1);
      if (w == null || !NameSpans.TOKEN.matcher(w).matches()) {
        break;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      boolean roleWord = words.titleWord(lower);
      boolean demonym = Character.isUpperCase(w.charAt(0)) && demonym(lower);
      boolean afterAnd = !taken.isEmpty() && taken.get(0).equalsIgnoreCase("and");
      if (!roleWord && (!demonym || afterAnd)) {
        break; // "Xi and President Putin": a name before "and" is not part of the title
      }
      taken.add(0, w);
      pos = pos - 1 - w.length();
    }
    if (taken.isEmpty()
        || ofTitle < 0
            && !words.roles.contains(taken.get(taken.size() - 1).toLowerCase(Locale.ROOT))) {
      return null;
    }
    while (!taken.isEmpty() && taken.get(0).equalsIgnoreCase("and")) {
      taken.remove(0);
    }
    return taken.isEmpty() ? null : String.join(" ", taken);
  }

  /**
   * Where a title of the form role, "of", capitalised word ends right before {@code at} ("Secretary
   * of State ", "Minister of Finance "), or -1.
   */
  int ofTitleStart(String text, int at) {
    // "Minister of Tourism and Creative Industries ": the field may be a few capitalised words,
    // joined by "and"
    int space = at - 1; // the space after the field's last word
    int ofEnd = -1; // where the field begins, after " of "
    for (int n = 0; ofEnd < 0; n++) {
      String field = space > 0 && text.charAt(space) == ' ' ? previousWord(text, space) : null;
      boolean joined = "and".equals(field) && n > 0;
      if (n == FIELD_WORDS || field == null || !joined && !Character.isUpperCase(field.charAt(0))) {
        return -1;
      }
      int begin = space - field.length();
      if (!joined && begin >= 4 && text.startsWith(" of ", begin - 4)) {
        ofEnd = begin;
      }
      space = begin - 1;
    }
    int roleEnd = ofEnd - 4;
    String role = previousWord(text, roleEnd);
    if (role == null
        || !Character.isUpperCase(role.charAt(0))
        || !words.roles.contains(role.toLowerCase(Locale.ROOT))) {
      return -1;
    }
    return roleEnd - role.length();
  }

  static boolean demonym(String lower) {
    return lower.endsWith("an")
        || lower.endsWith("ese")
        || lower.endsWith("ish")
        || lower.endsWith("i")
        || lower.endsWith("ch")
        || lower.endsWith("ic");
  }

  /**
   * A kin noun said of a name, which tells the person's gender, and the gender of the "his" or
   * "her" that owns it ("His son, Nurbek": the one "his" points to is Nurbek's parent), unknown
   * when no such pronoun does.
   */
  record Kin(String noun, Mentions.Gender owner) {}

  /**
   * The kin noun right before the name or in a short apposition after it ("His niece, Marisleysis",
   * "Marisleysis, his niece,"), with its owner; null when there is none.
   */
  @Nullable Kin kin(String text, int begin, @Nullable Apposed apposed) {
    String before = previousWord(text, begin);
    if (before != null) {
      String w = before.toLowerCase(Locale.ROOT).replace(",", "");
      if (words.kin(w)) {
        String owner = previousWord(text, text.lastIndexOf(before, begin));
        return new Kin(w, owner == null ? Mentions.Gender.UNKNOWN : Mentions.Gender.ofOwner(owner));
      }
    }
    if (apposed != null && apposed.end() <= 40 && apposed.words().length <= 3) {
      String[] w = apposed.words();
      String head = w[w.length - 1];
      Mentions.Gender owner =
          w.length == 2 ? Mentions.Gender.ofOwner(w[0]) : Mentions.Gender.UNKNOWN;
      return words.kin(head) ? new Kin(head, owner) : null;
    }
    return null;
  }

  private static final Pattern MINOR_AGE =
      Pattern.compile(",\\s*(?:aged\\s+)?(\\d{1,2})\\s*[,.;)]");

  /** Whether an age under 18 is set off right after a name's end: "Luca Ferreira, 14, walked". */
  static boolean minor(String text, int end) {
    Matcher m = MINOR_AGE.matcher(text).region(end, Math.min(text.length(), end + 14));
    return m.lookingAt() && Integer.parseInt(m.group(1)) < 18;
  }

  /**
   * The words set off by commas right after a name (", director of ...,"), lower-cased.
   *
   * @param end where the apposition's closing comma ends, counted from the name's end
   */
  record Apposed(String[] words, int end) {}

  private static final Set<String> COORDINATORS = Set.of("and", "or");

  // "was elected chair of …", "has been appointed as the new coach": the words up to the office's
  // "of", "for", "on" or the clause's end
  private static final Pattern MADE =
      Pattern.compile(
          ",?\\s+(?:was|has\\s+been|had\\s+been|is|will\\s+be)\\s+(?:elected|appointed|named|chosen"
              + "|installed|sworn\\s+in)\\s+(?:as\\s+)?((?:the\\s+|its\\s+|their\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s*){1,3}?)"
              + "(?=\\s+(?:of|for|on|at|in|by|after)\\b|[,.;]|$)");
  private static final int MADE_REACH = 90;
  // Words of an aside that says the person is not kin of the one it names: "no relation of".
  // verbs that name the office of the one who does them: "who manages the office" is its manager
  private static final Map<String, String> OFFICE_VERBS =
      Map.of(
          "manages", "manager",
          "directs", "director",
          "coaches", "coach",
          "owns", "owner",
          "edits", "editor",
          "chairs", "chair",
          "heads", "head",
          "leads", "leader",
          "founded", "founder",
          "co-founded", "co-founder");
  private static final Set<String> KINSHIP_DENIED = Set.of("relation", "related", "unrelated");

  static @Nullable Apposed apposed(String text, int end) {
    Matcher m = APPOSITION.matcher(text.substring(end, Math.min(text.length(), end + 90)));
    if (!m.find() || m.group(1) == null && opensClause(m.group(2)) || endsOpening(text, end)) {
      // "Nichols, 37, was found guilty of …,": words that open a clause, not a description
      return null;
    }
    if (m.group(1) == null && AGE.matcher(m.group(2)).matches()) {
      // "Kim Tae-yang, 41, a broker,": the age comes first, the description after it
      Apposed after = apposed(text, end + m.end() - 1);
      if (after != null) {
        return new Apposed(after.words(), m.end() - 1 + after.end());
      }
    }
    String[] apposed = m.group(2).toLowerCase(Locale.ROOT).split("\\s+");
    // "Derek Allardyce, 71, and his wife, Maureen", "Puleng Mabaso, 44, whose husband, Tumelo,":
    // the words name someone else
    return COORDINATORS.contains(apposed[0]) || apposed[0].equals("whose")
        ? null
        : new Apposed(apposed, m.end());
  }

  /**
   * Whether the name ending at {@code end} ends a phrase that opens its sentence with a
   * preposition, up to the first comma ("In his constituency of Hexley and Wold, the chairman …"):
   * the words after that comma are the main clause, not an apposition to the name.
   */
  private static boolean endsOpening(String text, int end) {
    int begin = end;
    while (begin > 0 && ".!?\n,;:\"“”".indexOf(text.charAt(begin - 1)) < 0) {
      begin--;
    }
    boolean sentenceStart =
        begin == 0 || text.charAt(begin - 1) == '\n' || ".!?".indexOf(text.charAt(begin - 1)) >= 0;
    String[] w = text.substring(begin, end).strip().split("\\s+", 2);
    return sentenceStart && w.length == 2 && Clauses.opensAdverbial(w[0]);
  }

  /**
   * Whether words after a name's comma open a clause: an auxiliary ("was found"), or a verb in the
   * past with its object ("backed the chief executive"), not a description ("retired teacher").
   */
  private static boolean opensClause(String words) {
    String[] w = words.toLowerCase(Locale.ROOT).split("\\s+", 3);
    return Clauses.FINITE_AUXILIARIES.contains(w[0])
        || w.length > 1 && w[0].endsWith("ed") && OBJECT_OPENERS.contains(w[1]);
  }

  /** Words that open a verb's object: "backed the …", "praised his …". */
  private static final Set<String> OBJECT_OPENERS =
      Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my", "your");

  /**
   * Whether the words after the name's comma report speech, so that they are its clause and no
   * apposition ("Yakushkin, quoted the president as saying").
   */
  boolean reports(String[] tokens) {
    for (String t : tokens) {
      if (words.speechVerbs.contains(t) || words.quotedVerbs.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A description the name stands in apposition to: its role ("chief executive" of "Acme's chief
   * executive, Jane Doe, said") and, when a named owner opens it, the description with its owner
   * ("Oman's foreign minister").
   */
  record Described(String role, @Nullable String owned) {}

  /**
   * The description the name stands in apposition to, or null: the name must be set off by commas
   * on both sides.
   */
  @Nullable Described describedBefore(String text, int begin, int end) {
    boolean set =
        end < text.length() && text.charAt(end) == ','
            || DASHED.matcher(text).region(end, text.length()).lookingAt()
            || SENTENCE_END.matcher(text).region(end, text.length()).lookingAt();
    if (!set) {
      return null; // the name closes its apposition with a comma or a dash
    }
    Matcher m = DESCRIBED_BEFORE.matcher(text).region(Math.max(0, begin - 70), begin);
    m.useAnchoringBounds(false); // "^" is the text's start, not the window's
    boolean found = false;
    while (!found && m.find()) {
      found = m.end() == begin;
    }
    if (!found) {
      return null;
    }
    // the description's head ends it: "head coach" of "the club's head coach", not "head"
    // "superintendent" of "The district's superintendent": the office, not whose it is
    String role = m.group(2).toLowerCase(Locale.ROOT).replaceFirst("^\\S+(?:’s|'s)\\s+", "");
    // "undersecretary" of "The undersecretary of fisheries": the office, not what it is over
    role = role.replaceFirst("\\s+(?:of|for)\\s.*$", "");
    if (!words.roles.contains(role)) {
      // "witness" of "the first witness", where a "first minister" keeps the whole office
      role = role.replaceFirst("^(?:first|second|third|fourth|fifth|next|last|final)\\s+", "");
    }
    String[] tokens = role.split("\\s+");
    if (!words.roles.contains(tokens[tokens.length - 1])) {
      return null;
    }
    String owner = m.group(1);
    boolean named = owner.endsWith("'s") || owner.endsWith("’s");
    return new Described(role, named ? owner + " " + m.group(2) : null);
  }

  /**
   * The role of a counterpart ("President Selim Kara and his Indonesian counterpart, Haryanto,"):
   * the title the sentence gave before it, with the counterpart's own qualifier ("indonesian
   * president"); null when the name is no counterpart or no title comes before.
   */
  @Nullable String counterpart(String text, int begin) {
    int from = Math.max(0, begin - COUNTERPART_REACH);
    Matcher m = COUNTERPART.matcher(text).region(from, begin);
    if (!m.find()) {
      return null;
    }
    String before = text.substring(from, m.start());
    int stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n'));
    String[] tokens = before.substring(stop + 1).toLowerCase(Locale.ROOT).split("[^\\p{L}-]+");
    String role = null;
    for (int i = 0; i < tokens.length; i++) {
      String two = i + 1 < tokens.length ? tokens[i] + " " + tokens[i + 1] : "";
      role = words.roles.contains(two) ? two : words.roles.contains(tokens[i]) ? tokens[i] : role;
    }
    if (role == null) {
      return null;
    }
    return m.group(1) == null ? role : m.group(1).strip().toLowerCase(Locale.ROOT) + " " + role;
  }

  /**
   * The role a clause right after a name gives its holder by election or appointment ("was elected
   * chair of the co-operative", "has been named the new coach"), or null.
   */
  @Nullable String madeRole(String text, int from) {
    Matcher m = MADE.matcher(text).region(from, Math.min(text.length(), from + MADE_REACH));
    if (!m.lookingAt()) {
      return null;
    }
    String[] tokens = m.group(1).toLowerCase(Locale.ROOT).split("\\s+");
    String role = null;
    for (int i = 0; i < tokens.length && role == null; i++) {
      String two = i + 1 < tokens.length ? tokens[i] + " " + tokens[i + 1] : "";
      role = words.roles.contains(two) ? two : words.roles.contains(tokens[i]) ? tokens[i] : null;
    }
    return role;
  }

  /**
   * The role among the words of an apposition, or null; a relative clause that opens with the verb
   * of an office holds it ("who manages the delivery office": manager).
   */
  @Nullable String roleIn(String[] tokens) {
    String held = tokens.length > 1 && tokens[0].equals("who") ? OFFICE_VERBS.get(tokens[1]) : null;
    if (held != null) {
      return held;
    }
    for (int i = 0; i < tokens.length; i++) {
      if (KINSHIP_DENIED.contains(tokens[i])) {
        return null; // "who is no relation of the minister": the minister is someone else
      }
      String t = tokens[i].replace("’s", "").replace("'s", "");
      if (i + 1 < tokens.length && words.roles.contains(t + " " + tokens[i + 1])) {
        return t + " " + tokens[i + 1];
      }
      if (words.roles.contains(t) && t.equals(tokens[i])) {
        // not "chief" of "the chief's wife": whose she is, not what she holds
        return t;
      }
    }
    return null;
  }

  /**
   * The noun for a person that heads an apposition ("a former detective who now runs a
   * consultancy"), with "former" when the word before says so; null when its first noun phrase has
   * none.
   */
  @Nullable String personIn(String[] tokens) {
    for (int i = 0; i < tokens.length && !Mentions.HEAD_ENDS.contains(tokens[i]); i++) {
      if (words.personNouns.contains(tokens[i])) {
        return i > 0 && tokens[i - 1].equals("former") ? "former " + tokens[i] : tokens[i];
      }
    }
    return null;
  }
}
