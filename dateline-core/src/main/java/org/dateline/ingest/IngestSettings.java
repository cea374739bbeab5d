package org.dateline.ingest;

/**
 * Limits applied while reading.
 *
 * @param maxPageBytes the largest page accepted, in bytes, after decompression; larger pages are
 *     rejected as {@code TOO_LARGE}
 */
public record IngestSettings(long maxPageBytes) {

  /** 50 MiB per page. */
  public static final long DEFAULT_MAX_PAGE_BYTES = 50L * 1024 * 1024;

  public IngestSettings {
    if (maxPageBytes < 1) {
      throw new IllegalArgumentException("maxPageBytes must be at least 1, was " + maxPageBytes);
    }
  }

  /** The defaults: 50 MiB pages. */
  public static IngestSettings defaults() {
    return new IngestSettings(DEFAULT_MAX_PAGE_BYTES);
  }
}
