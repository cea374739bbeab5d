package org.dateline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dateline.model.Extraction;
import org.dateline.model.Removal;

/** The cleaner never throws and never invents a word, whatever the input. */
class TextDumpCleanerPropertiesTest {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private final TextDumpCleaner cleaner = new TextDumpCleaner();

  @Provide
  Arbitrary<String> dumps() {
    Arbitrary<String> line =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(200),
            Arbitraries.strings().withChars("abc XYZ.,“”’:—-\t").ofMaxLength(120),
            Arbitraries.of(
                "Sign up now",
                "PHOTO: REUTERS",
                "The talks ended on Monday.",
                "",
                "\u0000\u0007",
                ", and then more.",
                "lower case start",
                "By Ana Ruiz"));
    return line.list().ofMaxSize(40).map(lines -> String.join("\n", lines));
  }

  @Property(tries = 300)
  void neverThrowsAndNeverOutputsAWordNotInTheInput(@ForAll("dumps") String dump) {
    Extraction e = cleaner.clean(dump);
    Set<String> input = words(dump);
    StringBuilder out = new StringBuilder(e.text());
    e.captions().forEach(c -> out.append('\n').append(c));
    e.boilerplate().stream().map(Removal::text).forEach(t -> out.append('\n').append(t));
    if (e.title() != null) {
      out.append('\n').append(e.title());
    }
    assertThat(input).containsAll(words(out.toString()));
  }

  private static Set<String> words(String s) {
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
