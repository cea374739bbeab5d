package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 2's memory bar: 10,000 pages pass through {@code analyze} in a 512 MB heap. */
class BoundedMemoryIT {
  private static final int PAGES = 10_000;
  private static final String[] WORDS =
      ("harbour council ferry minister budget talks port "
              + "agreement delegation customs tariff shipment grain quarter vote committee coast bridge "
              + "railway deadline statement spokesperson summit envoy")
          .split(" ");

  @TempDir Path dir;

  @Test
  void tenThousandPagesPassWithHalfAGigabyteOfHeap() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Random random = new Random(42);
    for (int i = 0; i < PAGES; i++) {
      Files.writeString(corpus.resolve(String.format("page-%05d.html", i)), page(i, random));
    }
    Path report = dir.resolve("report.json");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx512m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName(),
                    "analyze",
                    corpus.toString(),
                    "--report",
                    report.toString(),
                    "--no-progress"))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log.txt").toFile())
            .start();
    assertThat(process.waitFor(15, TimeUnit.MINUTES)).as("finished").isTrue();
    assertThat(process.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
    assertThat(countDocuments(report.toFile())).isEqualTo(PAGES);
  }

  private static String page(int n, Random random) {
    StringBuilder html =
        new StringBuilder("<html><head><title>Report ")
            .append(n)
            .append(
                "</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>")
            .append("<article><h1>Report ")
            .append(n)
            .append("</h1>");
    for (int p = 0; p < 8; p++) {
      html.append("<p>");
      for (int w = 0; w < 60; w++) {
        html.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
      }
      html.append("end.</p>");
    }
    return html.append("</article><footer>Contact us</footer></body></html>").toString();
  }

  private static int countDocuments(File report) throws IOException {
    try (JsonParser parser = new JsonFactory().createParser(report)) {
      int depth = 0;
      int count = 0;
      boolean inDocuments = false;
      for (JsonToken t; (t = parser.nextToken()) != null; ) {
        if (t == JsonToken.FIELD_NAME && depth == 1 && parser.currentName().equals("documents")) {
          inDocuments = true;
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          if (inDocuments && depth == 2 && t == JsonToken.START_OBJECT) {
            count++;
          }
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
          if (depth == 1) {
            inDocuments = false;
          }
        }
      }
      return count;
    }
  }
}
