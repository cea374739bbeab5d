package org.dateline.bench.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.dateline.bench.time.GoldDocument;
import org.dateline.bench.time.HeldOut;
import org.dateline.bench.time.TimeMlReader;
import org.dateline.model.Published;

/**
 * The text an annotated quotation's offsets count in: a TempEval-3 document as {@link TimeMlReader}
 * reads it, (ids {@code wcxb-NNNN}) the gold main content of a WCXB web page, or (ids {@code
 * ecb-T_Necb} and {@code ecb-T_Necbplus}) an ECB+ document rebuilt from its tokens by {@link
 * EcbText}, or (ids {@code inv-…}) one of our own invented articles ({@link InventedSet}).
 *
 * @param id the annotations' document id
 * @param text the text
 * @param published the page's date, as the extract stage is given it
 * @param set "tune" or "held-out" for TempEval-3 documents, "web" for web pages, "ecb tune" or "ecb
 *     held-out" for ECB+ documents (the same hash of the file name splits both), "invented",
 *     "invented 2" to "invented 8" for our own articles
 */
record QuoteText(String id, String text, Published published, String set) {
  private static final String WEB = "wcxb-";
  private static final String ECB = "ecb-";
  private static final String ECB_LINE = "ecb";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path TEMPEVAL = Path.of("../shared/bench/time/tempeval3-train");
  private static final Path WCXB = Path.of("../shared/bench/extraction/wcxb-dev/ground-truth");

  static QuoteText load(String id, TimeMlReader reader) throws IOException {
    if (id.startsWith(InventedSet.PREFIX)) {
      return new QuoteText(id, InventedSet.text(id), Published.unknown(), InventedSet.line(id));
    }
    if (id.startsWith(WEB)) {
      JsonNode truth =
          JSON.readTree(WCXB.resolve(id.substring(WEB.length()) + ".json").toFile())
              .path("ground_truth");
      return new QuoteText(
          id, truth.path("main_content").asText(""), dated(truth.path("publish_date")), "web");
    }
    if (id.startsWith(ECB)) {
      String name = id.substring(ECB.length()) + ".xml";
      return new QuoteText(
          id,
          EcbText.read(name),
          Published.unknown(),
          ECB_LINE + (HeldOut.contains(name) ? " held-out" : " tune"));
    }
    Path file = TEMPEVAL.resolve("TimeBank").resolve(id + ".tml");
    if (!Files.exists(file)) {
      file = TEMPEVAL.resolve("AQUAINT").resolve(id + ".tml");
    }
    GoldDocument d = reader.read(file);
    return new QuoteText(
        id,
        d.text(),
        Published.onDay(d.creation()),
        HeldOut.contains(d.id()) ? "held-out" : "tune");
  }

  /** Whether the text is one of the TempEval-3 documents that the speed figures are timed on. */
  boolean newswire() {
    return set.equals("tune") || set.equals("held-out");
  }

  /** The harness lines the text is scored under: its own set, and "all" or "ecb" around a split. */
  List<String> lines() {
    if (newswire()) {
      return List.of("all", set);
    }
    return set.startsWith(ECB_LINE) ? List.of(ECB_LINE, set) : List.of(set);
  }

  /** Whether the text is held out: its errors are never printed. */
  boolean heldOut() {
    return set.endsWith("held-out");
  }

  private static Published dated(JsonNode date) {
    try {
      return date.isTextual()
          ? Published.onDay(LocalDate.parse(date.asText()))
          : Published.unknown();
    } catch (DateTimeParseException e) {
      return Published.unknown();
    }
  }
}
