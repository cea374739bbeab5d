package org.dateline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.cli.report.ExtractWriter;
import org.dateline.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline extract PATH... --jsonl FILE}: extraction only, one JSON line per page. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extract clean articles only, one JSON object per line.")
final class ExtractCommand implements Callable<Integer> {
  @Mixin InputOptions input = new InputOptions();

  @Option(
      names = "--jsonl",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the JSON Lines.")
  Path jsonl;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ExtractWriter writer = new ExtractWriter(jsonl);
    try (writer) {
      new Run(
              Pipeline.defaults(),
              input.paths,
              input.threads,
              input.progress,
              spec.commandLine().getErr())
          .into(writer);
    }
    return Rejections.report(writer.rejections(), spec.commandLine().getErr());
  }
}
