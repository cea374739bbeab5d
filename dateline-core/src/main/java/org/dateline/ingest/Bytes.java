package org.dateline.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads streams into memory under a size limit. */
final class Bytes {
  private Bytes() {}

  /**
   * Reads the whole stream.
   *
   * @throws PageTooLargeException when the stream holds more than {@code max} bytes
   */
  static byte[] readAll(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buffer = new byte[65536];
    long total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > max) {
        throw new PageTooLargeException(max);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
