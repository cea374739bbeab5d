package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatedDatesTest {
  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "2025-11-03, 2025-11-03",
        "2025-11-03T23:30:00+08:00, 2025-11-03",
        "2025-11, 2025-11",
        "2025, 2025",
        "'Mon, 03 Nov 2025 09:30:00 +0800', 2025-11-03",
        "2025-02-30, null",
        "2025-13-01, null",
        "yesterday, null",
        "0099, null"
      })
  void normalisesToReducedPrecision(String in, String expected) {
    assertThat(StatedDates.normalize(in)).isEqualTo(expected);
  }
}
