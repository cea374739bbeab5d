package org.dateline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.cli.report.ReportWriter;
import org.dateline.pipeline.PipelineRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline analyze PATH... --report FILE}: the whole pipeline, into a JSON report. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Run the whole pipeline over pages and write the JSON report.")
final class AnalyzeCommand implements Callable<Integer> {
  @Mixin InputOptions input = new InputOptions();

  @Option(
      names = "--report",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the report (dateline.report/1 JSON).")
  Path report;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ReportWriter writer = new ReportWriter(report);
    PipelineRunner.Counts counts;
    try (writer) {
      counts =
          Run.execute(
              input.paths, input.threads, input.progress, writer, spec.commandLine().getErr());
    }
    spec.commandLine()
        .getOut()
        .printf(
            "dateline: %d documents, %d rejected; report in %s%n",
            counts.articles(), counts.rejected(), report);
    return Rejections.report(writer.rejections(), spec.commandLine().getErr());
  }
}
