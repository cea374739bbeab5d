package org.dateline.model;

/** Why a page was rejected. The names are part of the report contract: add codes, rename none. */
public enum ReasonCode {
  /** The bytes are not text: a binary file (image, archive, executable). */
  NOT_TEXT,
  /** The bytes are text but not valid in the declared or detected encoding. */
  BAD_ENCODING,
  /** A compressed stream or container record ends before it should. */
  TRUNCATED,
  /** Nothing is left to read: an empty file, or a page with no body text. */
  EMPTY,
  /** The page exceeds the size limit. */
  TOO_LARGE,
  /** The structure cannot be parsed: broken markup beyond repair, invalid JSON, a bad feed. */
  MALFORMED,
  /** The file could not be read at all (permissions, I/O error). */
  UNREADABLE,
  /** A file type the engine does not read. */
  UNSUPPORTED,
  /** A stage failed on this page: a bug in the engine, reported so the page is not lost. */
  INTERNAL
}
