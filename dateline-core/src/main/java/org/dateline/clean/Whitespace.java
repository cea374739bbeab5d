package org.dateline.clean;

/** White-space folding shared by the cleaners. */
final class Whitespace {
  private Whitespace() {}

  /**
   * The characters {@code from} to {@code to} of {@code text}, with runs of white space, no-break
   * spaces and control characters folded to single spaces and none at either end.
   */
  static String collapse(CharSequence text, int from, int to) {
    StringBuilder b = new StringBuilder(Math.max(0, to - from));
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00A0') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  static String collapse(CharSequence text) {
    return collapse(text, 0, text.length());
  }
}
