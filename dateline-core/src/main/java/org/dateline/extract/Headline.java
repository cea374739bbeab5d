package org.dateline.extract;

/**
 * The headline a cleaned page opens with: its first line, when a body follows it, the line holds no
 * more than {@link #MAX_WORDS} words and it does not end with a full stop, as a sentence of the
 * body would. A headline takes its quotations from the body below it.
 */
final class Headline {
  static final int MAX_WORDS = 30;

  private Headline() {}

  /** Where the headline of {@code text} ends (its line break), or -1 when it opens with none. */
  static int end(String text) {
    int end = text.indexOf('\n');
    if (end <= 0 || !bodyAfter(text, end)) {
      return -1;
    }
    String line = text.substring(0, end).strip();
    if (line.isEmpty() || line.endsWith(".") || line.split("\\s+").length > MAX_WORDS) {
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
