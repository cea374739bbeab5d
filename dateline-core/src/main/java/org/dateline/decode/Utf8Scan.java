package org.dateline.decode;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/** Byte-level checks that tell broken UTF-8 from a legacy 8-bit encoding. */
final class Utf8Scan {
  private Utf8Scan() {}

  /** Whether the bytes hold at least one well-formed UTF-8 multi-byte sequence. */
  static boolean hasMultiByteSequence(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      int lead = b[i] & 0xFF;
      int length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
      if (lead >= 0xF5) {
        length = 0;
      }
      if (length > 0 && i + length <= b.length && continuations(b, i + 1, length - 1)) {
        return true;
      }
    }
    return false;
  }

  /** The offset of the first byte the charset cannot decode, or -1. */
  static long firstInvalid(byte[] bytes, Charset charset, int skip) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return -1;
      }
      out.clear();
    }
  }

  private static boolean continuations(byte[] b, int from, int count) {
    for (int i = from; i < from + count; i++) {
      if ((b[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }
}
