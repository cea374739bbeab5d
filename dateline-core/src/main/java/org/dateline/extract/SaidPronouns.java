package org.dateline.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.EntityType;

/**
 * Reads a person's gender from the pronoun that opens what the person is reported to have said:
 * "Dara Quinn, speaking on Tuesday, said he had asked…" shows Quinn is a man though no list knows
 * the name. A person with votes for both is left unknown. Instances are immutable and thread-safe.
 */
final class SaidPronouns {
  // After the name: an optional aside between commas, a verb ("told" with one or two words of
  // whom), an optional "that", then the pronoun.
  private static final Pattern AFTER_NAME =
      Pattern.compile(
          "(?:,[^,;:.!?\"“”\\n]{1,100},)?\\s+(?:told\\s+(?:\\p{Ll}+\\s+){1,2}|(\\p{Ll}+)\\s+)"
              + "(?:that\\s+)?(he|she)\\b");

  // A name after one of these is not the subject of the verb ("the mother of Ana Ruiz said she").
  private static final Pattern OBJECT_BEFORE =
      Pattern.compile("\\b(?:of|for|to|with|by|from|on|at|in|about|against|and|or)\\s+$");

  private static final int REACH = 160;
  private static final int LOOK_BACK = 12;

  private final Words words;

  SaidPronouns(Words words) {
    this.words = words;
  }

  /** The gender each person's own reported speech shows, by entity key; absent when none does. */
  Map<String, Mentions.Gender> genders(String text, List<Mentions.Placed> placed) {
    Map<String, int[]> votes = new HashMap<>();
    Matcher m = AFTER_NAME.matcher(text);
    for (Mentions.Placed p : placed) {
      if (p.entity().type() != EntityType.PERSON
          || OBJECT_BEFORE
              .matcher(text.substring(Math.max(0, p.begin() - LOOK_BACK), p.begin()))
              .find()) {
        continue;
      }
      m.region(p.end(), Math.min(text.length(), p.end() + REACH));
      if (m.lookingAt() && (m.group(1) == null || words.speechVerbs.contains(m.group(1)))) {
        int[] v = votes.computeIfAbsent(p.entity().key(), k -> new int[2]);
        v[m.group(2).equals("she") ? 0 : 1]++;
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
}
