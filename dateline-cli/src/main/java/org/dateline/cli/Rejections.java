package org.dateline.cli;

import java.io.PrintWriter;
import java.util.List;
import org.dateline.model.Rejection;
import picocli.CommandLine;

/** Prints rejected inputs and picks the exit code: 2 when anything was rejected. */
final class Rejections {
  private static final int SHOWN = 20;

  private Rejections() {}

  static int report(List<Rejection> rejected, PrintWriter err) {
    if (rejected.isEmpty()) {
      return CommandLine.ExitCode.OK;
    }
    err.printf("dateline: %d input(s) rejected:%n", rejected.size());
    rejected.stream()
        .limit(SHOWN)
        .forEach(
            r ->
                err.printf(
                    "  %s: %s (%s stage): %s%n",
                    r.provenance(), r.reason(), r.stage(), r.message()));
    if (rejected.size() > SHOWN) {
      err.printf("  ... and %d more, all listed in the output%n", rejected.size() - SHOWN);
    }
    return CommandLine.ExitCode.USAGE;
  }
}
