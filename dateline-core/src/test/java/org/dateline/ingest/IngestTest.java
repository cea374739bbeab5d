package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dateline.model.ContentKind;
import org.dateline.model.RawPage;
import org.dateline.model.ReasonCode;
import org.dateline.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class IngestTest {
  @TempDir Path dir;
  private final List<RawPage> pages = new ArrayList<>();
  private final List<Rejection> rejected = new ArrayList<>();

  private void read(IngestSettings settings, Path... roots) {
    new Ingest(settings)
        .read(
            List.of(roots),
            item -> {
              if (item instanceof IngestItem.Page p) {
                pages.add(p.page());
              } else {
                rejected.add(((IngestItem.Failed) item).rejection());
              }
            });
  }

  private void read(Path... roots) {
    read(IngestSettings.defaults(), roots);
  }

  @Test
  void walksFoldersInNameOrderAndNamesSourcesBelowTheGivenFolder() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus/sub"));
    Files.writeString(dir.resolve("corpus/b.txt"), "Second page body.");
    Files.writeString(dir.resolve("corpus/a.txt"), "First page body.");
    Files.writeString(corpus.resolve("c.html"), "<p>Third page body.</p>");
    Files.writeString(dir.resolve("corpus/.hidden.txt"), "never read");
    read(dir.resolve("corpus"));
    assertThat(pages).extracting(RawPage::id).containsExactly("a", "b", "c");
    assertThat(pages)
        .extracting(p -> p.provenance().source())
        .containsExactly("corpus/a.txt", "corpus/b.txt", "corpus/sub/c.html");
    assertThat(pages.get(2).kind()).isEqualTo(ContentKind.HTML);
    assertThat(rejected).isEmpty();
  }

  @Test
  void readsGzippedHtmlAndRejectsATruncatedGzip() throws IOException {
    byte[] gz = gzip("<html><body><p>A compressed page about a harbour.</p></body></html>");
    Files.write(dir.resolve("good.html.gz"), gz);
    Files.write(dir.resolve("cut.html.gz"), Arrays.copyOf(gz, gz.length / 2));
    read(dir);
    assertThat(pages).extracting(RawPage::id).containsExactly("good");
    assertThat(new String(pages.get(0).bytes(), StandardCharsets.UTF_8)).contains("harbour");
    assertThat(rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(ReasonCode.TRUNCATED);
              assertThat(r.provenance().source()).endsWith("cut.html.gz");
            });
  }

  @Test
  void readsWarcResponsesWithTheirStatedUrlAndDate() throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    writeWarc(warc, 3);
    read(warc);
    assertThat(pages).hasSize(3);
    assertThat(pages.get(0).metadata().url()).isEqualTo("https://example.org/news/0");
    assertThat(pages.get(0).metadata().fetched()).isEqualTo("2025-06-02T10:00:00Z");
    assertThat(pages.get(0).charset()).isEqualTo("utf-8");
    assertThat(pages).extracting(p -> p.provenance().record()).doesNotContainNull();
    assertThat(rejected).isEmpty();
  }

  @Test
  void rejectsAWarcCutMidRecordAfterKeepingTheCompleteRecords() throws IOException {
    Path whole = dir.resolve("whole.warc");
    writeWarc(whole, 3);
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length - 200));
    read(cut);
    assertThat(pages).hasSize(2);
    assertThat(rejected)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo(ReasonCode.TRUNCATED));
  }

  @Test
  void readsFeedEntriesWithTheirStatedMetadata() throws IOException {
    Files.writeString(
        dir.resolve("wire.rss"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example</link>
        <description>d</description>
        <item><title>Ferry service resumes</title><link>https://wire.example/1</link>
        <pubDate>Mon, 03 Nov 2025 09:30:00 +0800</pubDate><author>desk@wire.example (Ana Ruiz)</author>
        <description>&lt;p&gt;The ferry sailed again on Monday.&lt;/p&gt;</description></item>
        <item><title>Nothing here</title><link>https://wire.example/2</link></item>
        </channel></rss>
        """);
    read(dir.resolve("wire.rss"));
    assertThat(pages)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.id()).isEqualTo("wire-1");
              assertThat(p.metadata().title()).isEqualTo("Ferry service resumes");
              assertThat(p.metadata().outlet()).isEqualTo("Example Wire");
              assertThat(p.metadata().published()).startsWith("2025-11-03");
              assertThat(new String(p.bytes(), StandardCharsets.UTF_8)).contains("<p>The ferry");
            });
    assertThat(rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(ReasonCode.EMPTY);
              assertThat(r.provenance().record()).isEqualTo("wire-2");
            });
  }

  @Test
  void readsAtomEntries() throws IOException {
    Files.writeString(
        dir.resolve("desk.atom"),
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:x</id>
        <updated>2025-01-01T00:00:00Z</updated>
        <entry><title>Bridge opens</title><id>urn:e1</id><link href="https://desk.example/e1"/>
        <published>2025-01-01T08:00:00Z</published><updated>2025-01-01T08:00:00Z</updated>
        <author><name>Lee Park</name></author>
        <content type="html">&lt;p&gt;The bridge opened to traffic.&lt;/p&gt;</content></entry>
        </feed>
        """);
    read(dir.resolve("desk.atom"));
    assertThat(pages)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.metadata().authors()).containsExactly("Lee Park");
              assertThat(p.metadata().url()).isEqualTo("https://desk.example/e1");
            });
  }

  @Test
  void readsJsonLinesAndRejectsOnlyTheBadLine() throws IOException {
    Files.writeString(
        dir.resolve("batch.jsonl"),
        String.join(
            "\n",
            "{\"url\":\"https://a.example/1\",\"title\":\"T1\",\"text\":\"Body one.\","
                + "\"published\":\"2024-05-01\",\"outlet\":\"A\",\"authors\":[\"X Y\"]}",
            "{not json",
            "",
            "{\"id\":\"given\",\"html\":\"<p>Body two.</p>\",\"authors\":\"Solo Writer\"}",
            "[1,2]"));
    read(dir.resolve("batch.jsonl"));
    assertThat(pages).extracting(RawPage::id).containsExactly("batch-1", "given");
    assertThat(pages.get(0).kind()).isEqualTo(ContentKind.TEXT);
    assertThat(pages.get(0).metadata().published()).isEqualTo("2024-05-01");
    assertThat(pages.get(1).kind()).isEqualTo(ContentKind.HTML);
    assertThat(pages.get(1).metadata().authors()).containsExactly("Solo Writer");
    assertThat(rejected)
        .extracting(Rejection::reason)
        .containsExactly(ReasonCode.MALFORMED, ReasonCode.MALFORMED);
    assertThat(rejected)
        .extracting(r -> r.provenance().record())
        .containsExactly("line 2", "line 5");
  }

  @Test
  void rejectsUnknownTypesMissingPathsAndOversizedPages() throws IOException {
    Files.writeString(dir.resolve("notes.docx"), "x");
    Files.writeString(dir.resolve("big.txt"), "word ".repeat(100));
    read(
        new IngestSettings(100),
        dir.resolve("notes.docx"),
        dir.resolve("missing"),
        dir.resolve("big.txt"));
    assertThat(pages).isEmpty();
    assertThat(rejected)
        .extracting(Rejection::reason)
        .containsExactly(ReasonCode.UNSUPPORTED, ReasonCode.UNREADABLE, ReasonCode.TOO_LARGE);
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static void writeWarc(Path file, int records) throws IOException {
    WarcCompression compression =
        file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
    try (WarcWriter writer =
        new WarcWriter(
            java.nio.channels.FileChannel.open(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE),
            compression)) {
      for (int i = 0; i < records; i++) {
        byte[] html =
            ("<html><body><p>Story number "
                    + i
                    + " about the harbour.</p>"
                    + "<p>"
                    + "More text. ".repeat(30)
                    + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse http =
            new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html)
                .build();
        writer.write(
            new WarcResponse.Builder(URI.create("https://example.org/news/" + i))
                .date(Instant.parse("2025-06-02T10:00:00Z"))
                .body(http)
                .build());
      }
    }
  }
}
