package org.dateline.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A time expression in an article's text, as the time stage read it.
 *
 * @param begin start of the expression in the article's text (UTF-16 index)
 * @param end end of the expression, exclusive
 * @param text the expression as written
 * @param type its TIMEX3 type: {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value its TIMEX3 value against the page's date; when the page is not dated to the day, the
 *     value with its year left open ({@code XXXX-11-03}) when only the year is missing, or null
 *     when the value leans on the page's date otherwise ("on Monday")
 */
public record TimeMention(int begin, int end, String text, String type, @Nullable String value) {

  public TimeMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
