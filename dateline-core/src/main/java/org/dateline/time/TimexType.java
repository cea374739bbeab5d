package org.dateline.time;

/** The four TIMEX3 types. */
public enum TimexType {
  /** A calendar date or vaguer point: {@code 2013-03-22}, {@code 2013-W12}, {@code PAST_REF}. */
  DATE,
  /** A time of day, possibly with its date: {@code 2013-03-22T14:00}, {@code 2013-03-22TMO}. */
  TIME,
  /** A length of time: {@code P3D}, {@code PT2H}, {@code PXY}. */
  DURATION,
  /** A recurring time: {@code P1D}, {@code XXXX-WXX-1}. */
  SET
}
