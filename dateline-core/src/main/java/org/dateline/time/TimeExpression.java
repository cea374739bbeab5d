package org.dateline.time;

import java.util.Objects;

/**
 * One time expression found in a text.
 *
 * @param begin first UTF-16 index of the expression in the text
 * @param end index after its last character (exclusive)
 * @param text the expression as written, {@code text.substring(begin, end)}
 * @param type its TIMEX3 type
 * @param value its TIMEX3 value, such as {@code 2013-03-22}, {@code P3D} or {@code PRESENT_REF}
 */
public record TimeExpression(int begin, int end, String text, TimexType type, String value) {

  /** Checks the span and that the parts are present. */
  public TimeExpression {
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    }
    if (text.length() != end - begin) {
      throw new IllegalArgumentException(
          "text length " + text.length() + " != span " + (end - begin));
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }
}
