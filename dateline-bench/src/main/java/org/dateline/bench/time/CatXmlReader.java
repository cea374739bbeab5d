package org.dateline.bench.time;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads an EventStoryLine CAT XML file. The text is rebuilt from the tokens: a sentence's tokens
 * joined by one space, sentences by a newline. Sentence 0 of an {@code ecbplus} file is its source
 * URL and is left out, with any markable on it. Gold expressions are the {@code TIME_*} markables
 * that anchor tokens; the one marked {@code DCT="TRUE"} also gives the creation date. Gold {@code
 * PRES_REF} is read as {@code PRESENT_REF}.
 *
 * <p>ECB+ annotates only some sentences of each document (about a third here): the scope is the
 * sentences in which any markable, of any kind, anchors a token, and system expressions elsewhere
 * are not scored.
 */
public final class CatXmlReader {
  private final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();

  /** Returns the document, or null when it has no creation-date markable to resolve against. */
  public @Nullable GoldDocument read(Path file) throws IOException {
    CatDocument d = readWithCreationSpans(file);
    return d == null ? null : d.document();
  }

  /**
   * A document with where its creation date is printed in its text.
   *
   * @param document the document
   * @param creationSpans the spans of the text that the creation-date markables anchor (from their
   *     first token to their last), empty when the date is not printed in the text
   */
  public record CatDocument(GoldDocument document, List<Mention> creationSpans) {}

  /** Like {@link #read}, and also says where the creation date is printed in the text. */
  public @Nullable CatDocument readWithCreationSpans(Path file) throws IOException {
    Document xml = parse(file);
    String name = file.getFileName().toString();
    boolean dropUrl = name.contains("ecbplus");
    StringBuilder text = new StringBuilder();
    Map<String, int[]> spans = new HashMap<>();
    Map<String, String> sentenceOf = new HashMap<>();
    Map<String, int[]> sentenceSpan = new HashMap<>();
    List<Mention> tokenSpans = new ArrayList<>();
    NodeList tokens = xml.getElementsByTagName("token");
    @Nullable String sentence = null;
    for (int i = 0; i < tokens.getLength(); i++) {
      Element t = (Element) tokens.item(i);
      String s = t.getAttribute("sentence");
      if (dropUrl && s.equals("0")) {
        continue;
      }
      if (sentence != null) {
        text.append(s.equals(sentence) ? " " : "\n");
      }
      sentence = s;
      int begin = text.length();
      text.append(t.getTextContent());
      spans.put(t.getAttribute("t_id"), new int[] {begin, text.length()});
      sentenceOf.put(t.getAttribute("t_id"), s);
      int end = text.length();
      tokenSpans.add(new Mention(begin, end, "", ""));
      sentenceSpan.merge(
          s,
          new int[] {begin, end},
          (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
    List<Mention> gold = new ArrayList<>();
    java.util.Set<String> annotated = new java.util.TreeSet<>();
    NodeList allAnchors = xml.getElementsByTagName("token_anchor");
    for (int i = 0; i < allAnchors.getLength(); i++) {
      String sentenceId = sentenceOf.get(((Element) allAnchors.item(i)).getAttribute("t_id"));
      if (sentenceId != null) {
        annotated.add(sentenceId);
      }
    }
    List<Mention> scope = new ArrayList<>();
    for (String sentenceId : annotated) {
      int[] span = sentenceSpan.get(sentenceId);
      scope.add(new Mention(span[0], span[1], "", ""));
    }
    @Nullable LocalDate creation = null;
    List<Mention> creationSpans = new ArrayList<>();
    NodeList markables = xml.getElementsByTagName("Markables");
    NodeList children =
        markables.getLength() == 0 ? xml.getChildNodes() : markables.item(0).getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node n = children.item(i);
      if (!(n instanceof Element e) || !e.getTagName().startsWith("TIME_")) {
        continue;
      }
      String value =
          e.getAttribute("value").equals("PRES_REF") ? "PRESENT_REF" : e.getAttribute("value");
      if ("TRUE".equals(e.getAttribute("DCT")) && value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        creation = LocalDate.parse(value.substring(0, 10));
      }
      int begin = Integer.MAX_VALUE;
      int end = -1;
      NodeList anchors = e.getElementsByTagName("token_anchor");
      for (int k = 0; k < anchors.getLength(); k++) {
        int[] span = spans.get(((Element) anchors.item(k)).getAttribute("t_id"));
        if (span != null) {
          begin = Math.min(begin, span[0]);
          end = Math.max(end, span[1]);
        }
      }
      if (end > begin) {
        gold.add(new Mention(begin, end, type(e.getTagName()), value));
        if ("TRUE".equals(e.getAttribute("DCT"))) {
          creationSpans.add(new Mention(begin, end, type(e.getTagName()), value));
        }
      }
    }
    if (creation == null) {
      return null;
    }
    gold.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return new CatDocument(
        new GoldDocument(
            name, "eventstoryline", text.toString(), creation, gold, scope, tokenSpans),
        creationSpans);
  }

  private static String type(String tag) {
    return switch (tag) {
      case "TIME_OF_THE_DAY" -> "TIME";
      case "TIME_DURATION" -> "DURATION";
      case "TIME_REPETITION" -> "SET";
      default -> "DATE";
    };
  }

  private Document parse(Path file) throws IOException {
    try {
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(file.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }
}
