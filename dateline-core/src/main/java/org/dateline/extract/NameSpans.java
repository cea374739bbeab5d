package org.dateline.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.EntityType;

/**
 * Mends the names the recogniser gives before they are resolved: a place that says where a body is
 * based ("Denver-based Ledgerlight"), a person after "Mr." it missed, a government named by its
 * capital, a titled person it read as an organisation ("Secretary of State James A. Baker III") or
 * split at an initial, a person run together with the body after "of", and a body cut before the
 * place it serves or before the words that end its name ("Athletics Integrity Commission | of the
 * Caribbean", "Northfield City | Supporters' Trust"). Instances are immutable and thread-safe.
 */
final class NameSpans {
  /**
   * A courtesy title and the name after it: "Mr. Lee", "Dr Amal Haddad" (British style drops the
   * stop), up to three words ("Dr Azm Al Tamimi").
   */
  private static final Pattern HONOURED =
      Pattern.compile("\\b(?:Mr|Mrs|Ms|Dr)\\.? (\\p{Lu}[\\p{L}’'-]+(?: \\p{Lu}[\\p{L}’'-]+){0,2})");

  /** What joins a given name to the full name whose surname it shares. */
  private static final Pattern COUPLED = Pattern.compile(" (?:and|&) ");

  /**
   * A family named by its surname, after "the": "the Callaghan family", "the Reyes-Baca family".
   */
  private static final Pattern FAMILY =
      Pattern.compile(
          "(?<![\\p{L}])[Tt]he ((\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?) family)(?![\\p{L}-])");

