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
    configure(cli);
    return cli.execute(args);
  }

  /** Maps failures to exit codes: a taken port is bad usage (2), anything else our bug (1). */
  static void configure(CommandLine cli) {
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof Serving.PortInUseException) {
            commandLine.getErr().println("dateline: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
          }
          commandLine.getErr().println("dateline: internal error: " + e);
          return CommandLine.ExitCode.SOFTWARE;
        });
  }
}
