package org.dateline.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.zip.ZipException;
import org.dateline.model.Provenance;
import org.dateline.model.ReasonCode;
import org.dateline.model.Rejection;

/** Translates read failures into rejections, in one place, so every reader words them alike. */
final class Failures {
  static final String STAGE = "ingest";

  private Failures() {}

  static IngestItem.Failed of(ReasonCode reason, String message, Provenance provenance) {
    return new IngestItem.Failed(new Rejection(STAGE, reason, message, provenance));
  }

  /** The rejection for an exception thrown while reading {@code provenance}. */
  static IngestItem.Failed of(Exception e, Provenance provenance) {
    return of(reasonFor(e), describe(e), provenance);
  }

  static ReasonCode reasonFor(Exception e) {
    if (e instanceof PageTooLargeException) {
      return ReasonCode.TOO_LARGE;
    }
    if (e instanceof EOFException || mentionsTruncation(e)) {
      return ReasonCode.TRUNCATED;
    }
    if (e instanceof ZipException) {
      return ReasonCode.MALFORMED;
    }
    if (e instanceof AccessDeniedException || e instanceof NoSuchFileException) {
      return ReasonCode.UNREADABLE;
    }
    return e instanceof IOException ? ReasonCode.UNREADABLE : ReasonCode.MALFORMED;
  }

  private static boolean mentionsTruncation(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EOFException) {
        return true;
      }
      String m = t.getMessage();
      if (m != null) {
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("unexpected end")
            || lower.contains("premature end")
            || lower.contains("truncated")
            || lower.contains("eof")) {
          return true;
        }
      }
    }
    return false;
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? kind : kind + ": " + message;
  }
}
