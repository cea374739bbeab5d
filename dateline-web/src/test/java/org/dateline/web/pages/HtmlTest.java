package org.dateline.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesMarkupAndQuotesAndBlanksControlCharacters() {
    assertThat(Html.esc("<a href=\"x\" onclick='y'>A & B</a>\u0007"))
        .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;A &amp; B&lt;/a&gt; ");
    assertThat(Html.esc("plain text,\nkept\tas it is")).isEqualTo("plain text,\nkept\tas it is");
    assertThat(Html.esc(null)).isEmpty();
  }

  @Property(tries = 500)
  void outputIsInertAndReadsBackAsTheInput(
      @ForAll @Chars({'<', '>', '&', '"', '\'', '\n', 'a', ' '}) @CharRange(from = 0, to = 0x7f)
          String s) {
    String out = Html.esc(s);
    assertThat(out).doesNotContain("<", ">", "\"", "'");
    assertThat(out.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r')).isEmpty();
    String back =
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
    assertThat(back).isEqualTo(s.replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]", " "));
  }
}
