package org.dateline.web.pages;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.dateline.corpus.DatedEvent;
import org.dateline.web.Subject;
import org.jspecify.annotations.Nullable;

/**
 * A followed subject as an Atom 1.0 feed, written with ROME: one entry per event, newest first. An
 * entry's id is made from the event's first document, which stays the same when the store is
 * analysed again, so feed readers do not show an event twice.
 */
final class AtomFeed {
  private static final Date EPOCH = new Date(0);

  private AtomFeed() {}

  /**
   * The feed's XML.
   *
   * @param base the server's address ({@code http://host:port}), for absolute links
   */
  static String render(Subject subject, String base) {
    Feed feed = new Feed("atom_1.0");
    feed.setId("urn:dateline:follow:" + Html.url(subject.query()));
    feed.setTitle(xml("Dateline: " + subject.query()));
    feed.setAlternateLinks(
        List.of(link("alternate", base + "/follow?q=" + Html.url(subject.query()))));
    feed.setOtherLinks(
        List.of(link("self", base + "/follow/" + Html.url(subject.query()) + ".atom")));
    Person author = new Person();
    author.setName("Dateline");
    feed.setAuthors(List.of(author));
    Date newest = EPOCH;
    List<Entry> entries = new ArrayList<>();
    for (DatedEvent e : subject.events()) {
      Date updated = date(e.end() != null ? e.end() : e.start());
      if (updated.after(newest)) {
        newest = updated;
      }
      Entry entry = new Entry();
      entry.setId("urn:dateline:event:" + Html.url(e.event().documents().get(0)));
      entry.setTitle(xml(e.event().title()));
      entry.setUpdated(updated);
      entry.setAlternateLinks(List.of(link("alternate", base + "/events/" + Html.url(e.id()))));
      Content summary = new Content();
      summary.setType("text");
      int n = e.event().documents().size();
      summary.setValue(xml(EventPage.when(e) + ", " + n + (n == 1 ? " source" : " sources")));
      entry.setSummary(summary);
      entries.add(entry);
    }
    feed.setEntries(entries);
    feed.setUpdated(newest);
    try {
      return new WireFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("the feed could not be written", e);
    }
  }

  private static Link link(String rel, String href) {
    Link link = new Link();
    link.setRel(rel);
    link.setHref(href);
    return link;
  }

  /** A date of any precision as the first moment of its first day (UTC); none as the epoch. */
  private static Date date(@Nullable String value) {
    if (value == null) {
      return EPOCH;
    }
    String day =
        switch (value.length()) {
          case 4 -> value + "-01-01";
          case 7 -> value + "-01";
          default -> value.substring(0, 10);
        };
    return Date.from(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** Text without the characters XML 1.0 cannot carry (page text may hold any). */
  static String xml(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              boolean allowed =
                  c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || c >= 0x10000;
              out.appendCodePoint(allowed ? c : ' ');
            });
    return out.toString();
  }
}
