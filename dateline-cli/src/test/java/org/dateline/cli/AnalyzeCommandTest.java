package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report contract and the bad-input promise, end to end through the command line. */
class AnalyzeCommandTest {
  private static final String BODY =
      "<html><head><title>Harbour talks resume</title></head><body>"
          + "<article><h1>Harbour talks resume</h1><p>Negotiators from both ports met again on Tuesday"
          + " to settle the long dispute over berth fees, officials said.</p><p>The talks are"
          + " expected to last two days, and a joint statement could follow on Thursday.</p>"
          + "</article></body></html>";

  @TempDir Path dir;

  @Test
  void recordsEveryKindOfBadInputAndExitsTwoAfterProcessingTheRest() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("good.html"), BODY);
    Files.write(in.resolve("photo.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    byte[] invalidUtf8 = ("Caf\u00e9 " + "text ").getBytes(StandardCharsets.UTF_8);
    invalidUtf8 = Arrays.copyOf(invalidUtf8, invalidUtf8.length + 1);
    invalidUtf8[invalidUtf8.length - 1] = (byte) 0xFF;
    Files.write(in.resolve("broken.txt"), invalidUtf8);
    byte[] gz = gzip(BODY);
    Files.write(in.resolve("cut.html.gz"), Arrays.copyOf(gz, gz.length - 10));
    Files.writeString(in.resolve("empty.txt"), "");
    Files.writeString(in.resolve("deep.html"), "<div>".repeat(10_000) + "x");
    Files.writeString(in.resolve("notes.odt"), "x");
    Path report = dir.resolve("report.json");

    int exit = Main.run("analyze", in.toString(), "--report", report.toString(), "--db", db());

    assertThat(exit).isEqualTo(2);
    JsonNode root = new ObjectMapper().readTree(report.toFile());
    assertThat(root.get("schema").asText()).isEqualTo("dateline.report/1");
    for (String section :
        List.of(
            "documents",
            "copies",
            "events",
            "storylines",
            "entities",
            "quotes",
            "facts",
            "rejected")) {
      assertThat(root.get(section).isArray()).as(section).isTrue();
    }
    assertThat(root.get("documents"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.get("id").asText()).isEqualTo("good");
              assertThat(d.get("source").asText()).isEqualTo("in/good.html");
              assertThat(d.get("text").asText()).contains("berth fees");
            });
    List<String> reasons = new ArrayList<>();
    root.get("rejected")
        .forEach(
            r ->
                reasons.add(
                    r.get("source").asText().replaceFirst("^in/", "")
                        + "="
                        + r.get("reason").asText()));
    assertThat(reasons)
        .containsExactlyInAnyOrder(
            "photo.html=NOT_TEXT",
            "broken.txt=BAD_ENCODING",
            "cut.html.gz=TRUNCATED",
            "empty.txt=EMPTY",
            "deep.html=MALFORMED",
            "notes.odt=UNSUPPORTED");
  }

  @Test
  void rejectsAPageOverFiftyMegabytes() throws IOException {
    Path big = dir.resolve("huge.txt");
    byte[] line =
        "A long line of ordinary words in a page that never ends.\n"
            .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (long written = 0; written <= 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    Path report = dir.resolve("report.json");
    assertThat(Main.run("analyze", big.toString(), "--report", report.toString(), "--db", db()))
        .isEqualTo(2);
    JsonNode rejected = new ObjectMapper().readTree(report.toFile()).get("rejected");
    assertThat(rejected)
        .singleElement()
        .satisfies(r -> assertThat(r.get("reason").asText()).isEqualTo("TOO_LARGE"));
  }

  @Test
  void extractWritesOneLinePerPageWithTheContractFields() throws IOException {
    Files.writeString(dir.resolve("a.html"), BODY);
    Files.writeString(dir.resolve("b.html"), BODY.replace("Tuesday", "Wednesday"));
    Path out = dir.resolve("out.jsonl");
    assertThat(
            Main.run(
                "extract",
                dir.resolve("a.html").toString(),
                dir.resolve("b.html").toString(),
                "--jsonl",
                out.toString()))
        .isZero();
    List<String> lines = Files.readAllLines(out).stream().filter(l -> !l.isBlank()).toList();
    assertThat(lines).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.fieldNames())
        .toIterable()
        .contains("source", "id", "title", "outlet", "authors", "published", "text");
    assertThat(first.get("id").asText()).isEqualTo("a");
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(Main.run("analyze", "--report")).isEqualTo(2);
  }

  private String db() {
    return dir.resolve("test.db").toString();
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
