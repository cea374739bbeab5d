package org.dateline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the ECB+ CAT XML files of {@code ../shared/bench/events/ecbplus-dev} as plain sentences (a
 * sentence's tokens joined by spaces; sentence 0 of an {@code ecbplus} file, its source URL,
 * dropped). Only the text is read here; labels are the caller's business.
 */
public final class EcbTexts {
  private EcbTexts() {}

  /** One document: its file name and its sentences in order. */
  public record Doc(String file, List<String> sentences) {}

  public static List<Doc> read(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    List<Doc> docs = new ArrayList<>();
    for (Path file : files) {
      docs.add(new Doc(file.getFileName().toString(), sentences(file)));
    }
    return docs;
  }

  private static List<String> sentences(Path file) throws IOException {
    boolean plus = file.getFileName().toString().endsWith("ecbplus.xml");
    Map<Integer, StringBuilder> bySentence = new TreeMap<>();
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("token")) {
          int sentence = Integer.parseInt(xml.getAttributeValue(null, "sentence"));
          String token = xml.getElementText();
          if (!(plus && sentence == 0)) {
            StringBuilder b = bySentence.computeIfAbsent(sentence, s -> new StringBuilder());
            if (b.length() > 0) {
              b.append(' ');
            }
            b.append(token);
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return bySentence.values().stream().map(StringBuilder::toString).toList();
  }
}
