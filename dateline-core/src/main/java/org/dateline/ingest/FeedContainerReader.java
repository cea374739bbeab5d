package org.dateline.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dateline.model.ContentKind;
import org.dateline.model.PageMetadata;
import org.dateline.model.Provenance;
import org.dateline.model.RawPage;
import org.dateline.model.ReasonCode;
import org.jspecify.annotations.Nullable;

/**
 * RSS and Atom feeds, read with ROME. Each entry with content is a page with id {@code <file
 * stem>-<n>} (n counts entries from 1); its title, link, publication date, authors and the feed's
 * title (as outlet) are stated metadata. Entries without any content are rejected as {@code EMPTY}.
 */
final class FeedContainerReader implements ContainerReader {
  private final IngestSettings settings;

  FeedContainerReader(IngestSettings settings) {
    this.settings = settings;
  }

  @Override
  public void read(SourceFile file, Consumer<IngestItem> sink) {
    SyndFeed feed;
    try (InputStream in = file.open()) {
      byte[] bytes = Bytes.readAll(in, settings.maxPageBytes());
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (Exception e) {
      ReasonCode reason = Failures.reasonFor(e);
      sink.accept(
          Failures.of(
              reason == ReasonCode.UNREADABLE ? ReasonCode.MALFORMED : reason,
              "not a readable RSS or Atom feed: " + e.getMessage(),
              file.provenance()));
      return;
    }
    int n = 0;
    for (SyndEntry entry : feed.getEntries()) {
      n++;
      String id = file.stem() + "-" + n;
      emit(id, file.provenance(id), entry, feed.getTitle(), sink);
    }
  }

  private static void emit(
      String id,
      Provenance provenance,
      SyndEntry entry,
      @Nullable String outlet,
      Consumer<IngestItem> sink) {
    SyndContent content = firstContent(entry);
    if (content == null || content.getValue() == null || content.getValue().isBlank()) {
      sink.accept(Failures.of(ReasonCode.EMPTY, "feed entry has no content", provenance));
      return;
    }
    String type = content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
    ContentKind kind = type.contains("html") ? ContentKind.HTML : ContentKind.TEXT;
    PageMetadata metadata =
        new PageMetadata(
            entry.getLink(),
            blankToNull(entry.getTitle()),
            iso(entry),
            blankToNull(outlet),
            authors(entry),
            null);
    byte[] bytes = content.getValue().getBytes(StandardCharsets.UTF_8);
    sink.accept(new IngestItem.Page(new RawPage(id, provenance, kind, bytes, "UTF-8", metadata)));
  }

  private static @Nullable SyndContent firstContent(SyndEntry entry) {
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        return c;
      }
    }
    return entry.getDescription();
  }

  private static @Nullable String iso(SyndEntry entry) {
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return date == null ? null : date.toInstant().toString();
  }

  private static List<String> authors(SyndEntry entry) {
    List<String> names = new ArrayList<>();
    for (SyndPerson person : entry.getAuthors()) {
      if (person.getName() != null && !person.getName().isBlank()) {
        names.add(person.getName().strip());
      }
    }
    if (names.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      names.add(entry.getAuthor().strip());
    }
    return names;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
