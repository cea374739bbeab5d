package org.dateline.cli;

/** A page written to attack the UI: scripts, handlers, javascript: links and broken markup. */
final class Hostile {
  static final String VISIBLE_TEXT = "<script>window.__pwned = 1</script>";
  static final String QUERY = "\"><script>window.__pwned=2</script><img src=x onerror=alert(1)>";

  static final String PAGE =
      "<html><head><title>Harbour &lt;script&gt;window.__pwned=3&lt;/script&gt; row</title>"
          + "<script>window.__pwned = 4</script></head><body onload=\"window.__pwned=5\">"
          + "<article><h1>Harbour row <img src=x onerror=\"window.__pwned=6\"></h1>"
          + "<p>The harbour board met on Monday and printed &lt;script&gt;window.__pwned = 1"
          + "&lt;/script&gt; in its minutes, which members called a clerical error.</p>"
          + "<p>A second paragraph links <a href=\"javascript:window.__pwned=7\">here</a> and"
          + " carries <svg onload=\"window.__pwned=8\"></svg> unbalanced <b><i>markup</b> that"
          + " the board chair, Ana Ruiz, said would be fixed by Friday.</p>"
          + "<p>&lt;img src=x onerror=&quot;window.__pwned=9&quot;&gt; was also quoted in"
          + " the notice posted at the ferry terminal on Tuesday afternoon.</p>"
          + "<iframe src=\"javascript:window.__pwned=10\"></iframe></article></body></html>";

  private Hostile() {}
}
