package org.dateline.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.bundled.Bundled;
import org.jspecify.annotations.Nullable;

/** The extract stage's word lists, read once from {@code words.properties}. */
final class Words {
  /** Words that tell a woman beyond kin and "-woman" nouns. */
  private static final Set<String> FEMALE =
      Set.of(
          "girl",
          "girls",
          "schoolgirl",
          "lady",
          "ladies",
          "actress",
          "waitress",
          "queen",
          "princess",
          "bride");

  /** Words that tell a man beyond kin nouns. */
  private static final Set<String> MALE =
      Set.of("boy", "boys", "schoolboy", "guy", "lad", "king", "prince", "groom", "gentleman");

  /** Words in "-man" that tell no gender. */
  private static final Set<String> NOT_MEN = Set.of("german", "human", "roman", "shaman", "oman");

  private static final Words ENGLISH = load();

  final Set<String> speechVerbs;
  final Set<String> phrasalVerbs;
  final Set<String> quotedVerbs;
  final Set<String> framingVerbs;
  final Set<String> writings;
  final Set<String> givenFemale;
  final Set<String> givenMale;
  final Set<String> honorifics;
  final Set<String> abbreviatedTitles;
  final Map<String, String> abbreviatedRoles;
  final Map<String, String> officeInitials;
  final Set<String> kinFemale;
  final Set<String> animals;
  final Set<String> kinMale;
  private final Map<String, String> kinInverse;
  final Set<String> roles;
  final Map<String, String> roleSynonyms;
  final Set<String> leaderRoles;
  final Set<String> epithets;
  final Set<String> subjectPronouns;
  final Set<String> pluralSpeechVerbs;
  final Set<String> changeUp;
  final Set<String> changeDown;
  final Map<String, Double> scales;
  final Map<String, String> currencies;
  final Set<String> units;
  final Set<String> comparisons;
  final Set<String> titleModifiers;
  final Set<String> orgSuffixes;
  final Set<String> speakerNouns;
  final Set<String> personNouns;
  final Set<String> companyNouns;
  final Set<String> mastheads;
  final Set<String> platforms;
  final Set<String> institutionNouns;
  final Set<String> bodyWords;
  final Set<String> timeWords;
  final Map<String, String> demonyms;
  final Map<String, String> knownNames;

  private Words(Properties p) {
    speechVerbs = set(p, "speech.verbs");
    pluralSpeechVerbs = set(p, "plural.speech.verbs");
    phrasalVerbs = set(p, "phrasal.verbs");
    quotedVerbs = set(p, "quoted.verbs");
    framingVerbs = set(p, "framing.verbs");
    writings = set(p, "writings");
    givenFemale = set(p, "given.female");
    givenMale = set(p, "given.male");
    abbreviatedTitles = set(p, "abbreviated.titles");
    Set<String> h = new HashSet<>(set(p, "honorifics"));
    abbreviatedTitles.forEach(t -> h.add(t + "."));
    honorifics = Set.copyOf(h);
    roles = set(p, "roles");
    roleSynonyms = map(p, "roles.synonyms");
    abbreviatedRoles = map(p, "abbreviated.roles");
    officeInitials = map(p, "office.initials");
    kinFemale = set(p, "kin.female");
    animals = set(p, "animals");
    kinMale = set(p, "kin.male");
    kinInverse = map(p, "kin.inverse");
    leaderRoles = set(p, "roles.leaders");
    epithets = set(p, "epithets");
    subjectPronouns = set(p, "subject.pronouns");
    changeUp = set(p, "change.up");
    changeDown = set(p, "change.down");
    Map<String, Double> s = new HashMap<>();
    map(p, "scales").forEach((k, v) -> s.put(k, Double.parseDouble(v)));
    scales = Map.copyOf(s);
    currencies = map(p, "currencies");
    units = set(p, "units");
    comparisons = set(p, "comparisons");
    titleModifiers = set(p, "title.modifiers");
    orgSuffixes = set(p, "org.suffixes");
    speakerNouns = set(p, "speaker.nouns");
    personNouns = set(p, "person.nouns");
    companyNouns = set(p, "company.nouns");
    mastheads = set(p, "masthead.words");
    platforms = set(p, "platforms");
    institutionNouns = set(p, "institution.nouns");
    bodyWords = set(p, "body.words");
    timeWords = set(p, "time.words");
    demonyms = map(p, "demonyms");
    knownNames = map(p, "known.names");
  }

  static Words english() {
    return ENGLISH;
  }

  // A noun for where someone is from: "Scot", "Dubliner", "Welshman", "Brazilian", "Portuguese"
  private static final Pattern ORIGIN =
      Pattern.compile(
          "\\p{Lu}\\p{Ll}+(?:ian|an|ese|er|man|woman)|Scot|Swede|Dane|Finn|Pole|Turk|Brit|Kiwi|Aussie|Geordie|Scouser");

