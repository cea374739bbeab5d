package org.dateline.ingest;

import java.io.IOException;

/** A page is larger than the configured limit; it becomes a {@code TOO_LARGE} rejection. */
final class PageTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  PageTooLargeException(long max) {
    super("page is larger than the limit of " + max + " bytes");
  }
}
