package org.dateline.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.dateline.model.ContentKind;
import org.dateline.model.DecodedPage;
import org.dateline.model.PageMetadata;
import org.dateline.model.Provenance;
import org.dateline.model.RawPage;
import org.dateline.model.ReasonCode;
import org.dateline.model.StageResult;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
  private final PageDecoder decoder = new PageDecoder();

  private StageResult<DecodedPage> decode(byte[] bytes, ContentKind kind, String charset) {
    return decoder.decode(
        new RawPage("p", Provenance.of("p.txt"), kind, bytes, charset, PageMetadata.empty()));
  }

  private static ReasonCode reason(StageResult<DecodedPage> r) {
    assertThat(r).isInstanceOf(StageResult.Rejected.class);
    return ((StageResult.Rejected<DecodedPage>) r).rejection().reason();
  }

  private static String text(StageResult<DecodedPage> r) {
    assertThat(r).isInstanceOf(StageResult.Ok.class);
    return ((StageResult.Ok<DecodedPage>) r).value().text();
  }

  @Test
  void rejectsEmptyAndWhiteSpacePages() {
    assertThat(reason(decode(new byte[0], ContentKind.TEXT, ""))).isEqualTo(ReasonCode.EMPTY);
    assertThat(reason(decode(" \n\t ".getBytes(), ContentKind.TEXT, "")))
        .isEqualTo(ReasonCode.EMPTY);
  }

  @Test
  void rejectsBinaryFilesByMagicNumberAndByNulBytes() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    assertThat(reason(decode(png, ContentKind.HTML, ""))).isEqualTo(ReasonCode.NOT_TEXT);
    byte[] blob = "abc\0def".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(reason(decode(blob, ContentKind.TEXT, ""))).isEqualTo(ReasonCode.NOT_TEXT);
  }

  @Test
  void rejectsBrokenUtf8ThatMixesValidAndInvalidSequences() {
    byte[] good = "Café opens – today".getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[good.length + 2];
    System.arraycopy(good, 0, broken, 0, good.length);
    broken[good.length] = (byte) 0xC3;
    broken[good.length + 1] = (byte) 0x28;
    StageResult<DecodedPage> result = decode(broken, ContentKind.TEXT, "");
    assertThat(reason(result)).isEqualTo(ReasonCode.BAD_ENCODING);
    assertThat(((StageResult.Rejected<DecodedPage>) result).rejection().message())
        .contains("byte " + good.length);
  }

  @Test
  void readsUndeclaredLegacyEightBitTextAsWindows1252() {
    byte[] latin = "Señor Müller said “yes”.".getBytes(Charset.forName("windows-1252"));
    assertThat(text(decode(latin, ContentKind.TEXT, ""))).isEqualTo("Señor Müller said “yes”.");
  }

  @Test
  void honoursDeclaredCharsetsAndByteOrderMarks() {
    byte[] html = "<meta charset=\"iso-8859-1\"><p>Größe</p>".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(text(decode(html, ContentKind.HTML, ""))).contains("Größe");
    byte[] utf16 = "\uFEFFHello wire".getBytes(StandardCharsets.UTF_16BE);
    assertThat(text(decode(utf16, ContentKind.TEXT, ""))).isEqualTo("Hello wire");
    byte[] koi = "Привет".getBytes(Charset.forName("KOI8-R"));
    assertThat(text(decode(koi, ContentKind.TEXT, "KOI8-R"))).isEqualTo("Привет");
  }
}
