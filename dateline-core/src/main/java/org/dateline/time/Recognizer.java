package org.dateline.time;

/**
 * One family of time expressions (absolute dates, durations, sets ...): finds them and offers them
 * to a scan.
 */
interface Recognizer {

  /** Offers every expression of this family in the scan's text. */
  void scan(Scan scan);
}
