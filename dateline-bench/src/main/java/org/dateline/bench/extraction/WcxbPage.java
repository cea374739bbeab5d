package org.dateline.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

/**
 * One WCXB page: its HTML, URL and gold main content. A page is held out from tuning when the CRC32
 * of its URL's host falls in the last 30 of 100 buckets, so no site is in both parts.
 */
public record WcxbPage(String id, String url, String html, String gold) {
  private static final ObjectMapper JSON = new ObjectMapper();

  boolean heldOut() {
    String host;
    try {
      host = URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      host = url;
    }
    CRC32 crc = new CRC32();
    crc.update((host == null ? url : host).getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 100 >= 70;
  }

  public static List<WcxbPage> load(Path dir, int limit) throws IOException {
    List<Path> truths;
    try (Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
      truths = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<WcxbPage> pages = new ArrayList<>();
    for (Path truth : truths) {
      if (pages.size() >= limit) {
        break;
      }
      String id = truth.getFileName().toString().replace(".json", "");
      Path html = dir.resolve("html").resolve(id + ".html.gz");
      if (!Files.exists(html)) {
        continue;
      }
      JsonNode root = JSON.readTree(truth.toFile());
      String gold = root.path("ground_truth").path("main_content").asText("");
      try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
        pages.add(
            new WcxbPage(
                id,
                root.path("url").asText(""),
                new String(in.readAllBytes(), StandardCharsets.UTF_8),
                gold));
      }
    }
    return pages;
  }
}
