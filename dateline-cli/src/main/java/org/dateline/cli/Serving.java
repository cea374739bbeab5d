package org.dateline.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;
import org.dateline.store.jdbc.JdbcDocumentQueries;
import org.dateline.store.lucene.LuceneSearchIndex;
import org.dateline.web.WebServer;

/** Opens a database read-only, brings its search index up to date, and serves it until killed. */
final class Serving {
  private Serving() {}

  static void serve(Database db, String host, int port, int threads, PrintWriter out)
      throws IOException {
    requireFreePort(host, port);
    try (JdbcDocumentQueries store = db.queries();
        LuceneSearchIndex index = LuceneSearchIndex.openOrRebuild(db.indexDir(), store)) {
      Javalin app = WebServer.create(store, store.stories(), index, threads).start(host, port);
      out.printf(
          "Dateline is serving %s at http://%s:%d/ (Ctrl-C to stop)%n",
          db.describe(), host, app.port());
      out.flush();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    app.stop();
                    stopped.countDown();
                  }));
      try {
        stopped.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        app.stop();
      }
    }
  }

  /** Fails with a message a user can act on, before any work, when the port is taken. */
  static void requireFreePort(String host, int port) throws IOException {
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(host, port));
    } catch (BindException e) {
      throw new PortInUseException(host, port);
    }
  }

  /** The requested port is already in use: bad usage, exit code 2. */
  static final class PortInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PortInUseException(String host, int port) {
      super(host + ":" + port + " is already in use; choose another with --port");
    }
  }
}
