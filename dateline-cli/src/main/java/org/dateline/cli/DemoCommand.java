package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.cli.report.ReportWriter;
import org.dateline.model.Article;
import org.dateline.model.Rejection;
import org.dateline.pipeline.ResultSink;
import org.dateline.store.DocumentStore;
import org.dateline.web.WebServer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline demo}: analyses the bundled sample corpus (fictional pages written for the
 * project, in every supported format) and prints a readable summary and the report's path.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Analyse the bundled sample corpus, print a summary, and serve the web UI on it.")
final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Where to write the report (default: a file in a new temporary folder).")
  @Nullable Path report;

  @Option(
      names = "--no-serve",
      description = "Print the summary and exit, instead of serving the web UI on the result.")
  boolean noServe;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port for the web UI (default 7070).")
  int port = 7070;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!noServe) {
      Serving.requireFreePort("127.0.0.1", port); // fail before the analysis, not after it
    }
    Path work = Files.createTempDirectory("dateline-demo");
    Path corpus = DemoCorpus.copyTo(work);
    Path out = report != null ? report : work.resolve("report.json");
    PrintWriter stdout = spec.commandLine().getOut();
    Summary summary = new Summary(stdout);
    ReportWriter writer;
    Database db = Database.file(work.resolve("demo.db"));
    try (DocumentStore store = db.store()) {
      Run.Stored run =
          new Run(
                  Analysis.pipeline(),
                  List.of(corpus),
                  Runtime.getRuntime().availableProcessors(),
                  false,
                  spec.commandLine().getErr())
              .intoStore(store);
      Analysis.release();
      RunExport.stories(store);
      writer = new ReportWriter(out, store, run.run());
      try (writer) {
        RunExport.export(store, run.run(), writer, summary);
      }
      summary.stories(store, run.run());
    }
    stdout.printf(
        "%n%d documents from the sample corpus in %s%nReport: %s%n",
        writer.documents(), corpus, out);
    int exit = Rejections.report(writer.rejections(), spec.commandLine().getErr());
    if (!noServe) {
      Serving.serve(db, "127.0.0.1", port, WebServer.defaultThreads(), stdout);
    }
    return exit;
  }

  /** Prints one line per document as it is analysed. */
  private static final class Summary implements ResultSink {
    private final PrintWriter out;

    Summary(PrintWriter out) {
      this.out = out;
      out.printf(
          "%-28s %-26s %-11s %5s %4s  %s%n",
          "DOCUMENT", "OUTLET", "PUBLISHED", "WORDS", "CUT", "TITLE");
    }

    @Override
    public void article(Article a) {
      out.printf(
          "%-28s %-26s %-11s %5d %4d  %s%n",
          clip(a.id(), 28),
          clip(a.outlet() == null ? "?" : a.outlet(), 26),
          a.published().value() == null ? "?" : a.published().value(),
          a.text().split("\\s+").length,
          a.boilerplate().size(),
          clip(a.title() == null ? "(no title)" : a.title(), 60));
    }

    @Override
    public void rejected(Rejection r) {
      out.printf(
          "%-28s REJECTED %s: %s%n", clip(r.provenance().toString(), 28), r.reason(), r.message());
    }

    /** Prints the events, storylines and copies found across the run's documents. */
    void stories(DocumentStore store, long run) throws IOException {
      out.printf("%nEVENTS%n");
      store.forEachEventOfRun(
          run,
          e ->
              out.printf(
                  "%-5s %-23s %-5s %3d docs  %s%n",
                  e.id(),
                  e.start() == null
                      ? "?"
                      : e.end() == null ? e.start() : e.start() + ".." + e.end(),
                  e.storyline() == null ? "-" : e.storyline(),
                  e.event().documents().size(),
                  clip(e.event().title(), 70)));
      store.forEachStorylineOfRun(
          run,
          s ->
              out.printf(
                  "%nSTORYLINE %s: %s%n  %s%n",
                  s.id(), clip(s.title(), 70), String.join(" -> ", s.events())));
      out.printf("%nWIRE COPIES%n");
      store.forEachCopyOfRun(
          run,
          p ->
              out.printf(
                  "%s ~ %s: %s, %d shared sentences%n",
                  p.a(),
                  p.b(),
                  p.kind().name().toLowerCase(java.util.Locale.ROOT),
                  p.sharedSentences()));
    }

    private static String clip(String s, int max) {
      return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
  }
}
