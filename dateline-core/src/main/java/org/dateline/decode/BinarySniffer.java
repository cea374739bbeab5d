package org.dateline.decode;

import java.util.Optional;

/** Tells binary files from text by magic numbers and control characters. */
final class BinarySniffer {
  private static final int SAMPLE = 64 * 1024;
  /** Share of control characters above which a sample is not text. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  private record Magic(String kind, int... prefix) {}

  private static final Magic[] MAGIC = {
    new Magic("PNG image", 0x89, 'P', 'N', 'G'),
    new Magic("JPEG image", 0xFF, 0xD8, 0xFF),
    new Magic("GIF image", 'G', 'I', 'F', '8'),
    new Magic("PDF document", '%', 'P', 'D', 'F'),
    new Magic("ZIP archive", 'P', 'K', 3, 4),
    new Magic("gzip data", 0x1F, 0x8B),
    new Magic("ELF executable", 0x7F, 'E', 'L', 'F'),
    new Magic("RIFF media", 'R', 'I', 'F', 'F'),
    new Magic("Java class file", 0xCA, 0xFE, 0xBA, 0xBE),
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

  private static boolean startsWith(byte[] bytes, int[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
