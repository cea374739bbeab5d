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

  private static String page(String date, String title, String... paragraphs) {
    StringBuilder html =
        new StringBuilder("<html><head><title>")
            .append(title)
            .append("</title><meta property=\"article:published_time\" content=\"")
            .append(date)
            .append("\"></head><body><article><h1>")
            .append(title)
            .append("</h1>");
    for (String p : paragraphs) {
      html.append("<p>").append(p).append("</p>");
    }
    return html.append("</article></body></html>").toString();
  }

  @Test
  void reportsWireCopiesAndNamesEachDocumentsEvent() throws IOException {
    String[] wire = {
      "Negotiators from the ports of Arlen and Besk met again on Tuesday to settle the long"
          + " dispute over berth fees, officials said.",
      "Harbourmaster Ines Kolar said both sides had agreed to cut fees by 12 per cent for"
          + " container ships.",
      "The talks are expected to last two days, and a joint statement could follow on Thursday."
    };
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("wire.html"), page("2031-05-06", "Harbour talks resume", wire));
    Files.writeString(
        in.resolve("reprint.html"),
        page(
            "2031-05-06",
            "Ports close in on fee deal",
            wire[0],
            wire[1].replace("12 per cent", "12%"),
            "Shipping firms in Arlen have complained about the fees for years."));
    Files.writeString(
        in.resolve("other.html"),
        page(
            "2031-05-07",
            "Glacier museum opens",
            "A museum devoted to the retreating Selva glacier opened in the mountain town of"
                + " Ostra on Wednesday.",
            "Its curator, Marek Dale, said the building was heated entirely by a nearby spring."));
    Path report = dir.resolve("report.json");

    assertThat(Main.run("analyze", in.toString(), "--report", report.toString(), "--db", db()))
        .isZero();

    JsonNode root = new ObjectMapper().readTree(report.toFile());
    assertThat(root.get("copies"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(List.of(c.get("a").asText(), c.get("b").asText()))
                  .containsExactlyInAnyOrder("wire", "reprint");
              assertThat(c.get("sharedSentences").asInt()).isEqualTo(2);
              assertThat(c.get("kind").asText()).isIn("version", "excerpt", "duplicate");
            });
    java.util.Map<String, String> eventOf = new java.util.HashMap<>();
    root.get("documents").forEach(d -> eventOf.put(d.get("id").asText(), d.get("event").asText()));
    List<String> times = new ArrayList<>();
    root.get("documents")
        .forEach(
            d -> {
              if (d.get("id").asText().equals("wire")) {
                d.get("times")
                    .forEach(
                        t -> times.add(t.get("text").asText() + "=" + t.get("value").asText()));
              }
            });
    // Published on Tuesday 6 May 2031: the talks met that day and may end on the Thursday after.
    assertThat(times).containsExactly("Tuesday=2031-05-06", "two days=P2D", "Thursday=2031-05-08");
    assertThat(eventOf.get("wire")).isEqualTo(eventOf.get("reprint"));
    assertThat(eventOf.get("other")).isNotEqualTo(eventOf.get("wire"));
    assertThat(root.get("events")).hasSize(2);
    root.get("events")
        .forEach(
            e ->
                e.get("documents")
                    .forEach(
                        d -> assertThat(eventOf.get(d.asText())).isEqualTo(e.get("id").asText())));
    JsonNode talks =
        root.get("events").get(0).get("documents").size() == 2
            ? root.get("events").get(0)
            : root.get("events").get(1);
    assertThat(talks.get("when").get("value").asText()).isEqualTo("2031-05-06");
  }

  @Test
  void valuesAnUndatedPagesTimesAgainstTheDayItsEventLendsIt() throws IOException {
    String[] wire = {
      "Negotiators from the ports of Arlen and Besk met again on Tuesday to settle the long"
          + " dispute over berth fees, officials said.",
      "Harbourmaster Ines Kolar said both sides had agreed to cut fees by 12 per cent next"
          + " month for container ships."
    };
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("wire.html"), page("2031-05-06", "Harbour talks resume", wire));
    Files.writeString(
        in.resolve("undated.html"),
        "<html><head><title>Ports near a fee deal</title></head><body><article><h1>Ports near a"
            + " fee deal</h1><p>"
            + wire[0]
            + "</p><p>"
            + wire[1]
            + "</p></article></body></html>");
    Path report = dir.resolve("report.json");

    assertThat(Main.run("analyze", in.toString(), "--report", report.toString(), "--db", db()))
        .isZero();

    List<String> times = new ArrayList<>();
    JsonNode root = new ObjectMapper().readTree(report.toFile());
    root.get("documents")
        .forEach(
            d -> {
              if (d.get("id").asText().equals("undated")) {
                assertThat(d.get("published").get("basis").asText()).isEqualTo("event");
                d.get("times")
                    .forEach(
                        t -> times.add(t.get("text").asText() + "=" + t.get("value").asText()));
              }
            });
    // the event's dated page was published on Tuesday 6 May 2031, the day of the talks
    assertThat(times).containsExactly("Tuesday=2031-05-06", "next month=2031-06");
    List<String> periods = new ArrayList<>();
    root.get("facts")
        .forEach(f -> periods.add(f.get("document").asText() + "=" + f.get("period").asText()));
    assertThat(periods).containsExactlyInAnyOrder("wire=2031-06", "undated=2031-06");
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
