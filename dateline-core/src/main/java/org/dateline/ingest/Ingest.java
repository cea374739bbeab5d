package org.dateline.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dateline.model.ContentKind;
import org.dateline.model.Provenance;
import org.dateline.model.ReasonCode;

/**
 * Walks files and folders and streams every page in them to a sink, one at a time, in a stable
 * order (folders are read in name order). A file is named in the report by its path below the
 * folder the user gave, prefixed with that folder's name ({@code seeds/000_x.txt}).
 *
 * <p>Nothing read is dropped: a file of an unknown type, a missing path, or an unreadable record
 * reaches the sink as an {@link IngestItem.Failed}. Hidden files (names starting with a dot) are
 * not read.
 */
public final class Ingest {
  private final ContainerReader text;
  private final ContainerReader html;
  private final ContainerReader warc;
  private final ContainerReader feed;
  private final ContainerReader jsonLines;

  public Ingest(IngestSettings settings) {
    text = new SinglePageReader(ContentKind.TEXT, settings);
    html = new SinglePageReader(ContentKind.HTML, settings);
    warc = new WarcContainerReader(settings);
    feed = new FeedContainerReader(settings);
    jsonLines = new JsonLinesContainerReader(settings);
  }

  private ContainerReader readerFor(Format format) {
    return switch (format) {
      case TEXT -> text;
      case HTML -> html;
      case WARC -> warc;
      case FEED -> feed;
      case JSON_LINES -> jsonLines;
    };
  }

  /** Reads every path in turn. */
  public void read(List<Path> roots, Consumer<IngestItem> sink) {
    read(roots, sink, file -> {});
  }

  /** Reads every path in turn, telling {@code onFile} before each file is opened. */
  public void read(List<Path> roots, Consumer<IngestItem> sink, Consumer<Path> onFile) {
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        walk(root, name(root), sink, onFile);
      } else if (Files.isRegularFile(root)) {
        onFile.accept(root);
        readFile(new SourceFile(root, name(root)), sink);
      } else {
        sink.accept(
            Failures.of(
                ReasonCode.UNREADABLE, "no such file or folder", Provenance.of(root.toString())));
      }
    }
  }

  /** The files {@link #read} would open, for progress reporting. Cheap: no file is opened. */
  public static List<Path> listFiles(List<Path> roots) {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        collect(root, files);
      } else {
        files.add(root);
      }
    }
    return files;
  }

  private void walk(Path dir, String source, Consumer<IngestItem> sink, Consumer<Path> onFile) {
    for (Path child : children(dir, sink, source)) {
      String childSource = source + "/" + child.getFileName();
      if (Files.isDirectory(child)) {
        walk(child, childSource, sink, onFile);
      } else {
        onFile.accept(child);
        readFile(new SourceFile(child, childSource), sink);
      }
    }
  }

  private void readFile(SourceFile file, Consumer<IngestItem> sink) {
    Optional<Format> format = Format.of(file.path().getFileName().toString());
    if (format.isEmpty()) {
      sink.accept(
          Failures.of(
              ReasonCode.UNSUPPORTED,
              "unknown file type; expected .txt, .html, .htm, .warc, .rss, .atom, .xml or .jsonl"
                  + " (optionally .gz)",
              file.provenance()));
      return;
    }
    readerFor(format.get()).read(file, sink);
  }

  private static List<Path> children(Path dir, Consumer<IngestItem> sink, String source) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, p -> !isHidden(p))) {
      stream.forEach(children::add);
    } catch (IOException e) {
      sink.accept(
          Failures.of(
              ReasonCode.UNREADABLE,
              "cannot list folder: " + e.getMessage(),
              Provenance.of(source)));
    }
    children.sort(null);
    return children;
  }

  private static void collect(Path dir, List<Path> into) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, p -> !isHidden(p))) {
      stream.forEach(children::add);
    } catch (IOException e) {
      return; // read() reports the folder as unreadable
    }
    for (Path child : children) {
      if (Files.isDirectory(child)) {
        collect(child, into);
      } else {
        into.add(child);
      }
    }
  }

  private static boolean isHidden(Path p) {
    return p.getFileName().toString().startsWith(".");
  }

  private static String name(Path p) {
    Path normal = p.toAbsolutePath().normalize();
    Path fileName = normal.getFileName();
    return fileName == null ? normal.toString() : fileName.toString();
  }
}
