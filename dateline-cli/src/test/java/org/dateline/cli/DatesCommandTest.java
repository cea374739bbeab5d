package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code dates} command's JSON Lines contract. */
class DatesCommandTest {
  @TempDir Path dir;

  @Test
  void writesOneLinePerExpressionWithOffsetsIntoTheText() throws Exception {
    String text = "The minister arrived on Monday and will leave next week.";
    Path file = dir.resolve("story.txt");
    Files.writeString(file, text);
    Path out = dir.resolve("dates.jsonl");
    assertThat(
            Main.run(
                "dates", "--reference", "2025-11-05", file.toString(), "--jsonl", out.toString()))
        .isZero();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      if (!line.isBlank()) {
        lines.add(new ObjectMapper().readTree(line));
      }
    }
    assertThat(lines).extracting(n -> n.get("text").asText()).contains("Monday", "next week");
    for (JsonNode n : lines) {
      assertThat(n.fieldNames())
          .toIterable()
          .contains("file", "begin", "end", "text", "type", "value");
      assertThat(text.substring(n.get("begin").asInt(), n.get("end").asInt()))
          .isEqualTo(n.get("text").asText());
    }
    JsonNode monday =
        lines.stream()
            .filter(n -> n.get("text").asText().equals("Monday"))
            .findFirst()
            .orElseThrow();
    assertThat(monday.get("value").asText()).isEqualTo("2025-11-03");
  }

  @Test
  void refusesAMalformedReferenceAndReportsUnreadableFiles() throws Exception {
    Path out = dir.resolve("o.jsonl");
    assertThat(Main.run("dates", "--reference", "yesterday", "x.txt", "--jsonl", out.toString()))
        .isEqualTo(2);
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'a', (byte) 0xFF, 'b'});
    assertThat(
            Main.run(
                "dates",
                "--reference",
                "2025-01-01T10:30",
                bad.toString(),
                "--jsonl",
                out.toString()))
        .isEqualTo(2);
  }
}
