package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Names governments and armed forces ("the Indian navy") as organisations of their own, among the
 * names the recogniser found.
 */
final class Governments {
  /** The nouns of bodies a country's people or name can own. */
  private static final String NOUNS =
      "government|administration|military|[Nn]avy|[Aa]rmy|[Aa]ir [Ff]orce|[Cc]oast [Gg]uard"
          // "the Kenyan police", "the Turkish foreign ministry", "the Colombian tennis federation"
          + "|police|embassy|(?:\\p{Ll}+ )?(?:ministry|federation)";

  // "the Cuban government", "the Bush administration", "the Indian navy"; "Cuba's government",
  // "the government of Cuba"
  private static final Pattern GOVERNMENT =
      Pattern.compile(
          "\\b((?:\\p{Lu}\\.){2,}|\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?) (" + NOUNS + ")\\b");
  private static final Pattern COUNTRYS_GOVERNMENT =
      Pattern.compile(
          "\\b(\\p{Lu}\\p{L}+)['’]s government\\b|\\bgovernment of (\\p{Lu}\\p{L}+)\\b");

  private static final Pattern BODY_NOUN = Pattern.compile(" (?:" + NOUNS + ")\\b");

  private static final Set<String> CIVIL = Set.of("government", "administration");

  private final Words words;

  Governments(Words words) {
    this.words = words;
  }

  /**
   * A government or administration named by its people ("the Cuban government") or by its country
   * ("Cuba's government", "the government of Cuba", "the U.S. government"), or an armed force named
   * either way ("the Indian navy", "the Lebanese army", "the U.S. military"), is an organisation of
   * its own, named the first way, in place of the words the recogniser found in it: it speaks as a
   * body, and one name serves all its forms. A country's adjective comes from the word list or from
   * a nationality the text names ("Cuban" for Cuba); without one the phrase stays as it is. "The
   * Bush administration" is one only when the text names no person Bush, whose bare surname would
   * join it.
   */
  List<NameFinder.Name> named(String text, List<NameFinder.Name> names) {
    if (!BODY_NOUN.matcher(text).find()) {
      return names; // most texts name none: one cheap scan, not the full pattern
    }
    List<NameFinder.Name> found = new ArrayList<>();
    Matcher m = GOVERNMENT.matcher(text);
    while (m.find()) {
      int from = m.start(1);
      NameFinder.@Nullable Name who = Names.covering(names, from, m.end(1));
      int space = m.group(1).indexOf(' ');
      if (who == null && space > 0) {
        from += space + 1; // "The Greek government": the nationality is the last word
        who = Names.covering(names, from, m.end(1));
      }
      String people = text.substring(from, m.end(1));
      if (who != null
          && who.type() == EntityType.LOCATION
          && !m.group(2).equals("administration")) {
        // "the U.S. government", "the Iraq government": the country itself before the noun
        String adjective = adjectiveOf(people, names);
        people = adjective != null ? adjective : people;
      } else if (who == null
          || who.type() != EntityType.OTHER
          || surnameIn(names, people)
          || people.indexOf(' ') > 0 && !CIVIL.contains(m.group(2))) {
        continue; // a force is named by one word of nationality: not "the Cold War military"
      }
      found.add(
          new NameFinder.Name(from, m.end(), people + " " + m.group(2), EntityType.ORGANIZATION));
    }
    Matcher c = COUNTRYS_GOVERNMENT.matcher(text);
    while (c.find()) {
      int g = c.group(1) != null ? 1 : 2;
      NameFinder.@Nullable Name country = Names.covering(names, c.start(g), c.end(g));
      String adjective =
          country != null && country.type() == EntityType.LOCATION
              ? adjectiveOf(c.group(g), names)
              : null;
      if (adjective != null) {
        found.add(
            new NameFinder.Name(
                c.start(), c.end(), adjective + " government", EntityType.ORGANIZATION));
      }
    }
    return Names.withAdded(names, found);
  }

  /** Whether a person's name ends in {@code word}: "Bush administration" is no nationality's. */
  private static boolean surnameIn(List<NameFinder.Name> names, String word) {
    for (NameFinder.Name n : names) {
      if (n.type() == EntityType.PERSON
          && (n.text().equals(word) || n.text().endsWith(" " + word))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Cuban" for Cuba: from the word list, or a one-word nationality in the text that shares the
   * country's first four letters, as {@link Mentions} pairs them.
   */
  private @Nullable String adjectiveOf(String country, List<NameFinder.Name> names) {
    String listed = words.demonyms.get(country.toLowerCase(Locale.ROOT));
    if (listed != null) {
      return Character.toUpperCase(listed.charAt(0)) + listed.substring(1);
    }
    for (NameFinder.Name n : names) {
      if (n.type() == EntityType.OTHER
          && n.text().chars().allMatch(Character::isLetter)
          && !n.text().equalsIgnoreCase(country)
          && Mentions.stem(n.text()).equals(Mentions.stem(country))) {
        return n.text();
      }
    }
    return null;
  }
}