  /** A name and an age set off by commas, as news gives a person's: "Amal, 34, a mother of …". */
  private static final Pattern AGED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.'’-])(\\p{Lu}[\\p{Ll}’'-]+(?: \\p{Lu}[\\p{Ll}’'-]+){0,2}),"
              + " (?:[1-9]|[1-9]\\d|1[01]\\d),");

  /**
   * Two or three capitalised words, a comma, and up to four lowercase words after an optional
   * article: where an untyped name may stand in apposition to its role.
   */
  private static final Pattern ROLED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.'’-])(\\p{Lu}[\\p{Ll}’'-]+(?: \\p{Lu}[\\p{Ll}’'-]+){1,2}),"
              + " (?:(?:a|an|the) )?((?:\\p{Ll}[\\p{Ll}-]* ?){1,4})");

  /** The name someone gave as theirs: "gave her name only as Faith", "identified himself as …". */
  private static final Pattern SELF_NAMED =
      Pattern.compile(
          "\\b(?:(?:his|her) name|identified (?:himself|herself)(?: to [\\p{Ll}]+)?)"
              + "(?: only)? as (\\p{Lu}[\\p{Ll}’'-]+(?: \\p{Lu}[\\p{Ll}’'-]+){0,2})");

  /** A word of a person's name: a capital, then lower case ("Donkor", "O'Neil", "Owusu-Ansah"). */
  private static final Pattern PERSON_WORD =
      Pattern.compile("\\p{Lu}\\p{Ll}+(?:['’-]\\p{Lu}?\\p{Ll}+)*");

  /** Words after which a role's qualifier, not the role, follows. */
  private static final Set<String> ROLE_STOPS = Set.of("of", "at", "for", "in", "with", "who");

  /**
   * A publication named after the kind it is ("trade publication Variety", "the tabloid Bild") or
   * before "magazine" ("People magazine"), up to four words.
   */
  private static final Pattern PUBLICATION =
      Pattern.compile(
          "\\b(?:publication|magazine|newspaper|tabloid|daily|weekly|journal|website) "
              + "(\\p{Lu}[\\p{L}.'’&-]*(?: \\p{Lu}[\\p{L}.'’&-]*){0,3})"
              + "|(?<![\\p{L}.'’-])(\\p{Lu}[\\p{L}'’&-]*(?: \\p{Lu}[\\p{L}'’&-]*){0,2}) magazine\\b");

  /** The source trade news opens a sentence with: "Per THR, the talks are …". */
  private static final Pattern PER_SOURCE =
      Pattern.compile(
          "(?:^|(?<=[.!?\"”]\\s)|(?<=\\n))Per (\\p{Lu}[\\p{L}.'’&-]*(?: \\p{Lu}[\\p{L}.'’&-]*){0,3}),");

  /** A site named by its domain, as tokenised text may space it: "TMZ.com", "SI. com". */
  private static final Pattern DOMAIN =
      Pattern.compile("(?<![\\p{L}\\p{N}.])\\p{Lu}[\\p{L}\\p{N}]*\\. ?(?:com|net|org)\\b");

  /** Capitalised words that open a sentence or a phrase, never a publication's name. */
  private static final Set<String> NOT_PUBLICATIONS =
      Set.of(
          "the", "a", "an", "this", "that", "his", "her", "its", "our", "their", "my", "your", "in",
          "on", "at", "for", "and", "but");

  /** A company's office between its name and its holder's: " chief executive ", " spokeswoman ". */
  private static final Pattern COMPANY_OFFICE =
      Pattern.compile(
          " (?:chief executive|chief executive officer|chairman|chairwoman|spokesman|spokeswoman"
              + "|spokesperson|ceo|CEO|founder|co-founder) ");

  /** A name that opens with where its body is based: "Denver-based Ledgerlight". */
  private static final Pattern BASED =
      Pattern.compile("(\\p{Lu}[\\p{L}. ]*?)-(?:based|headquartered) (\\p{Lu}.*)");

  /** What follows a place that says where a body is based: "-based", "-headquartered". */
  private static final Pattern BASED_AFTER = Pattern.compile("-(?:based|headquartered)\\b");

  /** What ends right before a body that a place says is based there: "Denver-based ". */
  private static final Pattern BASED_BEFORE = Pattern.compile("-(?:based|headquartered) $");

  /** A definite company noun and the comma of an apposition, before a name: "The operator, ". */
  private static final Pattern COMPANY_APPOSED =
      Pattern.compile("\\b(?:[Tt]he|[Ii]ts) (?:[\\p{Ll}-]+ ){0,2}(\\p{Ll}+), $");

  private static final int APPOSED_REACH = 40;

  /** An elided particle and the capitalised word it joins, after a name: " d'Ivoire". */
  private static final Pattern ELIDED = Pattern.compile(" d['\u2019]\\p{Lu}\\p{L}+\\b");

  // titles that open no body's name, as "General" opens "General Electric"
  private static final Set<String> NO_BODY_TITLES =
      Set.of("justice", "judge", "senator", "mayor", "governor");

  // nouns for anyone, before "from" and where they are from
  private static final Set<String> PEOPLE = Set.of("man", "woman", "boy", "girl");

  // a noun in lower case and "from" right before a name: "miner from " of "a miner from Tipuani"
  private static final Pattern FROM_BEFORE = Pattern.compile("\\b(\\p{Ll}+) from $");

  // a capitalised word right after a name, with no capitalised word after it: "Sheikh," of
  // "Naveed Anjum Sheikh,"
  private static final Pattern TITLE_SURNAME =
      Pattern.compile(" (\\p{Lu}\\p{Ll}{3,})(?![\\p{L}.'’-])(?!\\s+\\p{Lu})");

  private static final Pattern PATRONYMIC = Pattern.compile("\\s+(?:bin|ibn|bint)\\s+");
  // A particle inside a Portuguese or Spanish surname the recogniser split a person's name at:
  // "Raimunda Ferreira | dos | Santos"
  private static final Pattern SURNAME_PARTICLE = Pattern.compile(" (?:dos|das|da|de|del) ");

  /**
   * A nickname in quotation marks between a given name and a surname: Marguerite "Daisy" Fenwick,
   * Kimani ‘Kiki’ Gray, Dale ``Buck'' Hollister. Groups: given name, nickname, surname.
   */
  static final Pattern NICKNAMED =
      Pattern.compile(
          "\\b(\\p{Lu}[\\p{L}’'.-]+) (?:``|[\"“‘'])(\\p{Lu}[\\p{L}’'.-]*?(?: \\p{Lu}[\\p{L}’'.-]*?)?)"
              + "(?:''|[\"”’'])"
              + " ((?:(?:de|du|da|di|van|von|der|den|la|le|al|el|bin|ibn) )?\\p{Lu}[\\p{L}’'-]+)\\b");

  /**
   * Up to three capitalised words right after a name, " Supporters’ Trust", perhaps after "and"
   * ("Pembridge" + " and District School Board"), or after the plural possessive mark that ends it
   * ("Supporters" + "’ Trust"); not after an owner's "’s" ("Norland's Ministry of Fisheries" is the
   * ministry of a country).
   */
  private static final Pattern BODY_TAIL =
      Pattern.compile("(?:(?<=s)['’])?(?: and)?(?: \\p{Lu}[\\p{L}-]*(?:['’]s?)?){1,3}\\b");

  /** What joins a body's name to the place it serves: " of ", " of the ". */
  private static final Pattern OF_THE = Pattern.compile(" of (?:the )?");

  // body words that end the names of places as well: "Orange County", "Soviet Union", "Earls Court"
  private static final Set<String> PLACE_WORDS = Set.of("county", "union", "court");

  private static final Pattern INITIAL = Pattern.compile("\\p{Lu} ?\\. ");

  /** A romanised Korean given name before a surname the recogniser took alone: "Min-jun Kim". */
  private static final Pattern HYPHENATED_GIVEN =
      Pattern.compile(
          "(?<![\\p{L}.'’-])\\p{Lu}\\p{Ll}{1,5}-(?!based |born |owned |run )\\p{Ll}{1,6} $");

  private static final Pattern ROLE_OF = Pattern.compile("(\\p{L}+)\\s+of(?:\\s+the)?\\s+$");

  /**
   * A role in lower case right before a name, or set before it by a comma ("analyst, Ray Moon").
   */
  private static final Pattern ROLE_BEFORE =
      Pattern.compile("(?:\\b(\\p{Ll}+)\\s+)?\\b(\\p{Ll}+),?\\s+$");

  // a role its owner or an article opens, with the body it serves, and the comma of an
  // apposition: "Its spokesman, ", "A spokesman for the network, "
  private static final Pattern OWNED_ROLE =
      Pattern.compile(
          "(?:\\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?)|['’]s)\\s+(\\p{Ll}+)"
              + "(?:\\s+(?:for|of|at)\\s+(?:[\\p{L}'’.-]+\\s+){0,3}?[\\p{L}'’.-]+)?,\\s+$");

  // Short words a headline capitalises that no name is made of.
  private static final Set<String> HEADLINE_WORDS =
      Set.of(
          "for", "over", "in", "on", "of", "the", "and", "or", "to", "at", "with", "by", "from",
          "as", "is", "are", "was", "a", "an", "after", "into");

  /** A word of a name: letters, with stops, apostrophes and hyphens inside. */
  static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}.'’-]*");

  private static final Pattern WORD_SPAN = Pattern.compile("\\S+");

  // the most words of a person's name after a body's officer's title
  private static final int PERSON_AFTER_TITLE = 3;

  private final Words words;
  private final GivenNames listed;
  private final Governments governments;

  NameSpans(Words words, GivenNames listed) {
    this.words = words;
    this.listed = listed;
    this.governments = new Governments(words);
  }

  /** The recognised names of a text, mended, in text order. */
  List<NameFinder.Name> mend(String text, List<NameFinder.Name> recognised) {
    List<NameFinder.Name> out = new ArrayList<>();
    // each step mends what the one before left, the recogniser's names first
    List<NameFinder.Name> names = elided(text, recognised);
    names = placesOfOrigin(text, names);
    names = withTitleSurnames(text, names);
    names = apposedToCompany(text, names);
    names = based(text, names);
    names = nicknamed(text, names);
    names = families(text, names);
    names = coupled(text, names);
    names = acrossPatronymic(text, names);
    names = employers(text, names);
    names = withSelfNamed(text, names);
    names = peopleBeforeWho(text, names);
    names = withHonouredNames(text, names);
    names = withPublications(text, names);
    names = withRoledNames(text, names);
    names = withAgedNames(text, names);
    names = governments.named(text, names);
    names = wholeBodies(text, names);
    names = titledAcrossInitial(text, names);
    names = personAfterBodysTitle(names);
    names = platformsAsThings(names);
    names = withoutTitleBeforePerson(text, names);
    for (NameFinder.Name whole : names) {
      NameFinder.Name titled = titledPerson(text, withHyphenatedGivenName(text, whole));
      out.addAll(personOfOrganisation(text, surnamedPerson(text, titled, names)));
    }
    return out;
  }

  /**
   * A name the recogniser read as a person's, set in apposition to a definite company noun ("The
   * operator, Sorano Mobility, said"): a body, unless it opens with a given name we know.
   */
  private List<NameFinder.Name> apposedToCompany(String text, List<NameFinder.Name> names) {
    List<NameFinder.Name> out = new ArrayList<>(names.size());
    for (NameFinder.Name n : names) {
      Matcher m =
          COMPANY_APPOSED.matcher(text).region(Math.max(0, n.begin() - APPOSED_REACH), n.begin());
      String first = nameWords(n.text())[0].toLowerCase(Locale.ROOT);
      boolean body =
          n.type() == EntityType.PERSON
              && m.find()
              && words.companyNouns.contains(m.group(1).toLowerCase(Locale.ROOT))
              && !words.givenName(first);
      out.add(
          body ? new NameFinder.Name(n.begin(), n.end(), n.text(), EntityType.ORGANIZATION) : n);
    }
    return out;
  }

  /**
   * A name the recogniser ended before an elided particle and the capitalised word it joins, taken
   * whole: "Côte" of "Côte d'Ivoire", "Valéry" of "Valéry d'Estaing"; a name the known names list
   * holds takes its type ("Côte d'Ivoire" is a place).
   */
  private List<NameFinder.Name> elided(String text, List<NameFinder.Name> names) {
    List<NameFinder.Name> out = new ArrayList<>(names.size());
    int covered = -1; // where the last name taken whole ends
    for (NameFinder.Name n : names) {
      if (n.end() <= covered) {
        continue; // "Ivoire", read as a name of its own, is part of "Côte d'Ivoire"
      }
      Matcher m = ELIDED.matcher(text).region(n.end(), text.length());
      if (!m.lookingAt()) {
        out.add(n);
        continue;
      }
      covered = m.end();
      String whole = text.substring(n.begin(), covered);
      String known = words.knownNames.get(whole.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
      EntityType type =
          known == null ? n.type() : EntityType.valueOf(known.substring(0, known.indexOf(':')));
      out.add(new NameFinder.Name(n.begin(), covered, whole, type));
    }
    return out;
  }

  /**
   * A place the recogniser read as part of a name, or as a body, where it only says where a body is
   * based: "Milwaukee" of "the Milwaukee-based company" is a place, and "Denver-based Ledgerlight"
   * is the place and then a body.
   */
  static List<NameFinder.Name> based(String text, List<NameFinder.Name> names) {
    List<NameFinder.Name> out = new ArrayList<>(names.size());
    for (NameFinder.Name n : names) {
      Matcher m = BASED.matcher(n.text());
      if (m.matches()) {
        int rest = n.begin() + m.start(2);
        out.add(
            new NameFinder.Name(n.begin(), n.begin() + m.end(1), m.group(1), EntityType.LOCATION));
        out.add(new NameFinder.Name(rest, n.end(), m.group(2), EntityType.ORGANIZATION));
      } else if (n.type() != EntityType.LOCATION
          && !n.text().contains(" of ") // "Jonah Park of Seoul|-based Ilsan Securities"
          && BASED_AFTER.matcher(text).region(n.end(), text.length()).lookingAt()) {
        out.add(new NameFinder.Name(n.begin(), n.end(), n.text(), EntityType.LOCATION));
      } else if (n.type() == EntityType.PERSON
          && BASED_BEFORE.matcher(text.substring(Math.max(0, n.begin() - 14), n.begin())).find()) {
        // "Denver-based Ledgerlight": a body
        out.add(new NameFinder.Name(n.begin(), n.end(), n.text(), EntityType.ORGANIZATION));
      } else {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * One person's name over a nickname in quotation marks between a given name and a surname
   * (Marguerite "Daisy" Fenwick), which the recogniser cuts at the marks; the names it found there
   * give way. A span whose first or last word the recogniser put in no person's name is left.
   */
  static List<NameFinder.Name> nicknamed(String text, List<NameFinder.Name> names) {
    Matcher m = NICKNAMED.matcher(text);
    List<NameFinder.Name> out = null;
    while (m.find()) {
      int b = m.start();
      int e = m.end();
      int given = m.end(1);
      int surname = m.start(3);
      boolean person =
          names.stream()
              .anyMatch(
                  n ->
                      n.type() == EntityType.PERSON
                          && (n.begin() < given && n.end() > b
                              || n.begin() < e && n.end() > surname));
      if (!person) {
        continue;
      }
      out = out == null ? new ArrayList<>(names) : out;
      out.removeIf(n -> n.begin() < e && n.end() > b);
      out.add(new NameFinder.Name(b, e, m.group(), EntityType.PERSON));
    }
    if (out == null) {
      return names;
    }
    out.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
    return out;
  }

  /**
   * A family named by its surname ("the Callaghan family", "The Reyes-Baca family"): a body that
   * speaks for itself ("the Callaghan family said in a statement"), not a mention of the person of
   * that surname. Only after "the", and only a surname the recogniser read as a person's or one a
   * person named in the text bears (it read "the Solvang family" of Ingrid Solvang as a place).
   */
  static List<NameFinder.Name> families(String text, List<NameFinder.Name> names) {
    Matcher m = FAMILY.matcher(text);
    List<NameFinder.Name> added = new ArrayList<>();
    while (m.find()) {
      int b = m.start(2);
      int e = m.end(2);
      boolean person = surnameOfPerson(names, m.group(2));
      boolean inside = true;
      for (NameFinder.Name n : names) {
        if (n.begin() < e && n.end() > b) {
          person |= n.type() == EntityType.PERSON;
          inside &= n.begin() >= b && n.end() <= e;
        }
      }
      if (person && inside) {
        added.add(new NameFinder.Name(b, m.end(1), m.group(1), EntityType.ORGANIZATION));
      }
    }
    return Names.withAdded(names, added);
  }

  /**
   * A given name joined by "and" to a person's full name shares its surname: "dairy farmers Rhonda
   * and Garry Weatherall" names Rhonda Weatherall, whom "Mrs Weatherall" is later. The name keeps
   * its place in the text and takes the surname in its written form. Only when both given names are
   * ones we know.
   */
  private List<NameFinder.Name> coupled(String text, List<NameFinder.Name> names) {
    List<NameFinder.Name> out = null;
    for (int i = 0; i + 1 < names.size(); i++) {
      NameFinder.Name given = names.get(i);
      NameFinder.Name full = names.get(i + 1);
      String[] fullWords = nameWords(full.text());
      if (given.type() != EntityType.PERSON
          || full.type() != EntityType.PERSON
          || given.text().indexOf(' ') >= 0
          || fullWords.length < 2
          || !COUPLED.matcher(text.substring(given.end(), full.begin())).matches()
          || !knownGiven(given.text())
          || !knownGiven(fullWords[0])) {
        continue;
      }
      String surname = full.text().substring(full.text().indexOf(' ') + 1);
      out = out == null ? new ArrayList<>(names) : out;
      out.set(
          i,
          new NameFinder.Name(
              given.begin(), given.end(), given.text() + " " + surname, EntityType.PERSON));
    }
    return out == null ? names : out;
  }

  private boolean knownGiven(String written) {
    return words.givenName(written.toLowerCase(Locale.ROOT))
        || listed.gender(written) != Mentions.Gender.UNKNOWN;
  }

  private static boolean surnameOfPerson(List<NameFinder.Name> names, String surname) {
    for (NameFinder.Name n : names) {
      if (n.type() == EntityType.PERSON
          && n.text().length() > surname.length()
          && n.text().endsWith(" " + surname)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A person the recogniser read as an organisation when the text names them as a person elsewhere:
   * by surname alone, when the name opens with a known given name ("traded guard Omar Banks to
   * Phoenix", then "Banks, 28, learned …"); or, after a role in lower case, by the same words or
   * the same surname ("City Council member Anh Vu" under the headline "Anh Vu ousts mayor", or
   * beside her father Hung Vu). The name needs two or three capitalised words; anything else is
   * returned as it is.
   */
  private NameFinder.Name surnamedPerson(
      String text, NameFinder.Name n, List<NameFinder.Name> names) {
    if (n.type() != EntityType.ORGANIZATION || !titledName(n.text()) || endsInOrgSuffix(n.text())) {
      return n;
    }
    String[] w = nameWords(n.text());
    String surname = w[w.length - 1];
    boolean given = words.givenName(w[0].toLowerCase(Locale.ROOT));
    boolean role = roleRightBefore(text, n.begin());
    boolean again =
        names.stream()
            .filter(o -> o.type() == EntityType.PERSON)
            .map(NameFinder.Name::text)
            .anyMatch(
                o ->
                    given && o.equals(surname)
                        || role && (o.equals(n.text()) || o.endsWith(" " + surname)));
    return again ? new NameFinder.Name(n.begin(), n.end(), n.text(), EntityType.PERSON) : n;
  }

  /**
   * The names with a one-word "person" the recogniser found before a company's office and its
   * holder ("Nordline chief executive Per Lund") typed as the organisation it is, wherever the word
   * stands alone; not when a longer name of a person ends in it ("Obama" of "Barack Obama", as in
   * "Obama spokesman Robert Gibbs").
   */
  private static List<NameFinder.Name> employers(String text, List<NameFinder.Name> names) {
    Set<String> bodies = new HashSet<>();
    for (int i = 0; i + 1 < names.size(); i++) {
      NameFinder.Name n = names.get(i);
      NameFinder.Name next = names.get(i + 1);
      if (n.type() == EntityType.PERSON
          && next.type() == EntityType.PERSON
          && n.text().indexOf(' ') < 0
          && COMPANY_OFFICE.matcher(text.substring(n.end(), next.begin())).matches()
          && names.stream()
              .noneMatch(o -> o.type() == EntityType.PERSON && o.text().endsWith(" " + n.text()))) {
        bodies.add(n.text());
      }
    }
    if (bodies.isEmpty()) {
      return names;
    }
    List<NameFinder.Name> out = new ArrayList<>(names.size());
    for (NameFinder.Name n : names) {
      boolean body = n.type() == EntityType.PERSON && bodies.contains(n.text());
      out.add(
          body ? new NameFinder.Name(n.begin(), n.end(), n.text(), EntityType.ORGANIZATION) : n);
    }
    return out;
  }

  /**
   * Bodies the recogniser cut, read whole: a name with the words after it that end in a body's word
   * ({@link #namedBody}), the parts it found inside those words dropped; and a body cut before "of"
   * and the place or body it serves ("Athletics Integrity Commission of the Caribbean" is one
   * organisation, not a commission and a region) when the first part ends in a word bodies' names
   * end in. The place still stands as a place where it is named alone.
   */
  private List<NameFinder.Name> wholeBodies(String text, List<NameFinder.Name> names) {
    List<NameFinder.Name> out = new ArrayList<>(names.size());
    for (NameFinder.Name found : names) {
      NameFinder.Name n = namedBody(text, found);
      NameFinder.Name last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && n.begin() < last.end()) {
        continue; // a part of the body's name just read whole
      }
      if (last != null
          && last.type() == EntityType.ORGANIZATION
          && n.type() != EntityType.PERSON
          && last.end() < n.begin()
          && OF_THE.matcher(text.substring(last.end(), n.begin())).matches()
          && servingBody(last.text())) {
        out.set(
            out.size() - 1,
            new NameFinder.Name(
                last.begin(),
                n.end(),
                text.substring(last.begin(), n.end()),
                EntityType.ORGANIZATION));
      } else {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * A place or body's name with the capitalised words after it that end in a body's word, as one
   * organisation ("Northfield City" of "Northfield City Supporters’ Trust"), and a miscellaneous
   * name that ends in such a word ("Second Look Trust") as an organisation; else the name as it is.
   */
  private NameFinder.Name namedBody(String text, NameFinder.Name n) {
    if (n.type() == EntityType.PERSON) {
      return n;
    }
    Matcher m =
        BODY_TAIL
            .matcher(text)
            .region(n.end(), Math.min(text.length(), n.end() + 60))
            .useTransparentBounds(true); // the plural "s" before the region
    int end = m.lookingAt() && endsInBodyWord(m.group()) ? m.end() : n.end();
    boolean body =
        end > n.end()
            || n.type() == EntityType.OTHER && servingBody(n.text())
            || n.type() == EntityType.LOCATION && servingBody(n.text()) && !placeLike(n.text());
    return body
        ? new NameFinder.Name(
            n.begin(), end, text.substring(n.begin(), end), EntityType.ORGANIZATION)
        : n;
  }

  /** Whether a body's name ends in a word such names end in: "Commission", "Council", "Court". */
  private boolean servingBody(String name) {
    return name.indexOf(' ') > 0 && endsInBodyWord(name);
  }

  /** Whether a name ends in a body's word that places' names end in too: "Orange County". */
  private static boolean placeLike(String name) {
    return PLACE_WORDS.contains(NameContext.lastWord(name));
  }

  private boolean endsInBodyWord(String phrase) {
    String head = NameContext.lastWord(phrase);
    return words.institutionNouns.contains(head) || words.bodyWords.contains(head);
  }

  /** Whether a person's name and a one-word name after it are one surname split at a particle. */
  private static boolean acrossParticle(String text, NameFinder.Name last, NameFinder.Name n) {
    return last.type() == EntityType.PERSON
        && last.text().indexOf(' ') > 0
        && n.text().indexOf(' ') < 0
        && last.end() <= n.begin()
        && SURNAME_PARTICLE.matcher(text.substring(last.end(), n.begin())).matches();
  }

  /**
   * A name the recogniser read as a person's where it says where someone is from: "a 38-year-old
   * miner from Tipuani", "an 81-year-old widow from Pettigrew Green" name places.
   */
  private List<NameFinder.Name> placesOfOrigin(String text, List<NameFinder.Name> names) {
    List<NameFinder.Name> out = new ArrayList<>(names.size());
    for (NameFinder.Name n : names) {
      Matcher m = FROM_BEFORE.matcher(text).region(Math.max(0, n.begin() - 30), n.begin());
      boolean origin =
          n.type() == EntityType.PERSON
              && m.find()
              && (words.roleNoun(m.group(1))
                  || words.kin(m.group(1))
                  || PEOPLE.contains(m.group(1)));
      out.add(origin ? new NameFinder.Name(n.begin(), n.end(), n.text(), EntityType.LOCATION) : n);
    }
    return out;
  }

  /**
   * A person's name the recogniser ended before a surname that is also an honorific: "Justice
   * Naveed Anjum Sheikh," read as "Justice Naveed Anjum". The word joins the name when no other
   * capitalised word follows it, so that it opens no name of its own ("Sheikh Hamad").
   */
  private List<NameFinder.Name> withTitleSurnames(String text, List<NameFinder.Name> names) {
    List<NameFinder.Name> out = new ArrayList<>(names.size());
    for (NameFinder.Name n : names) {
      Matcher m = TITLE_SURNAME.matcher(text).region(n.end(), text.length());
      if (n.type() == EntityType.PERSON
          && n.text().indexOf(' ') > 0
          && m.lookingAt()
          && words.honorifics.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        out.add(
            new NameFinder.Name(
                n.begin(), m.end(1), text.substring(n.begin(), m.end(1)), n.type()));
      } else {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * Two persons the recogniser split at "bin", "ibn" or "bint" as one: "Mohammed bin Rashid Al
   * Maktoum" is one man, son of Rashid. A given name the recogniser ran into a body before it is
   * the person's too: "Minister of Industry and Mineral Resources Faisal bin Nasser al-Rumaihi",
   * where the rest, after "Minister of", is the minister's portfolio and no name.
   */
  private List<NameFinder.Name> acrossPatronymic(String text, List<NameFinder.Name> names) {
    List<NameFinder.Name> out = new ArrayList<>();
    for (NameFinder.Name n : names) {
      NameFinder.Name last = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean split =
          last != null
              && n.type() == EntityType.PERSON
              && last.end() <= n.begin()
              && PATRONYMIC.matcher(text.substring(last.end(), n.begin())).matches();
      if (last != null && acrossParticle(text, last, n)) {
        // "Raimunda Ferreira dos Santos": the surname's second part, whatever type it was read as
        out.set(
            out.size() - 1,
            new NameFinder.Name(
                last.begin(), n.end(), text.substring(last.begin(), n.end()), EntityType.PERSON));
        continue;
      }
      if (!split || last == null) {
        out.add(n);
      } else if (last.type() == EntityType.PERSON) {
        out.set(
            out.size() - 1,
            new NameFinder.Name(
                last.begin(), n.end(), text.substring(last.begin(), n.end()), EntityType.PERSON));
      } else if (last.text().lastIndexOf(' ') > 0) {
        int given = last.begin() + last.text().lastIndexOf(' ') + 1;
        int bodyEnd = given - 1;
        out.remove(out.size() - 1);
        if (!roleOfBefore(text, last.begin())) {
          // the rest is a body of its own, not the portfolio of a "Minister of" before it
          out.add(
              new NameFinder.Name(
                  last.begin(), bodyEnd, text.substring(last.begin(), bodyEnd), last.type()));
        }
        out.add(new NameFinder.Name(given, n.end(), text.substring(given, n.end()), n.type()));
      } else {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * A one-word person the recogniser found without the hyphenated given name before it, as it does
   * with romanised Korean names ("Min-jun Kim", "Ji-woo Choi"); any other name as it is.
   */
  private static NameFinder.Name withHyphenatedGivenName(String text, NameFinder.Name n) {
    if (n.type() != EntityType.PERSON || n.text().indexOf(' ') >= 0) {
      return n;
    }
    Matcher m = HYPHENATED_GIVEN.matcher(text.substring(Math.max(0, n.begin() - 16), n.begin()));
    if (!m.find()) {
      return n;
    }
    int begin = n.begin() - (m.end() - m.start());
    return new NameFinder.Name(begin, n.end(), text.substring(begin, n.end()), n.type());
  }

  /**
   * A person the recogniser ran together with the body after "of" ("Grace Wu of Fenmore Research")
   * as the person and the organisation; any other name as it is. The person needs two words, so
   * that a title such as "Duke of Kent" stays whole. A run the recogniser typed as an organisation
   * splits too when the person's part reads as a name of two or three words opening with a known
   * given name or right after a role in lower case ("Ray Moon of Brill Securities", "economist Jan
   * Pieters of Nordbank", "an analyst, Park Min-ho of Daeyang Securities", not "Bank of America" or
   * "Doris Duke Professor of Ecology").
   */
  private List<NameFinder.Name> personOfOrganisation(String text, NameFinder.Name n) {
    int of = n.text().indexOf(" of ");
    if (of < 0 || n.text().substring(0, of).indexOf(' ') < 0) {
      return List.of(n);
    }
    String person = n.text().substring(0, of);
    String first = person.substring(0, person.indexOf(' ')).toLowerCase(Locale.ROOT);
    boolean given =
        (words.givenName(first) || roleRightBefore(text, n.begin())) && titledName(person);
    if (n.type() != EntityType.PERSON && !(n.type() == EntityType.ORGANIZATION && given)) {
      return List.of(n);
    }
    int after = of + " of ".length();
    if (n.type() == EntityType.PERSON && n.text().startsWith("the ", after)) {
      after += "the ".length(); // "Sabitri Nayak of the Lok Pragati Dal"
    }
    if (after >= n.text().length() || !Character.isUpperCase(n.text().charAt(after))) {
      return List.of(n);
    }
    return List.of(
        new NameFinder.Name(
            n.begin(), n.begin() + of, n.text().substring(0, of), EntityType.PERSON),
        new NameFinder.Name(
            n.begin() + after, n.end(), n.text().substring(after), EntityType.ORGANIZATION));
  }

  /**
   * A person the recogniser missed that the text gives an age to, the way news introduces people:
   * "said Amal, 34, a mother of three". Not a word of time ("March, 12,") nor one a headline
   * capitalises.
   */
  private List<NameFinder.Name> withAgedNames(String text, List<NameFinder.Name> names) {
    return withPeople(
        text,
        names,
        AGED,
        m ->
            !timeOrHeadline(m.group(1).split(" ")[0].toLowerCase(Locale.ROOT))
                && !Names.typedWithin(names, m.start(1), m.end(1)));
  }

  /** Whether a word in lower case is a word of time or one a headline capitalises. */
  private boolean timeOrHeadline(String lower) {
    return words.timeWords.contains(lower) || HEADLINE_WORDS.contains(lower);
  }

  /**
   * The recognised names, and a person for the first group of each match of {@code pattern} in the
   * text that {@code wanted} accepts.
   */
  private static List<NameFinder.Name> withPeople(
      String text, List<NameFinder.Name> names, Pattern pattern, Predicate<Matcher> wanted) {
    List<NameFinder.Name> added = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (wanted.test(m)) {
        added.add(new NameFinder.Name(m.start(1), m.end(1), m.group(1), EntityType.PERSON));
      }
    }
    return Names.withAdded(names, added);
  }

  /**
   * The recognised names, and a person for two or three capitalised words the recogniser left
   * untyped before a comma and a role or a person's noun: "Park Ji-hoon, chief economist at Hanbit
   * Securities,", "Tran Thi Mai, a nurse". Not words of time ("Last Tuesday, the minister").
   */
  private List<NameFinder.Name> withRoledNames(String text, List<NameFinder.Name> names) {
    return withPeople(
        text,
        names,
        ROLED,
        m ->
            Arrays.stream(m.group(1).toLowerCase(Locale.ROOT).split(" "))
                    .noneMatch(this::timeOrHeadline)
                && !Names.typedWithin(names, m.start(1), m.end(1))
                && roleAfter(m.group(2)));
  }

  /** Whether lowercase words open on a role or a person's noun before any "of", "at" or "for". */
  private boolean roleAfter(String lower) {
    String[] tokens = lower.strip().split(" ");
    for (int i = 0; i < tokens.length; i++) {
      if (ROLE_STOPS.contains(tokens[i])) {
        return false;
      }
      String two = i + 1 < tokens.length ? tokens[i] + " " + tokens[i + 1] : "";
      if (words.roleNoun(tokens[i]) || words.roles.contains(two)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The recognised names, and a person for each capitalised word after "Mr.", "Mrs.", "Ms." or
   * "Dr." that no recognised person, organisation or place covers: the recogniser reads "Mr. Roman"
   * and "Mr. English" as a nationality, or not at all; also for a body's name there that opens with
   * a given name we know ("Local historian Dr Morag Sinclair").
   */
  private List<NameFinder.Name> withHonouredNames(String text, List<NameFinder.Name> names) {
    return withPeople(
        text,
        names,
        HONOURED,
        m ->
            !Names.typedWithin(names, m.start(1), m.end(1))
                || placeWithinPerson(names, m.start(1), m.end(1))
                || givenBodyName(names, m));
  }

  private boolean givenBodyName(List<NameFinder.Name> names, Matcher m) {
    NameFinder.Name n = Names.covering(names, m.start(1), m.end(1));
    return n != null
        && n.type() == EntityType.ORGANIZATION
        && n.begin() == m.start(1)
        && n.end() == m.end(1)
        && m.group(1).indexOf(' ') > 0
        && knownGiven(nameWords(m.group(1))[0]);
  }

  /**
   * A name of two or three words the recogniser took for a body's that opens its clause and that a
   * clause on a person follows (", who leads the market women's association"), with no word a
   * body's name ends in: a person, as "Esi Donkor, who leads …".
   */
  private List<NameFinder.Name> peopleBeforeWho(String text, List<NameFinder.Name> names) {
    List<NameFinder.Name> out = new ArrayList<>(names.size());
    for (NameFinder.Name n : names) {
      String[] w = n.text().split(" ");
      boolean person =
          n.type() == EntityType.ORGANIZATION
              && w.length >= 2
              && w.length <= 3
              && text.startsWith(", who ", n.end())
              && opensClause(text, n.begin())
              && Arrays.stream(w)
                  .allMatch(
                      t ->
                          PERSON_WORD.matcher(t).matches()
                              && !words.endsBody(t.toLowerCase(Locale.ROOT)));
      out.add(person ? new NameFinder.Name(n.begin(), n.end(), n.text(), EntityType.PERSON) : n);
    }
    return out;
  }

  /**
   * Whether a name opens its sentence or clause, after no word: not "a nurse at Castleford
   * Regional, who …", where the clause is on the nurse.
   */
  private static boolean opensClause(String text, int begin) {
    int k = begin - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    return k < 0 || ".!?\n,;:—\"“".indexOf(text.charAt(k)) >= 0;
  }

  /**
   * The recognised names, and a person for the name someone gave as theirs that no recognised name
   * covers: "a student who gave her name only as Faith", "identified himself as Curtis Lyle".
   */
  private static List<NameFinder.Name> withSelfNamed(String text, List<NameFinder.Name> names) {
    return withPeople(
        text, names, SELF_NAMED, m -> !Names.typedWithin(names, m.start(1), m.end(1)));
  }

  /**
   * Publications the recogniser missed or did not type ("trade publication Variety", "People
   * magazine", "Per THR, …", "SI. com"), as organisations; not a word of time ("the newspaper
   * Monday") nor an article.
   */
  private List<NameFinder.Name> withPublications(String text, List<NameFinder.Name> names) {
    List<NameFinder.Name> added = new ArrayList<>();
    Matcher per = PER_SOURCE.matcher(text);
    while (per.find()) {
      if (!Names.typedWithin(names, per.start(1), per.end(1))) {
        added.add(
            new NameFinder.Name(per.start(1), per.end(1), per.group(1), EntityType.ORGANIZATION));
      }
    }
    Matcher site = DOMAIN.matcher(text);
    while (site.find()) {
      // a domain is a site whatever the recogniser made of its first word ("SI" as a place)
      added.add(
          new NameFinder.Name(site.start(), site.end(), site.group(), EntityType.ORGANIZATION));
    }
    Matcher m = PUBLICATION.matcher(text);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 2;
      int b = m.start(g);
      int e = g == 1 ? m.end(g) : m.end(); // "People magazine" is the name it goes by
      while (e > b && text.charAt(e - 1) == '.') {
        e--; // "… the daily Le Monde." ends the sentence, not the name
      }
      String first = text.substring(b, e).split(" ", 2)[0].toLowerCase(Locale.ROOT);
      if (e > b
          && !NOT_PUBLICATIONS.contains(first)
          && !words.timeWords.contains(first)
          && !Names.typedWithin(names, b, e)) {
        added.add(new NameFinder.Name(b, e, text.substring(b, e), EntityType.ORGANIZATION));
      }
    }
    return Names.withAdded(names, added);
  }

  /**
   * Whether the recogniser read part of {@code text[b, e)} as a place and the rest, if anything, as
   * a person: after a courtesy title that is one person it misread ("Dr Azm" a place, "Al Tamimi" a
   * person). An organisation there may be a brand ("Dr Pepper"), and stays.
   */
  private static boolean placeWithinPerson(List<NameFinder.Name> names, int b, int e) {
    boolean place = false;
    for (NameFinder.Name n : names) {
      if (n.begin() < e && b < n.end() && n.type() != EntityType.OTHER) {
        if (n.type() == EntityType.ORGANIZATION || n.begin() < b || n.end() > e) {
          return false;
        }
        place |= n.type() == EntityType.LOCATION;
      }
    }
    return place;
  }

  /** A social media platform, whatever the recogniser read it as, is a thing: it never speaks. */
  private List<NameFinder.Name> platformsAsThings(List<NameFinder.Name> names) {
    List<NameFinder.Name> out = new ArrayList<>(names.size());
    for (NameFinder.Name n : names) {
      out.add(
          words.platforms.contains(n.text().toLowerCase(Locale.ROOT))
              ? new NameFinder.Name(n.begin(), n.end(), n.text(), EntityType.OTHER)
              : n);
    }
    return out;
  }

  /**
   * A body the recogniser ran on into its officer's title and name, a name it did not know ("Port
   * Carrick Police Service Chief Mireille Tremblay-Osei"): the body, then the person, the title
   * between them going with the person's words in the text. A role and a given name we know make a
   * person of the words after the role even with no body before it ("Interior Cabinet Secretary
   * Rose Mutheu"); what stands before the role is then its portfolio, and no name. A given name we
   * know right after the body's last word starts the person too, its title standing before the body
   * ("Chairwoman of Nepal's National Human Rights Commission Kamala Sharma").
   */
  private List<NameFinder.Name> personAfterBodysTitle(List<NameFinder.Name> names) {
    List<NameFinder.Name> out = new ArrayList<>(names.size());
    for (NameFinder.Name n : names) {
      List<int[]> w = new ArrayList<>();
      Matcher m = WORD_SPAN.matcher(n.text());
      while (m.find()) {
        w.add(new int[] {m.start(), m.end()});
      }
      int title = -1;
      boolean body = false;
      for (int i = 1; n.type() == EntityType.ORGANIZATION && i < w.size() && title < 0; i++) {
        body = words.endsBody(lower(n, w.get(i - 1)));
        if (body && words.titleWord(lower(n, w.get(i)))
            || words.roles.contains(lower(n, w.get(i)))
            || body && words.givenName(lower(n, w.get(i)))) {
          title = i;
        }
      }
      int person = title;
      while (person > 0 && person < w.size() && words.titleWord(lower(n, w.get(person)))) {
        person++;
      }
      int length = w.size() - person;
      if (title < 0
          || length < 2
          || length > PERSON_AFTER_TITLE
          || !body && !words.givenName(lower(n, w.get(person)))) {
        out.add(n);
        continue;
      }
      int personBegin = w.get(person)[0];
      if (body) {
        int bodyEnd = w.get(title - 1)[1];
        out.add(
            new NameFinder.Name(
                n.begin(), n.begin() + bodyEnd, n.text().substring(0, bodyEnd), n.type()));
      }
      out.add(
          new NameFinder.Name(
              n.begin() + personBegin,
              n.end(),
              n.text().substring(personBegin),
              EntityType.PERSON));
    }
    return out;
  }

  private static String lower(NameFinder.Name n, int[] word) {
    return n.text().substring(word[0], word[1]).toLowerCase(Locale.ROOT);
  }

  /**
   * A body or place the recogniser ran into the title of the person named right after it: "Halvern
   * Chief Executive" | "Gregory Lindqvist", "Delcamp County Sheriff" | "Benjamin Achterberg". The
   * title is the person's, so the name ends before it ("Halvern"); what is left must hold a word
   * that is no title's.
   */
  private List<NameFinder.Name> withoutTitleBeforePerson(String text, List<NameFinder.Name> names) {
    List<NameFinder.Name> out = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      NameFinder.Name n = names.get(i);
      NameFinder.Name next = i + 1 < names.size() ? names.get(i + 1) : null;
      int cut = -1;
      if (n.type() != EntityType.PERSON
          && next != null
          && next.type() == EntityType.PERSON
          && text.substring(n.end(), next.begin()).equals(" ")) {
        String[] w = n.text().split(" ");
        int k = w.length;
        while (k > 1 && words.titleWord(w[k - 1].toLowerCase(Locale.ROOT))) {
          k--;
        }
        boolean owner = k < w.length && !words.titleWord(w[k - 1].toLowerCase(Locale.ROOT));
        if (owner && Character.isUpperCase(w[k - 1].charAt(0))) {
          cut = String.join(" ", Arrays.copyOf(w, k)).length();
        }
      }
      out.add(
          cut < 0
              ? n
              : new NameFinder.Name(
                  n.begin(), n.begin() + cut, n.text().substring(0, cut), n.type()));
    }
    return out;
  }

  /**
   * Joins a titled given name the recogniser read as an organisation to the rest of the name it
   * read as a person, split at a middle initial ("New York City Councilman Odile" | "K.
   * Brannigan"), when the two together read as a titled person; other names are kept as they are.
   */
  private List<NameFinder.Name> titledAcrossInitial(String text, List<NameFinder.Name> names) {
    List<NameFinder.Name> out = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      NameFinder.Name a = names.get(i);
      NameFinder.Name b = i + 1 < names.size() ? names.get(i + 1) : null;
      if (b != null
          && a.type() == EntityType.ORGANIZATION
          && b.type() == EntityType.PERSON
          && b.begin() == a.end() + 1
          && text.charAt(a.end()) == ' '
          && INITIAL.matcher(b.text()).lookingAt()) {
        NameFinder.Name joined =
            titledPerson(
                text,
                new NameFinder.Name(
                    a.begin(), b.end(), text.substring(a.begin(), b.end()), a.type()));
        if (joined.type() == EntityType.PERSON) {
          out.add(joined);
          i++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  /**
   * A person the recogniser read as an organisation together with the title before the name ("State
   * James A. Baker III" of "Secretary of State James A. Baker III"): title words, then a common
   * given name and more capitalised words; and a title and a surname the recogniser read as a place
   * ("Colonel Valencia", after "Colonel Jaime Andrés Valencia"). Anything else is returned as it
   * is.
   */
  /** Whether a role word stands before two or more words of a person's name at the end. */
  private boolean titledOther(String surface) {
    String[] w = surface.split("\\s+");
    for (int j = w.length - 3; j >= 0; j--) {
      if (words.roles.contains(w[j].toLowerCase(Locale.ROOT))) {
        String rest = String.join(" ", Arrays.copyOfRange(w, j + 1, w.length));
        return titledName(rest);
      }
    }
    return false;
  }

  NameFinder.Name titledPerson(String text, NameFinder.Name n) {
    int space = n.text().indexOf(' ');
    String opening = space > 0 ? n.text().substring(0, space).toLowerCase(Locale.ROOT) : "";
    if ((n.type() == EntityType.LOCATION && words.roles.contains(opening)
            || n.type() == EntityType.ORGANIZATION && NO_BODY_TITLES.contains(opening))
        && !endsInOrgSuffix(n.text())
        && !words.endsBody(n.text().substring(space + 1).strip().toLowerCase(Locale.ROOT))
        && (surnameNamedBefore(text, n.begin(), n.text().substring(space + 1))
            || titledBefore(text, n.begin(), opening, n.text().substring(space + 1)))) {
      // "Colonel Valencia", read as the city, after "Colonel Jaime Andrés Valencia"; "Justice
      // Iyer", read as a body, after "Justice Meenakshi Iyer"; "Judge Park" after "presiding
      // judge Park Sun-ok"
      return new NameFinder.Name(n.begin(), n.end(), n.text(), EntityType.PERSON);
    }
    if (n.type() == EntityType.OTHER && titledOther(n.text())) {
      // "Grand Chief Leonard Sinclair-Halkett", read as a thing: a role, then a full name
      return new NameFinder.Name(n.begin(), n.end(), n.text(), EntityType.PERSON);
    }
    // "Leader of the | Opposition Prasanta Behera", read as a place: a role's field and a name
    boolean afterRoleOf = n.type() == EntityType.LOCATION && roleOfBefore(text, n.begin());
    if (n.type() != EntityType.ORGANIZATION && !afterRoleOf || endsInOrgSuffix(n.text())) {
      return n; // "General Motors Corp." is no General Motors
    }
    if (space > 0
        && words.honorifics.contains(
            n.text().substring(0, space).replace(".", "").toLowerCase(Locale.ROOT))
        && titledName(n.text().substring(space + 1))) {
      // "Pastor Lungelo Zulu", "Alhaji Sani Danjuma": an honorific opens a person's name
      return new NameFinder.Name(n.begin(), n.end(), n.text(), EntityType.PERSON);
    }
    if (roleApposed(text, n) && titledName(n.text())) {
      // "Its spokesman, Saw Eh Kalu, said": the name set off after an owned role is its holder
      return new NameFinder.Name(n.begin(), n.end(), n.text(), EntityType.PERSON);
    }
    if (roleRightBefore(text, n.begin()) && titledName(n.text()) && personal(text, n.text())) {
      // "Tesla chief executive Elon Musk": a name right after a role in lower case is its holder
      return new NameFinder.Name(n.begin(), n.end(), n.text(), EntityType.PERSON);
    }
    Matcher m = TOKEN.matcher(n.text());
    int i = 0;
    boolean role = false; // a role, not only modifiers ("National", "Chief"), before the name
    // or one before the recognised words, when they open with a modifier ("Secretary of the |
    // Interior Dirk Kempthorne", not "director of | Beth Helmstetter Events")
    boolean roleBefore = roleOfBefore(text, n.begin());
    while (m.find()) {
      String lower = m.group().toLowerCase(Locale.ROOT);
      if (i == 0 && !words.titleWord(lower) && placeBeforeTitle(n.text(), m.end())) {
        continue; // "Brooklyn Councilman Jumaane Williams", "New York City Councilman …": a place
      }
      if (i > 0 && words.givenName(lower)) {
        String rest = n.text().substring(m.start());
        // the name before any "of" body ("Grace Wu of Fenmore Research"), at most four words: not
        // a headline's "Gary Ross Still In Negotiations For The Sequel"
        int length = nameWords(rest.split(" of ")[0]).length;
        boolean more = length > 1 && length <= 4;
        return more
            ? new NameFinder.Name(n.begin() + m.start(), n.end(), rest, EntityType.PERSON)
            : n;
      }
      if (!words.titleWord(lower)) {
        // "Sundarkhol MLA Sabitri Nayak of the Lok Pragati Dal": the name before any "of" body;
        // "Air Commodore Whitlock", read as a body, after "Air Commodore Graham Whitlock"
        String rest = n.text().substring(m.start());
        return (role || roleBefore && i > 0)
                && (titledName(rest.split(" of ")[0])
                    || role && givenNamedBefore(text, n.begin(), rest))
            ? new NameFinder.Name(n.begin() + m.start(), n.end(), rest, EntityType.PERSON)
            : n;
      }
      role |= words.roles.contains(lower);
      i++;
    }
    return n;
  }

  /**
   * Whether one capitalised word after a title is the surname of someone named in full before
   * {@code begin}: "Colonel Valencia" after "Colonel Jaime Andrés Valencia".
   */
  private static boolean surnameNamedBefore(String text, int begin, String rest) {
    // a given name or a title before it, not a preposition ("In Valencia")
    return nameWords(rest).length == 1
        && Pattern.compile(
                "(?<!\\p{L})(?!(?:In|At|On|From|To|The|Of|For|By|Near)\\b)\\p{Lu}[\\p{L}.'’-]* "
                    + Pattern.quote(rest.strip())
                    + "\\b")
            .matcher(text)
            .region(0, begin)
            .find();
  }

  /**
   * Whether the same title, in any case, stood before the same one word earlier in the text: "Judge
   * Park" after "presiding judge Park Sun-ok", where the family name comes first.
   */
  private static boolean titledBefore(String text, int begin, String title, String rest) {
    return nameWords(rest).length == 1
        && Pattern.compile(
                "(?<!\\p{L})"
                    + Pattern.quote(title)
                    + "\\.? "
                    + Pattern.quote(rest.strip())
                    + "\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(text)
            .region(0, begin)
            .find();
  }

  /**
   * Whether one word is the surname of someone named before {@code begin} with a given name the
   * bundled lists know: "Whitlock" after "Graham Whitlock", not "Mills" after "General Mills".
   */
  private boolean givenNamedBefore(String text, int begin, String rest) {
    if (nameWords(rest).length != 1) {
      return false;
    }
    Matcher m =
        Pattern.compile("(?<!\\p{L})(\\p{Lu}[\\p{L}'’-]*) " + Pattern.quote(rest.strip()) + "\\b")
            .matcher(text)
            .region(0, begin);
    while (m.find()) {
      if (words.givenName(m.group(1).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private boolean endsInOrgSuffix(String name) {
    String[] w = name.strip().split("\\s+");
    return words.orgSuffixes.contains(w[w.length - 1].toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a title follows {@code from} after at most two more capitalised words that are no
   * titles: the words before it name a place ("New York City Councilman").
   */
  private boolean placeBeforeTitle(String name, int from) {
    Matcher m = TOKEN.matcher(name);
    m.region(from, name.length());
    for (int k = 0; k < 3 && m.find(); k++) {
      String w = m.group();
      if (words.titleWord(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The words of a name, a middle initial's stop set apart counting with its letter, as tokenised
   * text writes it ("Jumaane D . Williams").
   */
  private static String[] nameWords(String name) {
    return name.replace(" . ", " ").split("\\s+");
  }

  /**
   * Whether a name reads as a person's: it opens with a known given name, or the text calls its
   * last word "Mr.", "Ms." or "Dr." somewhere ("Mr. Musk").
   */
  private boolean personal(String text, String name) {
    String[] w = nameWords(name);
    if (words.givenName(w[0].toLowerCase(Locale.ROOT))) {
      return true;
    }
    Pattern addressed =
        Pattern.compile(
            "\\b(?:Mr|Mrs|Ms|Dr|Miss)\\.?\\s+" + Pattern.quote(w[w.length - 1]) + "\\b");
    return addressed.matcher(text).find();
  }

  /** Whether a role in lower case, of one or two words, ends right before {@code at}. */
  private boolean roleRightBefore(String text, int at) {
    Matcher m = ROLE_BEFORE.matcher(text.substring(Math.max(0, at - 40), Math.max(0, at)));
    return m.find()
        && (words.roles.contains(m.group(2))
            || m.group(2).equals("member") // "City Council member Anh Vu"
            || m.group(1) != null && words.roles.contains(m.group(1) + " " + m.group(2)));
  }

  /**
   * Whether the name stands between commas right after a role its owner or an article opens ("Its
   * spokesman, | Saw Eh Kalu |,", "A spokesman for the network, | Evan Castellano |,").
   */
  private boolean roleApposed(String text, NameFinder.Name n) {
    Matcher m = OWNED_ROLE.matcher(text.substring(Math.max(0, n.begin() - 40), n.begin()));
    return n.end() < text.length()
        && text.charAt(n.end()) == ','
        && m.find()
        && words.roles.contains(m.group(1));
  }

  /** Whether a role and "of" ("Secretary of the", "Minister of") stand right before {@code at}. */
  private boolean roleOfBefore(String text, int at) {
    Matcher m = ROLE_OF.matcher(text.substring(Math.max(0, at - 40), Math.max(0, at)));
    return m.find() && words.roles.contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the words after a title read as a person's name whose given name the bundled lists do
   * not know ("City Councilman Jumaane Williams"): two or three capitalised words, the last no word
   * for a body.
   */
  private boolean titledName(String rest) {
    String[] w = nameWords(rest);
    if (w.length < 2 || w.length > 3) {
      return false;
    }
    for (String word : w) {
      if (!Character.isUpperCase(word.charAt(0))
          || HEADLINE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return false; // a headline set in capitals: "Music Chief Outlines Concerns Over …"
      }
    }
    String last = w[w.length - 1].toLowerCase(Locale.ROOT);
    return !words.endsBody(last) && !words.titleWord(last);
  }
}
