package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve} refuses a port that is taken with a usage error, before opening anything. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void aTakenPortIsBadUsageWithAClearMessage() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      StringWriter err = new StringWriter();
      CommandLine cli = new CommandLine(new Main());
      cli.setErr(new PrintWriter(err));
      Main.configure(cli);
      int exit =
          cli.execute(
              "serve",
              "--db",
              dir.resolve("none.db").toString(),
              "--port",
              String.valueOf(taken.getLocalPort()));
      assertThat(exit).isEqualTo(2);
      assertThat(err.toString()).contains("already in use").contains("--port");
    }
  }
}
