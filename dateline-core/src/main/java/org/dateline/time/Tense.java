package org.dateline.time;

/**
 * Which way a sentence looks from its reference date: it decides which Monday "on Monday" means.
 */
enum Tense {
  /** A report of what happened: the most recent occurrence. */
  PAST,
  /** A plan or forecast: the coming occurrence. */
  FUTURE,
  /** No cue either way: the nearest occurrence. */
  UNKNOWN
}
