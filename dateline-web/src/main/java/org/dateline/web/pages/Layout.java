package org.dateline.web.pages;

/** The frame every page shares: head, navigation with a search box, and the bundled style. */
final class Layout {
  private Layout() {}

  static String page(String title, String query, String body) {
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>"
        + Html.esc(title)
        + " · Dateline</title>"
        + "<link rel=\"stylesheet\" href=\"/assets/dateline.css\"></head><body>"
        + "<header><a class=\"brand\" href=\"/\">Dateline</a>"
        + "<form action=\"/search\" method=\"get\" role=\"search\">"
        + "<input type=\"search\" name=\"q\" id=\"q\" placeholder=\"Search articles\" value=\""
        + Html.esc(query)
        + "\" maxlength=\"500\"><button type=\"submit\">Search</button></form>"
        + "<nav><a href=\"/\">Recent</a> <a href=\"/rejected\">Rejected</a></nav></header>"
        + "<main>"
        + body
        + "</main>"
        + "<footer>Every item links to its source page.</footer></body></html>";
  }
}
