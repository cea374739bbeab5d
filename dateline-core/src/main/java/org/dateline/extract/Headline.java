package org.dateline.extract;

/**
 * The headline a cleaned page opens with: its first line, when a body follows it, the line holds no
 * more than {@link #MAX_WORDS} words and it does not end with a full stop, as a sentence of the
 * body would. The lines of the same kind right below it (a deck: "Chairman says decision was
 * 'painful but necessary'"; a byline), up to {@link #MAX_LINES} in all, belong to it. A headline
 * takes its quotations from the body below it.
 */
final class Headline {
  static final int MAX_WORDS = 30;
  static final int MAX_LINES = 4;

  private Headline() {}

  /**
   * Where the headline of {@code text} ends (its last line's break), or -1 when it opens with none.
   */
  static int end(String text) {
    int end = lineEnd(text, 0);
    if (end < 0) {
      return -1;
    }
    for (int lines = 1; lines < MAX_LINES; lines++) {
      int start = end;
      while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      int next = lineEnd(text, start);
      if (next < 0) {
        break;
      }
      end = next;
    }
    return end;
  }

  /**
   * Where the line from {@code start} ends, when it is a headline's line with a body after it; -1
   * when it is not.
   */
  private static int lineEnd(String text, int start) {
    int end = text.indexOf('\n', start);
    if (end <= start || !bodyAfter(text, end)) {
      return -1;
    }
    String line = text.substring(start, end).strip();
    // a full stop inside closing marks ends a sentence too: "… had not stopped looking.""
    String unquoted = line.replaceAll("[\"”’']+$", "");
    if (line.isEmpty() || unquoted.endsWith(".") || line.split("\\s+").length > MAX_WORDS) {
      return -1;
    }
    return end;
  }

  /** Whether anything but white space follows {@code from}. */
  private static boolean bodyAfter(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
