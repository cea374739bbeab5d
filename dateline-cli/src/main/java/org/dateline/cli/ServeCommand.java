package org.dateline.cli;

import java.util.concurrent.Callable;
import org.dateline.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dateline serve [--db FILE] [--port 7070]}: the web UI and HTTP API on a database. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the web UI and HTTP API on an analysed database.")
final class ServeCommand implements Callable<Integer> {
  @Mixin DatabaseOption database = new DatabaseOption();

  @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default 7070).")
  int port = 7070;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description = "Address to listen on (default 127.0.0.1: this machine only).")
  String host = "127.0.0.1";

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Request threads (default: four per core, at least "
              + WebServer.MIN_THREADS
              + "). Raise it when the database is a PostgreSQL server on another machine.")
  int threads = WebServer.defaultThreads();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (threads < WebServer.MIN_THREADS) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least " + WebServer.MIN_THREADS);
    }
    Serving.serve(database.database(), host, port, threads, spec.commandLine().getOut());
    return 0;
  }
}
