package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The demo analyses the bundled corpus, in every format, without a rejection. */
class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void analysesEveryPageOfTheBundledCorpusAndPrintsASummary() throws Exception {
    Path report = dir.resolve("demo.json");
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out));
    int exit = cli.execute("demo", "--no-serve", "--report", report.toString());
    assertThat(exit).isZero();
    JsonNode root = new ObjectMapper().readTree(report.toFile());
    assertThat(root.get("rejected")).isEmpty();
    assertThat(root.get("documents")).hasSizeGreaterThanOrEqualTo(29);
    Set<String> kinds = new HashSet<>();
    root.get("documents")
        .forEach(
            d -> {
              String source = d.get("source").asText();
              kinds.add(source.replaceAll(".*?\\.((html\\.gz)|(warc\\.gz)|[a-z]+)(#.*)?$", "$1"));
              assertThat(d.get("text").asText()).doesNotContain("Sign up", "cookies", "Share this");
            });
    assertThat(kinds)
        .contains("txt", "html", "htm", "html.gz", "warc.gz", "warc", "rss", "atom", "jsonl");
    assertThat(out.toString()).contains("documents from the sample corpus");
  }
}
