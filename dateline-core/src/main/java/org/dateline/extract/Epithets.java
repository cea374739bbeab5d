package org.dateline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dateline.model.Entity;
import org.dateline.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * The person a place epithet points back to: "the Leeds surgeon" is the one person whose
 * introduction placed them in Leeds ("Dr Paul Grey, a surgeon at St Mary's Hospital in Leeds"),
 * "the Ohio Democrat" the one introduced as "a Democrat from Ohio". Stateless.
 */
final class Epithets {
  // how far past a person's first mention their introduction may run
  private static final int INTRODUCTION = 160;
  // "the Texas Republican", "the Port Alma lawyer": one or two words of place before the noun
  private static final int MAX_PLACE_WORDS = 2;
  // how many words before a first mention may title it
  private static final int TITLE_WORDS = 3;
  private static final Pattern PERSONAL = Pattern.compile("\\p{Ll}{3,}(?:ist|ian|er|or)");

  private final Words words;

  Epithets(Words words) {
    this.words = words;
  }

  /**
   * The one person named before {@code at} whose introduction names the place the description opens
   * with, and, when several do, the one of them it also gives the description's noun; null when the
   * description is no place epithet or points to no one person.
   *
   * @param described the description's words, from "the" to its noun
   */
  @Nullable Entity introducedAs(Frame frame, List<Tok> described, int at) {
    int n = described.size();
    if (n < 3 || n > MAX_PLACE_WORDS + 2 || !described.get(0).lower().equals("the")) {
      return null;
    }
    String noun = described.get(n - 1).lower();
    if (!personal(noun) && !Character.isUpperCase(described.get(n - 1).text().charAt(0))) {
      return null;
    }
    List<String> placeWords = new ArrayList<>();
    for (Tok t : described.subList(1, n - 1)) {
      placeWords.add(t.text());
    }
    String place = String.join(" ", placeWords);
    if (!placeNamed(frame.mentions(), place)) {
      return null;
    }
    Pattern placeWord = Tok.wholeWords(place);
    Pattern nounWord = Tok.wholeWords(noun);
    List<Entity> placed = new ArrayList<>();
    List<Entity> withNoun = new ArrayList<>();
    for (Entity e : frame.mentions().entities()) {
      // a headline's names are no introduction: the story brings its people in after it
      Mentions.Placed first =
          e.type() == EntityType.PERSON
              ? frame.mentions().firstOf(e, Math.max(0, frame.headline()))
              : null;
      if (first == null || first.end() > at) {
        continue;
      }
      String introduction = introduction(frame, first, at);
      if (placeWord.matcher(introduction).find()) {
        placed.add(e);
        if (nounWord.matcher(introduction).find() || heldAs(e, noun)) {
          withNoun.add(e);
        }
      }
    }
    if (placed.size() == 1) {
      return placed.get(0);
    }
    return withNoun.size() == 1 ? withNoun.get(0) : null;
  }

  /**
   * Whether a lowercase noun may stand for a person: a role, or a word made like one
   * ("cardiologist", "historian", "lawyer"), but no body ("the Leeds council").
   */
  private boolean personal(String noun) {
    return words.roleNoun(noun)
        || PERSONAL.matcher(noun).matches()
            && !words.companyNouns.contains(noun)
            && !words.institutionNouns.contains(noun);
  }

  /** Whether the document names a place of that name, or one that ends with it. */
  private static boolean placeNamed(Mentions mentions, String name) {
    for (Entity e : mentions.entities()) {
      if (e.type() == EntityType.LOCATION
          && (e.name().equals(name) || e.name().endsWith(" " + name))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words that title a person's first mention ("Northfield manager" of "Northfield manager
   * Dennis Aldous") and those after it, to the end of its sentence, the next person's mention or
   * the reach, whichever comes first, and never past {@code at}.
   */
  private static String introduction(Frame frame, Mentions.Placed first, int at) {
    String text = frame.text();
    Sentences sentences = frame.sentences();
    int end = Math.min(at, Math.min(sentences.endAt(first.begin()), first.end() + INTRODUCTION));
    Mentions.Placed next = frame.mentions().firstWithin(first.end(), end, EntityType.PERSON);
    List<Tok> before = Tok.of(text, sentences.beginAt(first.begin()), first.begin());
    int from = first.begin();
    for (int i = before.size() - 1; i >= Math.max(0, before.size() - TITLE_WORDS); i--) {
      from = before.get(i).begin();
      if (before.get(i).punctBefore()) {
        break;
      }
    }
    return text.substring(from, first.begin())
        + " "
        + text.substring(first.end(), next == null ? end : next.begin());
  }

  /** Whether one of the person's roles ends with the noun ("senator" of "state senator"). */
  private static boolean heldAs(Entity e, String noun) {
    for (String role : e.roles()) {
      String lower = role.toLowerCase(Locale.ROOT);
      if (lower.equals(noun) || lower.endsWith(" " + noun)) {
        return true;
      }
    }
    return false;
  }
}
