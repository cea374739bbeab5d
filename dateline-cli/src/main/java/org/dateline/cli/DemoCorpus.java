package org.dateline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dateline.ingest.Format;

/** The sample corpus bundled under {@code demo/} on the class path. */
final class DemoCorpus {
  private static final String ROOT = "demo";

  private DemoCorpus() {}

  /** Copies the corpus's pages (not its README) into {@code dir}/demo and returns that folder. */
  static Path copyTo(Path dir) throws IOException {
    URL marker = DemoCorpus.class.getClassLoader().getResource(ROOT + "/README.md");
    if (marker == null) {
      throw new IOException("the sample corpus is missing from the class path");
    }
    URI uri;
    try {
      uri = marker.toURI();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    Path target = Files.createDirectories(dir.resolve(ROOT));
    if (uri.getScheme().equals("jar")) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        copyPages(jar.getPath(ROOT), target);
      }
    } else {
      copyPages(java.util.Objects.requireNonNull(Path.of(uri).getParent()), target);
    }
    return target;
  }

  private static void copyPages(Path from, Path to) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> Format.of(p.getFileName().toString()).isPresent())
              .toList();
    }
    for (Path file : files) {
      Path dest = to.resolve(from.relativize(file).toString());
      Files.createDirectories(dest.getParent());
      try (InputStream in = Files.newInputStream(file)) {
        Files.copy(in, dest);
      }
    }
  }
}
