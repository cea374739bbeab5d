package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** Generated page corpora and forked {@code analyze} runs for the integration tests. */
final class Corpora {
  private static final String[] WORDS =
      ("harbour council ferry minister budget talks port agreement delegation customs tariff"
              + " shipment grain quarter vote committee coast bridge railway deadline statement"
              + " spokesperson summit envoy")
          .split(" ");

  private Corpora() {}

  /** Writes {@code pages} article pages of made-up words, seeded so every run is the same. */
  static Path write(Path dir, int pages) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(42);
    for (int i = 0; i < pages; i++) {
      Files.writeString(dir.resolve(String.format("page-%05d.html", i)), page(i, random));
    }
    return dir;
  }

  /**
   * Starts {@code dateline analyze} in a new JVM with a 512 MB heap and the launcher's JIT flag.
   */
  static Process analyze(Path corpus, Path db, Path report, Path logDir) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            List.of(
                java,
                "-Xmx512m",
                "-XX:-DontCompileHugeMethods",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "analyze",
                corpus.toString(),
                "--report",
                report.toString(),
                "--no-progress",
                "--db",
                db.toString()))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve("log.txt").toFile()))
        .start();
  }

  private static String page(int n, Random random) {
    StringBuilder html =
        new StringBuilder("<html><head><title>Report ")
            .append(n)
            .append("</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a>")
            .append("</nav><article><h1>Report ")
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
}
