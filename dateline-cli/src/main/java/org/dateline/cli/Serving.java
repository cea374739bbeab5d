package org.dateline.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.dateline.store.lucene.LuceneSearchIndex;
import org.dateline.store.sqlite.SqliteDocumentQueries;
import org.dateline.web.WebServer;

/** Opens a database read-only, brings its search index up to date, and serves it until killed. */
final class Serving {
  private Serving() {}

  /** The search index's folder, beside the database file. */
  static Path indexDir(Path db) {
    return Path.of(db.toAbsolutePath() + ".index");
  }

  static void serve(Path db, String host, int port, PrintWriter out) throws IOException {
    try (SqliteDocumentQueries store = SqliteDocumentQueries.open(db);
        LuceneSearchIndex index = LuceneSearchIndex.openOrRebuild(indexDir(db), store)) {
      Javalin app = WebServer.create(store, index).start(host, port);
      out.printf(
          "Dateline is serving %s at http://%s:%d/ (Ctrl-C to stop)%n", db, host, app.port());
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
}
