package org.dateline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.cli.report.ReportWriter;
import org.dateline.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline analyze PATH... --report FILE [--db FILE]}: the whole pipeline into the store,
 * then the run's report from the store. Pages stored by an earlier (perhaps killed) run are not
 * processed again, so a rerun resumes where the last one stopped.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Run the whole pipeline over pages, store the results, and write the report.")
final class AnalyzeCommand implements Callable<Integer> {
  @Mixin InputOptions input = new InputOptions();
  @Mixin DatabaseOption database = new DatabaseOption();

  @Option(
      names = "--report",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the report (dateline.report/1 JSON).")
  Path report;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ReportWriter writer;
    Run.Stored run;
    try (DocumentStore store = database.database().store()) {
      run =
          new Run(
                  Analysis.pipeline(),
                  input.paths,
                  input.threads,
                  input.progress,
                  spec.commandLine().getErr())
              .intoStore(store);
      Analysis.release();
      RunExport.stories(store);
      writer = new ReportWriter(report, store, run.run());
      try (writer) {
        RunExport.export(store, run.run(), writer);
      }
    }
    spec.commandLine()
        .getOut()
        .printf(
            "dateline: %d documents, %d rejected (%d pages already stored, not processed again);"
                + " database %s; report in %s%n",
            writer.documents(),
            writer.rejections().size(),
            run.alreadyStored(),
            database.database().describe(),
            report);
    return Rejections.report(writer.rejections(), spec.commandLine().getErr());
  }
}
