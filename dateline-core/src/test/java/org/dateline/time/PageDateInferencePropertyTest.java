package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dateline.model.Published;
import org.dateline.time.PageDateInference.Inference;
import org.jspecify.annotations.Nullable;

/**
 * Whatever the text, the inference never throws, and what it claims is a valid reduced-precision
 * date with basis TEXT whose length matches the precision claimed.
 */
class PageDateInferencePropertyTest {
  private static final PageDateInference INFERENCE = new PageDateInference();

  @Property(tries = 200)
  void arbitraryTextGivesAValidClaim(@ForAll String text) {
    check(text);
  }

  @Property(tries = 300)
  void dateLikeTextGivesAValidClaim(@ForAll("dateLike") String text) {
    check(text);
  }

  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> words =
        Arbitraries.of(
            "Posted:",
            "Updated",
            "on",
            "Monday,",
            "Tue",
            "February",
            "Feb.",
            "30",
            "31,",
            "29",
            "3000",
            "0000",
            "1999",
            "2013",
            "12",
            "/",
            "-",
            "(Wire)",
            "\n",
            "\n",
            "9:45",
            "PM",
            "PDT",
            "GMT+01",
            "99999999999999",
            "last",
            "year",
            "yesterday",
            "CITY,",
            "|",
            ".");
    return words.list().ofMaxSize(40).map(l -> String.join(" ", l));
  }

  private static void check(String text) {
    Inference got = INFERENCE.explain(text, null);
    Published p = got.published();
    @Nullable String v = p.value();
    switch (got.precision()) {
      case NONE -> assertThat(p).isEqualTo(Published.unknown());
      case YEAR -> assertThat(v).matches("\\d{4}");
      case MONTH -> assertThat(v).matches("\\d{4}-(0[1-9]|1[0-2])");
      case DAY -> {
        assertThat(v).isNotNull();
        assertThat(LocalDate.parse(v).toString()).isEqualTo(v);
      }
    }
    if (v != null) {
      assertThat(p.basis()).isEqualTo(Published.Basis.TEXT);
    }
  }
}
