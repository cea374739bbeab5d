package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command: exit 0 on success, 1 on an internal error, 2 on bad input. */
@Command(
    name = "dateline",
    mixinStandardHelpOptions = true,
    version = "dateline 0.1.0",
    description = "News intelligence engine: clean, dated, sourced records from crawled pages.",
    subcommands = {
      AnalyzeCommand.class,
      ExtractCommand.class,
      ServeCommand.class,
      DatesCommand.class,
      ReplayRejectsCommand.class,
      DemoCommand.class
    })
public final class Main {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code, for tests. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("dateline: internal error: " + e);
          return CommandLine.ExitCode.SOFTWARE;
        });
    return cli.execute(args);
  }
}
