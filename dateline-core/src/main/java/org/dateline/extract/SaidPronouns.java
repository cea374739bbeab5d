package org.dateline.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Reads a person's gender from the pronoun that opens what the person is reported to have said:
 * "Dara Quinn, speaking on Tuesday, said he had asked…" shows Quinn is a man though no list knows
 * the name; else from a possessive right after the person's verb ("Whitfield kept her rating"), or
 * "himself" or "herself" right after the name. A person with votes for both is left unknown.
 * Instances are immutable and thread-safe.
 */
final class SaidPronouns {
  // An aside between commas after a name: ", speaking on Tuesday,", ", 71, who lives nearby,".
  private static final String ASIDE =
      "(?<aside>,[^,;:.!?\"“”\\n]{1,100},(?:[^,;:.!?\"“”\\n]{1,100},)?)?";

  // After the name: an optional aside between commas, an optional adverb ("later"), a verb
  // ("told" with one or two words of whom), an optional "that" or "as" ("Horvat said as she sat
  // down"), then the pronoun.
  private static final Pattern AFTER_NAME =
      Pattern.compile(
          ASIDE
              + "\\s+(?:(?:\\p{Ll}+ly|later|also|then|once|again|earlier)\\s+)?"
              + "(?:told\\s+(?:\\p{Ll}+\\s+){1,2}|(\\p{Ll}+)\\s+)(?:that\\s+|as\\s+)?(he|she)\\b");

  // After the name: an optional aside, a verb, then a possessive ("Whitfield kept her buy
  // rating").
  private static final Pattern POSSESSIVE_AFTER =
      Pattern.compile(ASIDE + "\\s+(\\p{Ll}+)\\s+(his|her)\\s+(\\p{Ll}+)");
  // Verbs after which "her" is whom the verb acts on, not whose: "Ruiz told her that …".
  private static final Set<String> OBJECT_VERBS =
      Set.of(
          ("told tells asked asks gave gives sent showed helped thanked called met urged saw "
                  + "hugged invited joined let made left took brought visited interviewed "
                  + "introduced warned reminded")
              .split(" "));
  // Words after "her" that show it is whom, not whose: "asked her to", "told her that".
  private static final Set<String> AFTER_OBJECT =
      Set.of("to", "that", "and", "about", "of", "in", "on", "at", "for", "with", "the", "a");

  // "himself" or "herself" right after a name, which it stands beside
  private static final Pattern REFLEXIVE = Pattern.compile(",?\\s+(himself|herself)\\b");

  // A name after one of these is not the subject of the verb ("the mother of Ana Ruiz said she").
  private static final Pattern OBJECT_BEFORE =
      Pattern.compile("\\b(?:of|for|to|with|by|from|on|at|in|about|against|and|or)\\s+$");

  // Object pronouns in an aside: another person, whom the pronoun after the verb may be too.
  private static final Pattern HIM = Pattern.compile("\\bhim\\b");
  private static final Pattern HER = Pattern.compile("\\bher\\b");

  // The groups after the aside's: the verb, then the pronoun (and, in a possessive, its noun).
  private static final int VERB = 2;
  private static final int PRONOUN = 3;
  private static final int NOUN = 4;

  private static final int REACH = 160;
  private static final int LOOK_BACK = 12;

  private final Words words;

  SaidPronouns(Words words) {
    this.words = words;
  }

  /** The gender each person's own reported speech shows, by entity key; absent when none does. */
  Map<String, Mentions.Gender> genders(String text, List<Mentions.Placed> placed) {
    Map<String, int[]> votes = new HashMap<>();
    for (Mentions.Placed p : placed) {
      if (p.entity().type() != EntityType.PERSON) {
        continue;
      }
      Mentions.Gender g = after(text, p.begin(), p.end());
      if (g == null) {
        g = possessive(text, p.begin(), p.end());
      }
      if (g == null) {
        g = reflexive(text, p.end());
      }
      if (g != null) {
        int[] v = votes.computeIfAbsent(p.entity().key(), k -> new int[2]); // "she", "he"
        v[g == Mentions.Gender.FEMALE ? 0 : 1]++;
      }
    }
    Map<String, Mentions.Gender> genders = new HashMap<>();
    votes.forEach(
        (key, v) -> {
          if (v[0] == 0 || v[1] == 0) {
            genders.put(key, v[0] > 0 ? Mentions.Gender.FEMALE : Mentions.Gender.MALE);
          }
        });
    return genders;
  }

  /**
   * The gender of the pronoun that opens the speech reported of the name at {@code [begin, end)}
   * ("Dara Quinn, speaking on Tuesday, said he …"), or null when no such pronoun follows it or the
   * name is no subject ("the mother of Dara Quinn said she").
   */
  Mentions.@Nullable Gender after(String text, int begin, int end) {
    if (OBJECT_BEFORE.matcher(text.substring(Math.max(0, begin - LOOK_BACK), begin)).find()) {
      return null;
    }
    Matcher m = AFTER_NAME.matcher(text);
    m.region(end, Math.min(text.length(), end + REACH));
    if (!m.lookingAt() || m.group(VERB) != null && !words.speechVerbs.contains(m.group(VERB))) {
      return null;
    }
    boolean she = m.group(PRONOUN).equals("she");
    if (asideNames(m, she)) {
      return null; // "Delphine Sousa, who played alongside him, said he had a gift": him, not her
    }
    return she ? Mentions.Gender.FEMALE : Mentions.Gender.MALE;
  }

  /**
   * The gender a possessive right after the subject's verb shows ("Whitfield kept her buy rating",
   * "Reyes broke his wrist"); null when none does or the name is no subject.
   */
  private static Mentions.@Nullable Gender possessive(String text, int begin, int end) {
    if (OBJECT_BEFORE.matcher(text.substring(Math.max(0, begin - LOOK_BACK), begin)).find()) {
      return null;
    }
    Matcher m = POSSESSIVE_AFTER.matcher(text);
    m.region(end, Math.min(text.length(), end + REACH));
    if (!m.lookingAt()) {
      return null;
    }
    boolean object =
        OBJECT_VERBS.contains(m.group(VERB))
            || m.group(PRONOUN).equals("her") && AFTER_OBJECT.contains(m.group(NOUN));
    boolean her = m.group(PRONOUN).equals("her");
    if (object || asideNames(m, her)) {
      return null;
    }
    return her ? Mentions.Gender.FEMALE : Mentions.Gender.MALE;
  }

  /** The gender "himself" or "herself" right after a name shows ("Keron Baptiste himself"). */
  private static Mentions.@Nullable Gender reflexive(String text, int end) {
    Matcher m = REFLEXIVE.matcher(text);
    m.region(end, Math.min(text.length(), end + REACH));
    if (!m.lookingAt()) {
      return null;
    }
    return m.group(1).equals("herself") ? Mentions.Gender.FEMALE : Mentions.Gender.MALE;
  }

  /**
   * Whether the aside after the name holds "him" (or "her" when {@code female}): another person,
   * whom the pronoun after the verb may stand for as well ("Sousa, who toured with him, praised his
   * ear").
   */
  private static boolean asideNames(Matcher m, boolean female) {
    return m.group("aside") != null && (female ? HER : HIM).matcher(m.group("aside")).find();
  }
}
