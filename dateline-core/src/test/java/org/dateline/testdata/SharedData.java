package org.dateline.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared folder ({@code ../shared}) beside the checkout, when it is there. */
public final class SharedData {
  private SharedData() {}

  /** The real crawler dumps in {@code shared/seeds}, if present above the working directory. */
  public static Optional<Path> seeds() {
    return find("seeds");
  }

  /** A folder under {@code shared}, such as {@code bench/time/tempeval3-train}, if present. */
  public static Optional<Path> find(String folder) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve(folder);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
