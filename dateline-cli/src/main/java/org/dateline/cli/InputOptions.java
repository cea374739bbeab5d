package org.dateline.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by the commands that read pages. */
final class InputOptions {
  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Files or folders (read recursively): .txt, .html, .htm, .warc, .rss, .atom,"
              + " .xml, .jsonl, each optionally .gz.")
  List<Path> paths = List.of();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @SuppressWarnings("SystemConsoleNull") // Java 17: null exactly when there is no terminal
  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Show a progress bar on long runs (default: when standard error is a terminal).")
  boolean progress = System.console() != null;
}
