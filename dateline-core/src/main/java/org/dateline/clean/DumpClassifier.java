package org.dateline.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what each line of a text dump is, from surface features alone: whether it ends a
 * sentence, its length and capitalisation, calls to action and web vocabulary, picture credits,
 * repetition within the page, and position (before the first body line, or after the last). No
 * phrase from any particular site is listed; the cue words are generic web vocabulary.
 */
final class DumpClassifier {
  /** A body line has at least this many words. */
  static final int MIN_BODY_WORDS = 5;

  /** An unpunctuated line this long in sentence case is a standfirst, part of the body. */
  static final int MIN_STANDFIRST_WORDS = 15;

  /** Calls to action and prompts are short. */
  static final int MAX_PROMPT_WORDS = 15;

  private static final Pattern BIO =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’.-]+){1,3} (?:is|was|covers|writes"
              + "|has been|joined)\\b");
  private static final Pattern BYLINE = Pattern.compile("^(?:By|BY) \\p{Lu}");

  private final DumpCues cues;
  private final DumpCredits credits;

  DumpClassifier(DumpCues cues) {
    this.cues = cues;
    this.credits = new DumpCredits(cues);
  }

  /** The role of every line, and for boilerplate why it went. */
  Classified classify(List<DumpLine> lines) {
    int n = lines.size();
    DumpRole[] roles = new DumpRole[n];
    String[] why = new String[n];
    Map<String, Integer> seen = new HashMap<>();
    lines.forEach(l -> seen.merge(l.text(), 1, Integer::sum));
    markCaptions(lines, roles, why);
    boolean sentenceSeen = false; // a standfirst comes before the first sentence, never after
    for (int i = 0; i < n; i++) {
      if (roles[i] == null) {
        DumpLine line = lines.get(i);
        markIfNotBody(line, seen.getOrDefault(line.text(), 0) > 1, !sentenceSeen, i, n, roles, why);
        sentenceSeen |= roles[i] == null && line.terminal();
      }
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < n; i++) {
      if (roles[i] == null) {
        roles[i] = DumpRole.BODY;
        first = first < 0 ? i : first;
        last = i;
      }
    }
    new DumpHeader(cues).mark(lines, roles, why, first < 0 ? n : first, seen);
    explainRest(lines, roles, why, first, last);
    return new Classified(roles, why);
  }

  private void markCaptions(List<DumpLine> lines, DumpRole[] roles, String[] why) {
    for (int i = 0; i < lines.size(); i++) {
      DumpLine line = lines.get(i);
      if (!credits.isCredit(line)) {
        continue;
      }
      roles[i] = DumpRole.CAPTION;
      why[i] = "caption: picture credit";
      boolean creditsLineBefore = credits.isCreditOnly(line) || !line.blankBefore();
      if (i > 0 && roles[i - 1] == null && creditsLineBefore && lines.get(i - 1).terminal()) {
        roles[i - 1] = DumpRole.CAPTION;
        why[i - 1] = "caption: the line a picture credit follows";
      }
    }
  }

  private void markIfNotBody(
      DumpLine line,
      boolean repeated,
      boolean standfirstAllowed,
      int i,
      int n,
      DumpRole[] roles,
      String[] why) {
    String reason = null;
    if (repeated) {
      reason = "repeated line";
    } else if (isPrompt(line)) {
      reason = "call to action or prompt (short, imperative or web vocabulary)";
    } else if (i > n * 2 / 3 && BIO.matcher(line.text()).find() && hasRole(line)) {
      reason = "author biography";
    } else if (BYLINE.matcher(line.text()).find() && line.wordCount() <= 6) {
      reason = "byline";
    } else if (!line.terminal() && !(standfirstAllowed && isStandfirst(line))) {
      reason = "no sentence ending";
    } else if (line.wordCount() < MIN_BODY_WORDS) {
      reason = "too short for a body sentence (" + line.wordCount() + " words)";
    }
    if (reason != null) {
      roles[i] = DumpRole.BOILERPLATE;
      why[i] = reason;
    }
  }

  private static boolean isStandfirst(DumpLine line) {
    return line.wordCount() >= MIN_STANDFIRST_WORDS && line.capitalised() < 0.5;
  }

  private static final Set<String> REPORTING =
      Set.of("said", "says", "told", "tells", "according", "added", "stated");

  private boolean isPrompt(DumpLine line) {
    if (line.wordCount() > MAX_PROMPT_WORDS || line.wordCount() == 0) {
      return false;
    }
    List<String> words = line.lowerWords();
    if (cues.imperatives.contains(words.get(0)) && !line.terminal()) {
      return true;
    }
    if (line.terminal() && reports(words)) {
      return false; // "Union members would strike, a spokesman said." is news, not a prompt
    }
    for (String w : words) {
      if (cues.web.contains(w) || w.equals("you") || w.equals("your")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line reports someone's words ("said", "according to"). A quotation mark alone does
   * not count: prompts quote their buttons ("Tap 'Follow' for alerts").
   */
  private static boolean reports(List<String> words) {
    for (String w : words) {
      if (REPORTING.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasRole(DumpLine line) {
    return line.lowerWords().stream().anyMatch(cues.roles::contains);
  }

  private static void explainRest(
      List<DumpLine> lines, DumpRole[] roles, String[] why, int first, int last) {
    for (int i = 0; i < lines.size(); i++) {
      if (roles[i] != DumpRole.BOILERPLATE || !"no sentence ending".equals(why[i])) {
        continue;
      }
      DumpLine line = lines.get(i);
      if (first >= 0 && i > first && i < last) {
        why[i] =
            line.capitalised() >= 0.6 && line.wordCount() >= 5
                ? "headline inside the body (a related link)"
                : "section heading";
      } else if (last >= 0 && i > last) {
        why[i] =
            line.text().startsWith("(")
                    || line.text().startsWith("—")
                    || line.text().startsWith("-")
                ? "credit line after the body"
                : "after the body: related link or footer";
      } else {
        why[i] = "before the body: navigation or header";
      }
    }
  }

  /** Roles and reasons, by line. */
  record Classified(DumpRole[] roles, String[] why) {}
}
