package org.dateline.clean;

import java.util.List;
import java.util.Map;

/**
 * Finds the headline, outlet and byline among the lines before the body: the outlet is a short line
 * repeated on the page, a byline a bare name of two to four capitalised words, and the title the
 * last headline-like line (four words or more, no full stop, no prompt) before the body.
 */
final class DumpHeader {
  private final DumpCues cues;

  DumpHeader(DumpCues cues) {
    this.cues = cues;
  }

  void mark(
      List<DumpLine> lines,
      DumpRole[] roles,
      String[] why,
      int firstBody,
      Map<String, Integer> seen) {
    int title = -1;
    for (int i = 0; i < firstBody; i++) {
      DumpLine line = lines.get(i);
      if (roles[i] == DumpRole.CAPTION) {
        continue;
      }
      if (seen.getOrDefault(line.text(), 0) > 1
          && line.wordCount() <= 6
          && !line.terminal()
          && !prompt(line)) {
        roles[i] = DumpRole.OUTLET;
        why[i] = "outlet";
      } else if (isName(line)) {
        roles[i] = DumpRole.AUTHOR;
        why[i] = "byline";
      } else if (isHeadline(line)
          && !"call to action or prompt (short, imperative or web vocabulary)".equals(why[i])) {
        title = i;
      }
    }
    if (title >= 0) {
      roles[title] = DumpRole.TITLE;
      why[title] = "title";
    }
  }

  private boolean prompt(DumpLine line) {
    return !line.words().isEmpty() && cues.imperatives.contains(line.lowerWords().get(0));
  }

  private static boolean isHeadline(DumpLine line) {
    String text = line.text();
    boolean fullStop = text.endsWith(".") && !text.endsWith("...");
    return line.wordCount() >= 4 && line.wordCount() <= 25 && !fullStop && !text.endsWith(":");
  }

  private boolean isName(DumpLine line) {
    String text = line.text().startsWith("By ") ? line.text().substring(3) : line.text();
    List<String> words = DumpLine.of(text, false).words();
    if (words.size() < 2 || words.size() > 4 || line.terminal() || prompt(line)) {
      return false;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.codePointAt(0))
          || w.chars().anyMatch(Character::isDigit)
          || cues.web.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return !text.startsWith("The ");
  }
}
