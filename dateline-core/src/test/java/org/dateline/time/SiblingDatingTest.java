package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.model.Published;
import org.dateline.model.Published.Basis;
import org.junit.jupiter.api.Test;

class SiblingDatingTest {
  private static Published text(String v) {
    return new Published(v, Basis.TEXT);
  }

  @Test
  void undatedPagesTakeWhatEveryDatedSiblingAgreesOn() {
    assertThat(
            SiblingDating.shared(
                List.of(text("2025-11-03"), Published.unknown(), text("2025-11-03"))))
        .isEqualTo(new Published("2025-11-03", Basis.EVENT));
    assertThat(SiblingDating.shared(List.of(text("2025-11-03"), text("2025-11-04"))))
        .isEqualTo(new Published("2025-11", Basis.EVENT));
    assertThat(SiblingDating.shared(List.of(text("2025-11-03"), text("2025"))))
        .isEqualTo(new Published("2025", Basis.EVENT));
    assertThat(
            SiblingDating.shared(
                List.of(new Published("2025-11-03T10:00Z", Basis.METADATA), text("2025-11-03"))))
        .isEqualTo(new Published("2025-11-03", Basis.EVENT));
  }

  @Test
  void disagreementOnTheYearOrNoEvidenceLendsNothing() {
    assertThat(SiblingDating.shared(List.of(text("2025-11-03"), text("2024-11-03"))).value())
        .isNull();
    assertThat(SiblingDating.shared(List.of(Published.unknown())).value()).isNull();
    assertThat(SiblingDating.shared(List.of(new Published("2025-11-03", Basis.EVENT))).value())
        .as("a date lent by the event is not evidence for it")
        .isNull();
  }

  @Test
  void theSpanUsesTheFinestPrecisionAnyPageHas() {
    assertThat(SiblingDating.span(List.of(text("2025-11"), text("2025-11-04"), text("2025-11-03"))))
        .isEqualTo(new SiblingDating.Span("2025-11-03", "2025-11-04"));
    assertThat(SiblingDating.span(List.of(text("2025-11-03"), text("2025-11-03"))))
        .isEqualTo(new SiblingDating.Span("2025-11-03", null));
    assertThat(SiblingDating.span(List.of(Published.unknown())))
        .isEqualTo(new SiblingDating.Span(null, null));
  }
}
