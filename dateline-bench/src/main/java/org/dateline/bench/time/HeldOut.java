package org.dateline.bench.time;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The fixed held-out split: about 30% of documents, chosen by a hash of the file name, never used
 * for tuning.
 */
public final class HeldOut {
  private HeldOut() {}

  public static boolean contains(String fileName) {
    CRC32 crc = new CRC32();
    crc.update(fileName.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 10 < 3;
  }
}
