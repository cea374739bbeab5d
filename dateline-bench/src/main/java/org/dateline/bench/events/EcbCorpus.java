package org.dateline.bench.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dateline.model.Article;
import org.dateline.model.Provenance;
import org.dateline.model.Published;

/**
 * Reads ECB+ CAT XML: a sentence is its tokens joined by spaces; sentence 0 of an ecbplus file (its
 * source URL) is dropped. Articles get opaque ids so file names never reach the engine.
 */
public final class EcbCorpus {

  private EcbCorpus() {}

  /** All documents under {@code root} (topic folders), in a deterministic shuffled order. */
  public static List<EcbDocument> read(Path root, long seed) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files =
          s.filter(p -> p.getFileName().toString().matches("\\d+_\\d+ecb(plus)?\\.xml"))
              .sorted()
              .toList();
    }
    List<Path> shuffled = new ArrayList<>(files);
    Collections.shuffle(shuffled, new Random(seed));
    List<EcbDocument> docs = new ArrayList<>();
    for (Path file : shuffled) {
      docs.add(readOne(file, String.format("doc%04d", docs.size())));
    }
    return docs;
  }

  static EcbDocument readOne(Path file, String id) throws IOException {
    String name = file.getFileName().toString();
    boolean plus = name.endsWith("ecbplus.xml");
    int topic = Integer.parseInt(name.substring(0, name.indexOf('_')));
    TreeMap<Integer, List<String>> sentences = sentences(file);
    List<String> paragraphs = new ArrayList<>();
    sentences.values().forEach(tokens -> paragraphs.add(String.join(" ", tokens)));
    Article article =
        new Article(
            id,
            Provenance.of(id),
            null,
            null,
            null,
            List.of(),
            Published.unknown(),
            paragraphs,
            List.of(),
            List.of());
    return new EcbDocument(article, topic, topic + "/" + (plus ? "ecbplus" : "ecb"), name);
  }

  /**
   * The tokens of a CAT XML file by sentence number, each stripped, in file order; sentence 0 of an
   * ecbplus file (its source URL) is dropped.
   */
  public static TreeMap<Integer, List<String>> sentences(Path file) throws IOException {
    TreeMap<Integer, List<String>> sentences = new TreeMap<>();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(in);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("token")) {
          int sentence = Integer.parseInt(r.getAttributeValue(null, "sentence"));
          sentences
              .computeIfAbsent(sentence, k -> new ArrayList<>())
              .add(r.getElementText().strip());
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException("bad XML in " + file, e);
    }
    if (file.getFileName().toString().endsWith("ecbplus.xml")) {
      sentences.remove(0);
    }
    return sentences;
  }
}
