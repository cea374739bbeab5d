package org.dateline.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.dateline.model.DecodedPage;
import org.dateline.model.RawPage;
import org.dateline.model.ReasonCode;
import org.dateline.model.Rejection;
import org.dateline.model.StageResult;

/**
 * Decodes a page's bytes to text, or rejects it: {@code EMPTY} for no content, {@code NOT_TEXT} for
 * binary data, {@code BAD_ENCODING} for bytes invalid in their charset.
 *
 * <p>The charset is, in order: a byte-order mark; the charset the container or the document
 * declares; otherwise UTF-8. Undeclared bytes that are not UTF-8 are read as windows-1252 only when
 * they hold no UTF-8 multi-byte sequence at all (a legacy 8-bit page); a mix of valid and invalid
 * UTF-8 is broken text and is rejected, with the offset of the first bad byte.
 */
public final class PageDecoder {
  static final String STAGE = "decode";
  private static final Charset LEGACY = Charset.forName("windows-1252");

  public StageResult<DecodedPage> decode(RawPage page) {
    byte[] bytes = page.bytes();
    if (isBlank(bytes)) {
      return reject(page, ReasonCode.EMPTY, "the page is empty (" + bytes.length + " bytes)");
    }
    Optional<CharsetSniffer.Bom> bom = CharsetSniffer.bom(bytes);
    if (bom.isEmpty()) {
      Optional<String> binary = BinarySniffer.binaryKind(bytes);
      if (binary.isPresent()) {
        return reject(page, ReasonCode.NOT_TEXT, "not text: " + binary.get());
      }
    }
    int skip = bom.map(CharsetSniffer.Bom::length).orElse(0);
    Charset charset =
        bom.map(CharsetSniffer.Bom::charset)
            .or(() -> CharsetSniffer.declared(page.charset(), bytes, page.kind()))
            .orElse(StandardCharsets.UTF_8);
    String text;
    try {
      text = strict(charset, bytes, skip);
    } catch (CharacterCodingException e) {
      if (!charset.equals(StandardCharsets.UTF_8) || Utf8Scan.hasMultiByteSequence(bytes)) {
        return reject(
            page,
            ReasonCode.BAD_ENCODING,
            "invalid "
                + charset.name()
                + " at byte "
                + Utf8Scan.firstInvalid(bytes, charset, skip)
                + describe(e));
      }
      text = new String(bytes, skip, bytes.length - skip, LEGACY);
    }
    if (text.isBlank()) {
      return reject(page, ReasonCode.EMPTY, "the page holds only white space");
    }
    return StageResult.ok(
        new DecodedPage(page.id(), page.provenance(), page.kind(), text, page.metadata()));
  }

  private static String strict(Charset charset, byte[] bytes, int skip)
      throws CharacterCodingException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
    return chars.toString();
  }

  private static String describe(CharacterCodingException e) {
    return e instanceof MalformedInputException m
        ? " (a malformed sequence of " + m.getInputLength() + " bytes)"
        : "";
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  private static StageResult<DecodedPage> reject(RawPage page, ReasonCode reason, String message) {
    return StageResult.rejected(new Rejection(STAGE, reason, message, page.provenance()));
  }
}
