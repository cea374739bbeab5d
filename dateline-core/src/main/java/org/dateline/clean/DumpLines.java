package org.dateline.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a dump into lines and rejoins a sentence that a stripped hyperlink broke into pieces: a
 * line that does not end a sentence, followed by one that starts like the rest of a sentence (lower
 * case, or a comma), is one line. Linear in the size of the text.
 */
final class DumpLines {
  private DumpLines() {}

  static List<DumpLine> split(String text) {
    List<DumpLine> lines = new ArrayList<>();
    boolean blank = false;
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      String line = Whitespace.collapse(text, start, end);
      if (line.isEmpty()) {
        blank = true;
      } else {
        add(lines, line, blank);
        blank = false;
      }
      start = end + 1;
    }
    return lines;
  }

  private static void add(List<DumpLine> lines, String line, boolean blankBefore) {
    DumpLine current = DumpLine.of(line, blankBefore);
    if (!lines.isEmpty()) {
      DumpLine previous = lines.get(lines.size() - 1);
      if (!previous.terminal() && current.continuation() && previous.wordCount() > 0) {
        String joiner = ",;:)]".indexOf(line.charAt(0)) >= 0 ? "" : " ";
        lines.set(
            lines.size() - 1, DumpLine.of(previous.text() + joiner + line, previous.blankBefore()));
        return;
      }
    }
    lines.add(current);
  }
}
