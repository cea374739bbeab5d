package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 2's memory bar: 10,000 pages pass through {@code analyze} in a 512 MB heap. */
class BoundedMemoryIT {
  private static final int PAGES = 10_000;

  @TempDir Path dir;

  @Test
  void tenThousandPagesPassWithHalfAGigabyteOfHeap() throws Exception {
    Path corpus = Corpora.write(dir.resolve("corpus"), PAGES);
    Path report = dir.resolve("report.json");
    Process process = Corpora.analyze(corpus, dir.resolve("memory.db"), report, dir);
    assertThat(process.waitFor(15, TimeUnit.MINUTES)).as("finished").isTrue();
    assertThat(process.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
    assertThat(countDocuments(report.toFile())).isEqualTo(PAGES);
  }

  /** Counts the report's documents with a streaming parser, as a user's script would. */
  private static int countDocuments(File report) throws IOException {
    try (JsonParser parser = new JsonFactory().createParser(report)) {
      int depth = 0;
      int count = 0;
      boolean inDocuments = false;
      for (JsonToken t; (t = parser.nextToken()) != null; ) {
        if (t == JsonToken.FIELD_NAME && depth == 1) {
          inDocuments = parser.currentName().equals("documents");
        } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          if (inDocuments && depth == 2 && t == JsonToken.START_OBJECT) {
            count++;
          }
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        }
      }
      return count;
    }
  }
}
