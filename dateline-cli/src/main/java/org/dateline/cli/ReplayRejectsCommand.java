package org.dateline.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dateline.model.Article;
import org.dateline.model.RawPage;
import org.dateline.model.StageResult;
import org.dateline.pipeline.Pipeline;
import org.dateline.store.DocumentStore;
import org.dateline.store.PageOutcome;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline replay-rejects [--db FILE] [--stage STAGE]}: runs stored rejected pages through
 * the pipeline again, after a fix, and turns those that now pass into articles, then rebuilds the
 * copies, events and storylines so that they count them. Pages that could not be read at all (a
 * truncated archive) have nothing to replay and are left as they are.
 */
@Command(
    name = "replay-rejects",
    mixinStandardHelpOptions = true,
    description = "Re-run stored rejected pages through the pipeline, after a fix.")
final class ReplayRejectsCommand implements Callable<Integer> {
  @Mixin DatabaseOption database = new DatabaseOption();

  @Option(
      names = "--stage",
      paramLabel = "STAGE",
      description = "Only pages rejected by this stage (decode, clean, ...).")
  @Nullable String stage;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Pipeline pipeline = Analysis.pipeline();
    int recovered = 0;
    Map<String, Integer> still = new TreeMap<>();
    try (DocumentStore store = database.database().store()) {
      List<String> keys = store.replayable(stage);
      for (String key : keys) {
        PageOutcome.Rejected stored = store.rejection(key).orElseThrow();
        RawPage page = stored.page();
        if (page == null) {
          continue;
        }
        StageResult<Article> result = pipeline.process(page);
        if (result instanceof StageResult.Ok<Article> ok) {
          store.recover(key, ok.value());
          recovered++;
        } else {
          String reason = ((StageResult.Rejected<Article>) result).rejection().reason().name();
          still.merge(reason, 1, Integer::sum);
        }
      }
      if (recovered > 0) {
        // The recovered articles belong in the copies, events and storylines too.
        RunExport.stories(store);
      }
      spec.commandLine()
          .getOut()
          .printf(
              "dateline: replayed %d rejected pages: %d now articles, %d still rejected %s%n",
              keys.size(), recovered, keys.size() - recovered, still);
    }
    return still.isEmpty() ? CommandLine.ExitCode.OK : CommandLine.ExitCode.USAGE;
  }
}
