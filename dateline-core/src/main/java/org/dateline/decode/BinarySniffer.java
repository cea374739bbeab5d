package org.dateline.decode;

import java.util.Optional;

/** Tells binary files from text by magic numbers and control characters. */
final class BinarySniffer {
  private static final int SAMPLE = 64 * 1024;

  /** Share of control characters above which a sample is not text. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  /** A signature; {@code prefix} holds one byte per char (ISO-8859-1). */
  private record Magic(String kind, String prefix) {}

  private static final Magic[] MAGIC = {
    new Magic("PNG image", "\u0089PNG"),
    new Magic("JPEG image", "\u00FF\u00D8\u00FF"),
    new Magic("GIF image", "GIF8"),
    new Magic("PDF document", "%PDF"),
    new Magic("ZIP archive", "PK\u0003\u0004"),
    new Magic("gzip data", "\u001F\u008B"),
    new Magic("ELF executable", "\u007FELF"),
    new Magic("RIFF media", "RIFF"),
    new Magic("Java class file", "\u00CA\u00FE\u00BA\u00BE"),
  };

  private BinarySniffer() {}

  /** What binary kind the bytes are, or empty when they look like text. */
  static Optional<String> binaryKind(byte[] bytes) {
    for (Magic magic : MAGIC) {
      if (startsWith(bytes, magic.prefix())) {
        return Optional.of(magic.kind());
      }
    }
    int n = Math.min(bytes.length, SAMPLE);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return Optional.of("binary data (NUL byte at offset " + i + ")");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    if (n > 0 && control > n * MAX_CONTROL_SHARE) {
      return Optional.of("binary data (" + control + " control bytes in the first " + n + ")");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    if (bytes.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if ((bytes[i] & 0xFF) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
