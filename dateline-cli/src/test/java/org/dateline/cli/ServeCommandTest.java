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

/**
 * {@code serve} refuses bad usage (a port that is taken, too few threads) before opening anything.
 */
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

  @Test
  void tooFewThreadsIsBadUsageWithAClearMessage() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setErr(new PrintWriter(err));
    Main.configure(cli);
    int exit = cli.execute("serve", "--db", dir.resolve("none.db").toString(), "--threads", "2");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--threads must be at least 8");
    assertThat(dir.resolve("none.db")).doesNotExist();
  }
}
