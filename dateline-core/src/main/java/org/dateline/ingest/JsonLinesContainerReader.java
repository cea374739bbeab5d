package org.dateline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dateline.model.ContentKind;
import org.dateline.model.PageMetadata;
import org.dateline.model.Provenance;
import org.dateline.model.RawPage;
import org.dateline.model.ReasonCode;
import org.jspecify.annotations.Nullable;

/**
 * JSON Lines: one page per line, as a JSON object with the fields {@code id} (optional), {@code
 * url}, {@code title}, {@code html} or {@code text}, {@code published}, {@code outlet} and {@code
 * authors} (an array of names, or one name). A line without {@code id} gets {@code <file
 * stem>-<line number>}. A line that is not such an object is rejected; the next line is read.
 */
final class JsonLinesContainerReader implements ContainerReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final IngestSettings settings;

  JsonLinesContainerReader(IngestSettings settings) {
    this.settings = settings;
  }

  @Override
  public void read(SourceFile file, Consumer<IngestItem> sink) {
    int lineNumber = 0;
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                file.open(),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
      for (String line; (line = lines.readLine()) != null; ) {
        lineNumber++;
        if (!line.isBlank()) {
          readLine(file, lineNumber, line, sink);
        }
      }
    } catch (IOException | RuntimeException e) {
      ReasonCode reason =
          e instanceof java.nio.charset.CharacterCodingException
              ? ReasonCode.BAD_ENCODING
              : Failures.reasonFor(e);
      sink.accept(
          Failures.of(
              reason,
              "JSON Lines unreadable after line " + lineNumber + ": " + e,
              file.provenance("line " + (lineNumber + 1))));
    }
  }

  private void readLine(SourceFile file, int lineNumber, String line, Consumer<IngestItem> sink) {
    Provenance at = file.provenance("line " + lineNumber);
    if (line.length() > settings.maxPageBytes()) {
      sink.accept(Failures.of(ReasonCode.TOO_LARGE, "line is longer than the page limit", at));
      return;
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      sink.accept(
          Failures.of(ReasonCode.MALFORMED, "not valid JSON: " + e.getOriginalMessage(), at));
      return;
    }
    if (node == null || !node.isObject()) {
      sink.accept(Failures.of(ReasonCode.MALFORMED, "a line must hold one JSON object", at));
      return;
    }
    String html = text(node, "html");
    String body = html != null ? html : text(node, "text");
    if (body == null || body.isBlank()) {
      sink.accept(Failures.of(ReasonCode.EMPTY, "object has neither \"html\" nor \"text\"", at));
      return;
    }
    String stated = text(node, "id");
    String id = stated != null ? stated : file.stem() + "-" + lineNumber;
    PageMetadata metadata =
        new PageMetadata(
            text(node, "url"),
            text(node, "title"),
            text(node, "published"),
            text(node, "outlet"),
            authors(node.get("authors")),
            null);
    sink.accept(
        new IngestItem.Page(
            new RawPage(
                id,
                file.provenance(id),
                html != null ? ContentKind.HTML : ContentKind.TEXT,
                body.getBytes(StandardCharsets.UTF_8),
                "UTF-8",
                metadata)));
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
  }

  private static List<String> authors(@Nullable JsonNode node) {
    List<String> names = new ArrayList<>();
    if (node == null || node.isNull()) {
      return names;
    }
    if (node.isArray()) {
      node.forEach(
          n -> {
            if (!n.asText().isBlank()) {
              names.add(n.asText().strip());
            }
          });
    } else if (!node.asText().isBlank()) {
      names.add(node.asText().strip());
    }
    return names;
  }
}
