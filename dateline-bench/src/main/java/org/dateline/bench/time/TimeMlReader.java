package org.dateline.bench.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TempEval-3 TimeML file: the creation date from {@code <DCT><TIMEX3 value>}, the raw text
 * as the content of {@code <TEXT>} with every tag removed and entities decoded, and the gold {@code
 * TIMEX3}s with offsets in it.
 */
public final class TimeMlReader {
  private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*?value=\"([^\"]+)\"");
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9_]+)([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final Pattern ENTITY =
      Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|apos);");

  public GoldDocument read(Path file) throws IOException {
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    Matcher dct = DCT.matcher(xml);
    if (!dct.find()) {
      throw new IOException(file + ": no <DCT><TIMEX3 value>");
    }
    LocalDate creation = LocalDate.parse(dct.group(1).substring(0, 10));
    int from = xml.indexOf("<TEXT>");
    int to = xml.lastIndexOf("</TEXT>");
    if (from < 0 || to < from) {
      throw new IOException(file + ": no <TEXT>");
    }
    String body = xml.substring(from + "<TEXT>".length(), to);
    StringBuilder text = new StringBuilder();
    List<Mention> gold = new ArrayList<>();
    int openAt = -1;
    Map<String, String> open = new HashMap<>();
    int last = 0;
    for (Matcher m = TAG.matcher(body); m.find(); ) {
      text.append(decode(body.substring(last, m.start())));
      last = m.end();
      if (!m.group(2).equals("TIMEX3")) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        openAt = text.length();
        open = attributes(m.group(3));
      } else if (openAt >= 0) {
        gold.add(
            new Mention(
                openAt,
                text.length(),
                open.getOrDefault("type", ""),
                open.getOrDefault("value", "")));
        openAt = -1;
      }
    }
    text.append(decode(body.substring(last)));
    return new GoldDocument(
        file.getFileName().toString(),
        "tempeval3",
        text.toString(),
        creation,
        gold,
        List.of(),
        List.of());
  }

  private static Map<String, String> attributes(String s) {
    Map<String, String> map = new HashMap<>();
    for (Matcher m = ATTRIBUTE.matcher(s); m.find(); ) {
      map.put(m.group(1), decode(m.group(2)));
    }
    return map;
  }

  static String decode(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    Matcher m = ENTITY.matcher(s);
    int last = 0;
    while (m.find()) {
      out.append(s, last, m.start());
      String e = m.group(1);
      switch (e) {
        case "amp" -> out.append('&');
        case "lt" -> out.append('<');
        case "gt" -> out.append('>');
        case "quot" -> out.append('"');
        case "apos" -> out.append('\'');
        default ->
            out.appendCodePoint(
                e.startsWith("#x")
                    ? Integer.parseInt(e.substring(2), 16)
                    : Integer.parseInt(e.substring(1)));
      }
      last = m.end();
    }
    return out.append(s.substring(last)).toString();
  }
}
