package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The web UI in a real browser (Debian's chromium and chromium-driver): every page type on the demo
 * corpus plus a hostile page, links followed, search used, screenshots kept in {@code
 * target/screenshots} for review.
 */
class WebBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  private static Process server;
  private static ChromeDriver browser;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "needs Debian's chromium and chromium-driver (.ci/run installs them)");
    Path corpus = DemoCorpus.copyTo(dir);
    Files.writeString(corpus.resolve("hostile.html"), Hostile.PAGE);
    Path db = dir.resolve("ui.db");
    assertThat(
            Main.run(
                "analyze",
                corpus.toString(),
                "--db",
                db.toString(),
                "--report",
                dir.resolve("report.json").toString(),
                "--no-progress"))
        .isIn(0, 2);
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    base = "http://127.0.0.1:" + port;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    server =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName(),
                    "serve",
                    "--db",
                    db.toString(),
                    "--port",
                    String.valueOf(port)))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("serve.log").toFile())
            .start();
    waitForServer();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + dir.resolve("profile"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SHOTS);
  }

  private static void waitForServer() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (Files.readString(dir.resolve("serve.log")).contains("serving")) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("server did not start: " + Files.readString(dir.resolve("serve.log")));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.destroy();
    }
  }

  private static void shot(String name) throws IOException {
    File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void opensRecentArticlesAndFollowsALinkToADocument() throws IOException {
    browser.get(base + "/");
    shot("home");
    List<WebElement> links = browser.findElements(By.cssSelector("ol.results a.doc"));
    assertThat(links).hasSize(20); // a page of the list; the rest is behind "Older"
    browser.findElement(By.cssSelector("a.next")).click();
    shot("home-older");
    assertThat(browser.findElements(By.cssSelector("ol.results a.doc"))).isNotEmpty();
    browser.navigate().back();
    links = browser.findElements(By.cssSelector("ol.results a.doc"));
    String title = links.get(0).getText();
    links.get(0).click();
    shot("document");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    assertThat(browser.findElements(By.cssSelector(".body p"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector("p.source")).getText()).contains("demo/");
  }

  @Test
  void followsAStorylineToItsTimelineAndAnEventToItsSourcesSideBySide() throws IOException {
    browser.get(base + "/");
    List<WebElement> storylines = browser.findElements(By.cssSelector("ol.storylines a"));
    assertThat(storylines).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("ol.events a"))).isNotEmpty();
    storylines.get(0).click();
    shot("storyline");
    List<WebElement> marks = browser.findElements(By.cssSelector("svg.timeline circle.mark"));
    List<WebElement> events = browser.findElements(By.cssSelector("ol.events li"));
    assertThat(marks).hasSameSizeAs(events).hasSizeGreaterThanOrEqualTo(2);
    List<String> dates =
        events.stream().map(e -> e.findElement(By.tagName("time")).getText()).toList();
    assertThat(dates).as("oldest first").isSorted();

    WebElement first = browser.findElement(By.cssSelector("ol.events li a"));
    String title = first.getText();
    first.click();
    shot("event");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    List<WebElement> sources = browser.findElements(By.cssSelector(".sources section.source"));
    assertThat(sources).hasSizeGreaterThanOrEqualTo(2);
    assertThat(browser.findElements(By.cssSelector(".sources mark.shared")))
        .as("the demo's outlets reuse wire copy")
        .isNotEmpty();
    assertThat(browser.findElement(By.cssSelector("a.storyline-link")).getAttribute("href"))
        .contains("/storylines/");

    sources.get(0).findElement(By.cssSelector("h3 a")).click();
    assertThat(browser.findElement(By.cssSelector("p.event-link a")).getText()).isEqualTo(title);
  }

  @Test
  void searchesFromTheSearchBoxAndNarrowsByOutlet() throws IOException {
    browser.get(base + "/");
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("minister");
    box.submit();
    shot("search");
    assertThat(browser.getCurrentUrl()).contains("/search?q=minister");
    List<WebElement> hits = browser.findElements(By.cssSelector("ol.results li"));
    assertThat(hits).isNotEmpty();
    List<WebElement> facets = browser.findElements(By.cssSelector("aside.facets a"));
    assertThat(facets).isNotEmpty();
    String outlet = facets.get(0).getText();
    facets.get(0).click();
    shot("search-facet");
    assertThat(browser.findElements(By.cssSelector("ol.results small")))
        .allSatisfy(s -> assertThat(s.getText()).contains(outlet));
  }

  @Test
  void goesFromAQuotedSpeakerToTheEntityPageAndBackToItsEvents() throws IOException {
    browser.get(base + "/");
    List<String> events =
        browser.findElements(By.cssSelector("ol.events a")).stream()
            .map(a -> a.getAttribute("href"))
            .toList();
    WebElement speaker = null;
    for (String event : events) {
      browser.get(event);
      List<WebElement> named = browser.findElements(By.cssSelector("dl.quotes dt a.speaker"));
      if (!named.isEmpty()) {
        speaker = named.get(0);
        break;
      }
    }
    assertThat(speaker).as("an event of the demo quotes a named speaker").isNotNull();
    String name = speaker.getText();
    speaker.click();
    shot("entity");
    assertThat(browser.getCurrentUrl()).contains("/entities/");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
    assertThat(browser.findElements(By.cssSelector("dl.quotes dd q"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("svg.quote-chart rect.bar"))).isNotEmpty();
    List<WebElement> itsEvents = browser.findElements(By.cssSelector("ul.events li a"));
    assertThat(itsEvents).isNotEmpty();
    itsEvents.get(0).click();
    assertThat(browser.getCurrentUrl()).contains("/events/");
  }

  @Test
  void followsASearchAsADigestWithAnAtomFeed() throws Exception {
    browser.get(base + "/search?q=minister");
    browser.findElement(By.cssSelector("a.follow-link")).click();
    shot("follow");
    assertThat(browser.getCurrentUrl()).contains("/follow?q=minister");
    assertThat(browser.findElements(By.cssSelector("ul.events li a"))).isNotEmpty();
    String feed = browser.findElement(By.cssSelector("a.feed")).getAttribute("href");
    java.net.http.HttpResponse<String> atom =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(feed)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(atom.statusCode()).isEqualTo(200);
    assertThat(atom.body()).contains("<feed").contains("<entry>").contains(base + "/events/");
    WebElement since = browser.findElement(By.cssSelector("form.since input[name=since]"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2100-01-01'", since);
    since.submit();
    shot("follow-since");
    assertThat(browser.findElement(By.tagName("h2")).getText())
        .isEqualTo("0 events since 2100-01-01");
  }

  @Test
  void showsRejectedInputsAndErrorPages() throws IOException {
    browser.get(base + "/rejected");
    shot("rejected");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rejected inputs");
    browser.get(base + "/documents/no-such-document");
    shot("not-found");
    assertThat(browser.findElement(By.cssSelector("p.error")).getText()).contains("not found");
  }

  @Test
  void nothingFromAHostilePageRunsOrBecomesMarkup() throws IOException {
    browser.get(base + "/documents/hostile");
    shot("hostile");
    JavascriptExecutor js = browser;
    assertThat(js.executeScript("return window.__pwned === undefined")).isEqualTo(true);
    assertThat(
            browser.findElements(
                By.cssSelector(
                    "main script, main img, main iframe,"
                        + " main [onerror], main [onclick], main [onload], main a[href^='javascript']")))
        .isEmpty();
    assertThat(browser.findElement(By.cssSelector(".body")).getText())
        .contains(Hostile.VISIBLE_TEXT);
    browser.get(
        base
            + "/search?q="
            + java.net.URLEncoder.encode(Hostile.QUERY, java.nio.charset.StandardCharsets.UTF_8));
    shot("hostile-search");
    assertThat(js.executeScript("return window.__pwned === undefined")).isEqualTo(true);
    assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo(Hostile.QUERY);
  }
}