  /**
   * Whether a capitalised word is a noun for where a person is from ("the Scot", "the Dubliner"),
   * not a role ("the Speaker", "the Premier").
   */
  boolean originNoun(String word) {
    return ORIGIN.matcher(word).matches() && !roles.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A role noun in its canonical form ("premier" is "prime minister"). */
  String role(String noun) {
    String lower = noun.toLowerCase(Locale.ROOT);
    return roleSynonyms.getOrDefault(lower, lower);
  }

  private static Words load() {
    return new Words(Bundled.properties(Words.class, "words.properties"));
  }

  /** Whether a lower-case word is a known given name, a woman's or a man's. */
  boolean givenName(String word) {
    return givenFemale.contains(word) || givenMale.contains(word);
  }

  /** Whether a word is a kin noun that tells a gender ("niece", "nephew"). */
  boolean kin(String word) {
    return kinFemale.contains(word) || kinMale.contains(word);
  }

  /**
   * Whether a lower-case phrase is a role and nothing else: a role ("ceo"), or title words ending
   * in one ("district attorney", "deputy police chief").
   */
  boolean roleOnly(String lower) {
    if (roles.contains(lower)) {
      return true;
    }
    String[] w = lower.split("\\s+");
    for (int i = 0; i < w.length - 1; i++) {
      if (!titleWord(w[i]) || w[i].equals("and")) {
        return false;
      }
    }
    return w.length > 1 && roles.contains(w[w.length - 1]);
  }

  /** Whether a lower-case word can stand inside a title before a name: a role or its modifier. */
  boolean titleWord(String word) {
    return roles.contains(word) || titleModifiers.contains(word);
  }

  /**
   * Whether a word, after "the", stands for a body named before: a company's kind ("the company",
   * "the label") or an institution's ("the court", "the club").
   */
  boolean bodyNoun(String lower) {
    return companyNouns.contains(lower) || institutionNouns.contains(lower);
  }

  /** Whether a word ends only bodies' names ("Service", "News", "company", "sources"). */
  boolean endsBody(String lower) {
    return companyNouns.contains(lower)
        || speakerNouns.contains(lower)
        || bodyWords.contains(lower);
  }

  /**
   * What a kin noun makes of the one whose "his" or "her" owns it ("son" of "his": father), or null
   * when the noun has no inverse or the owner's gender is unknown.
   */
  @Nullable String inverseKin(String kin, Mentions.Gender owner) {
    String both = kinInverse.get(kin);
    if (both == null || owner == Mentions.Gender.UNKNOWN) {
      return null;
    }
    return both.split("/")[owner == Mentions.Gender.MALE ? 0 : 1];
  }

  /**
   * Whether a word names what one person is, so that a name set off by it answers to it later: a
   * role ("the minister") or a noun for a person ("the detective", "the juror").
   */
  boolean roleNoun(String word) {
    return roles.contains(word) || personNouns.contains(word);
  }

  /**
   * Whether a word can head an unnamed speaker's description: a speaker noun, a role or its plural
   * ("two envoys"), or kin.
   */
  boolean speakerNoun(String word) {
    return roles.contains(word)
        || speakerNouns.contains(word)
        || personNouns.contains(word)
        || kin(word)
        || Tok.looksPlural(word) && roles.contains(word.substring(0, word.length() - 1))
        || word.endsWith("ies") && roles.contains(word.substring(0, word.length() - 3) + "y");
  }

  /**
   * The gender a description tells ("One elderly man", "a grieving mother", "the spokeswoman"), or
   * unknown.
   */
  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

  Mentions.Gender genderOfDescription(String description) {
    Mentions.Gender gender = Mentions.Gender.UNKNOWN;
    for (String w : description.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
      boolean female =
          kinFemale.contains(w) || w.endsWith("woman") || w.endsWith("women") || FEMALE.contains(w);
      boolean male =
          kinMale.contains(w)
              || !female && (w.endsWith("man") || w.endsWith("men")) && !NOT_MEN.contains(w)
              || MALE.contains(w);
      Mentions.Gender g =
          female ? Mentions.Gender.FEMALE : male ? Mentions.Gender.MALE : Mentions.Gender.UNKNOWN;
      if (g != Mentions.Gender.UNKNOWN && gender != Mentions.Gender.UNKNOWN && g != gender) {
        return Mentions.Gender.UNKNOWN;
      }
      gender = g != Mentions.Gender.UNKNOWN ? g : gender;
    }
    return gender;
  }

  /** The gender a given name tells, or unknown. */
  Mentions.Gender givenGender(String written) {
    // "Sinéad" is listed as "sinead"
    String given =
        DIACRITICS.matcher(Normalizer.normalize(written, Normalizer.Form.NFD)).replaceAll("");
    if (givenFemale.contains(given)) {
      return Mentions.Gender.FEMALE;
    }
    return givenMale.contains(given) ? Mentions.Gender.MALE : Mentions.Gender.UNKNOWN;
  }

  /** "up" or "down" for a word of change ("rose", "slump"), else null. */
  @Nullable String direction(String w) {
    if (changeUp.contains(w)) {
      return "up";
    }
    return changeDown.contains(w) ? "down" : null;
  }

  private static Set<String> set(Properties p, String key) {
    return Set.copyOf(Bundled.entries(p, key));
  }

  private static Map<String, String> map(Properties p, String key) {
    Map<String, String> out = new HashMap<>();
    for (String s : set(p, key)) {
      int eq = s.indexOf('=');
      out.put(s.substring(0, eq).trim(), s.substring(eq + 1).trim());
    }
    return Map.copyOf(out);
  }
}
