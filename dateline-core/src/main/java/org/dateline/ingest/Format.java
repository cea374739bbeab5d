package org.dateline.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats ingest reads, recognised by file name. */
public enum Format {
  TEXT(".txt"),
  HTML(".html", ".htm", ".xhtml"),
  WARC(".warc"),
  FEED(".rss", ".atom", ".xml"),
  JSON_LINES(".jsonl", ".ndjson");

  @SuppressWarnings("ImmutableEnumChecker") // List.of is unmodifiable
  private final List<String> extensions;

  Format(String... extensions) {
    this.extensions = List.of(extensions);
  }

  /** The format of a file name, looking through a trailing {@code .gz}. */
  public static Optional<Format> of(String fileName) {
    String name = stripGzip(fileName.toLowerCase(Locale.ROOT));
    for (Format format : values()) {
      for (String ext : format.extensions) {
        if (name.endsWith(ext)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the name says the file is gzip-compressed. */
  public static boolean isGzip(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** The file name without directories, {@code .gz} and the format extension: the page id. */
  public static String stem(String fileName) {
    String name = stripGzip(fileName);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String stripGzip(String name) {
    return isGzip(name) ? name.substring(0, name.length() - 3) : name;
  }
}
