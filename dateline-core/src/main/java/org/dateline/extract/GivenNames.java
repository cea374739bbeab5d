package org.dateline.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Given names a lexicon records as borne by women or by men, beyond the common ones the word lists
 * hold: a name-finder's port may supply them ({@link NameFinder#givenNames()}), and the resolver
 * reads them only to tell namesakes apart by an honorific ("Ms. Tremblay" between Lucie and Marc
 * Tremblay). A name recorded for both is in neither set.
 *
 * @param female names in lower case borne by women
 * @param male names in lower case borne by men
 */
public record GivenNames(Set<String> female, Set<String> male) {
  /** No names at all. */
  public static final GivenNames NONE = new GivenNames(Set.of(), Set.of());

  public GivenNames {
    female = Set.copyOf(female);
    male = Set.copyOf(male);
  }

  /** The gender the lexicon gives a name as written ("Lucie"), or unknown. */
  Mentions.Gender gender(String written) {
    String name = written.toLowerCase(Locale.ROOT);
    if (female.contains(name)) {
      return Mentions.Gender.FEMALE;
    }
    return male.contains(name) ? Mentions.Gender.MALE : Mentions.Gender.UNKNOWN;
  }
}
