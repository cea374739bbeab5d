package org.dateline.cli.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dateline.corpus.EntityRegistry;
import org.dateline.extract.FactGroups;
import org.dateline.model.Article;
import org.dateline.model.Fact;
import org.dateline.model.Quote;

/**
 * The report's {@code entities}, {@code quotes} and {@code facts}. Quotations and figures are
 * spilled to temporary JSON Lines files as documents stream past, and copied into the report at the
 * end with what only the whole run knows (a figure's group and whether the group disagrees), so
 * memory does not grow with the number of documents.
 */
final class ExtractSections implements AutoCloseable {
  private final ObjectMapper json = new ObjectMapper();
  private final EntityRegistry entities = EntityRegistry.numbered();
  private final FactGroups groups = new FactGroups();
  private final Path quotesFile;
  private final Path factsFile;
  private final JsonGenerator quotes;
  private final JsonGenerator facts;

  ExtractSections() throws IOException {
    JsonFactory factory = new JsonFactory();
    quotesFile = Files.createTempFile("dateline-quotes", ".jsonl");
    factsFile = Files.createTempFile("dateline-facts", ".jsonl");
    quotes = factory.createGenerator(quotesFile.toFile(), JsonEncoding.UTF8);
    facts = factory.createGenerator(factsFile.toFile(), JsonEncoding.UTF8);
  }

  void add(Article a) throws IOException {
    Map<String, String> ids = entities.add(a.extracts().entities());
    for (Quote q : a.extracts().quotes()) {
      if (!q.speech()) {
        continue;
      }
      quotes.writeStartObject();
      quotes.writeStringField("document", a.id());
      quotes.writeStringField("text", q.text());
      quotes.writeStringField("speaker", q.speaker());
      quotes.writeStringField(
          "speakerEntity", q.speakerKey() == null ? null : ids.get(q.speakerKey()));
      quotes.writeStringField("description", q.description());
      quotes.writeBooleanField("direct", q.kind() == Quote.Kind.DIRECT);
      quotes.writeNumberField("begin", q.begin());
      quotes.writeNumberField("end", q.end());
      quotes.writeEndObject();
      quotes.writeRaw('\n');
    }
    for (Fact f : a.extracts().facts()) {
      facts.writeStartObject();
      facts.writeStringField("document", a.id());
      facts.writeStringField("sentence", f.sentence());
      facts.writeStringField("text", f.text());
      facts.writeNumberField("value", f.value());
      facts.writeStringField("scale", f.scale());
      facts.writeStringField("unit", f.unit());
      facts.writeStringField("change", f.change());
      facts.writeStringField("comparison", f.comparison());
      facts.writeStringField("subject", f.subject());
      facts.writeStringField("period", f.period());
      facts.writeStringField("source", f.source());
      facts.writeNumberField("begin", f.begin());
      facts.writeNumberField("end", f.end());
      if (f.subject() != null) {
        facts.writeStringField("groupId", groups.add(f).id);
      } else {
        facts.writeNullField("group");
        facts.writeBooleanField("disagrees", false);
      }
      facts.writeEndObject();
      facts.writeRaw('\n');
    }
  }

  /** Writes the three sections into the report. */
  void write(JsonGenerator g) throws IOException {
    quotes.close();
    facts.close();
    g.writeArrayFieldStart("entities");
    for (EntityRegistry.Global e : entities.all()) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("name", e.name());
      g.writeStringField("type", e.type().name());
      g.writeArrayFieldStart("aliases");
      for (String alias : e.aliases()) {
        g.writeString(alias);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("roles");
      for (String role : e.roles()) {
        g.writeString(role);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    copy(quotesFile, g);
    g.writeEndArray();
    g.writeArrayFieldStart("facts");
    copy(factsFile, g);
    g.writeEndArray();
  }

  private void copy(Path file, JsonGenerator g) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        ObjectNode node = (ObjectNode) json.readTree(line);
        if (node.has("groupId")) {
          FactGroups.Group group = groups.get(node.remove("groupId").asText());
          node.put("group", group.id);
          node.put("disagrees", group.disagrees());
        }
        json.writeTree(g, node);
      }
    }
  }

  @Override
  public void close() throws IOException {
    quotes.close();
    facts.close();
    Files.deleteIfExists(quotesFile);
    Files.deleteIfExists(factsFile);
  }
}
