package org.dateline.web.pages;

import java.time.LocalDate;
import java.util.List;
import org.dateline.corpus.DatedEvent;
import org.dateline.storylines.Storyline;
import org.jspecify.annotations.Nullable;

/** One storyline: a timeline of its events drawn in SVG, then the events, oldest first. */
final class StorylinePage {
  private static final int WIDTH = 900;
  private static final int MARGIN = 60;
  private static final int ROW = 34;

  private StorylinePage() {}

  static String render(Storyline s, List<DatedEvent> events) {
    StringBuilder b = new StringBuilder("<article class=\"storyline\">");
    b.append("<h1>").append(Html.esc(s.title())).append("</h1><p class=\"meta\">");
    b.append(events.size()).append(" events, oldest first</p>");
    timeline(b, events);
    b.append("<ol class=\"events\">");
    for (DatedEvent e : events) {
      b.append(EventPage.item(e));
    }
    return b.append("</ol></article>").toString();
  }

  /**
   * Dated events are placed along a time axis by their start; undated ones are listed after the
   * axis's end. Each mark links to its event.
   */
  private static void timeline(StringBuilder b, List<DatedEvent> events) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (DatedEvent e : events) {
      LocalDate d = day(e.start());
      if (d != null) {
        min = Math.min(min, d.toEpochDay());
        max = Math.max(max, d.toEpochDay());
      }
    }
    int height = ROW * events.size() + 40;
    b.append("<svg class=\"timeline\" role=\"img\" aria-label=\"Timeline of the storyline\"")
        .append(" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" width=\"100%\"><line x1=\"")
        .append(MARGIN)
        .append("\" y1=\"20\" x2=\"")
        .append(WIDTH - MARGIN)
        .append("\" y2=\"20\" class=\"axis\"/>");
    int row = 0;
    for (DatedEvent e : events) {
      LocalDate d = day(e.start());
      double x;
      if (d == null) {
        x = WIDTH - MARGIN / 2.0;
      } else if (max == min) {
        x = WIDTH / 2.0;
      } else {
        x = MARGIN + (WIDTH - 2.0 * MARGIN) * (d.toEpochDay() - min) / (max - min);
      }
      int y = 40 + ROW * row++;
      String label = (e.start() == null ? "undated" : e.start()) + "  " + e.event().title();
      b.append("<a href=\"/events/")
          .append(Html.url(e.id()))
          .append("\"><line x1=\"")
          .append(fmt(x))
          .append("\" y1=\"20\" x2=\"")
          .append(fmt(x))
          .append("\" y2=\"")
          .append(y)
          .append("\" class=\"tick\"/><circle cx=\"")
          .append(fmt(x))
          .append("\" cy=\"")
          .append(y)
          .append("\" r=\"6\" class=\"mark\"/><text x=\"")
          .append(fmt(x > WIDTH / 2.0 ? x - 10 : x + 10))
          .append(x > WIDTH / 2.0 ? "\" text-anchor=\"end" : "")
          .append("\" y=\"")
          .append(y + 4)
          .append("\">")
          .append(Html.esc(clip(label)))
          .append("</text></a>");
    }
    b.append("</svg>");
  }

  private static @Nullable LocalDate day(@Nullable String iso) {
    if (iso == null || iso.length() < 4) {
      return null;
    }
    String padded = iso.length() == 4 ? iso + "-07-01" : iso.length() == 7 ? iso + "-15" : iso;
    try {
      return LocalDate.parse(padded.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static String clip(String s) {
    return s.length() <= 70 ? s : s.substring(0, 69) + "…";
  }

  private static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v);
  }
}
