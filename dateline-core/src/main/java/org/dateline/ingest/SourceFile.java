package org.dateline.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.dateline.model.Provenance;

/**
 * A file ingest is about to read.
 *
 * @param path where it is on disk
 * @param source how the report names it (the path as the user gave it, joined with the relative
 *     path below it)
 */
public record SourceFile(Path path, String source) {
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(source, "source");
  }

  /** The page id a single-page file gets: its name without extensions. */
  public String stem() {
    return Format.stem(path.getFileName().toString());
  }

  /** Provenance for the file itself, or for a record inside it. */
  public Provenance provenance(String record) {
    return new Provenance(source, record);
  }

  public Provenance provenance() {
    return Provenance.of(source);
  }

  /** Opens the file, decompressing it when its name ends in {@code .gz}. */
  public InputStream open() throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
    if (Format.isGzip(path.getFileName().toString())) {
      try {
        return new GZIPInputStream(in, 1 << 16);
      } catch (IOException e) {
        in.close();
        throw e;
      }
    }
    return in;
  }
}
