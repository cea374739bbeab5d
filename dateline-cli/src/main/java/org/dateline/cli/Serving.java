package org.dateline.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.dateline.store.jdbc.JdbcDocumentQueries;
import org.dateline.store.lucene.LuceneSearchIndex;
import org.dateline.web.WebServer;

/** Opens a database read-only, brings its search index up to date, and serves it until killed. */
final class Serving {
  private Serving() {}

  static void serve(Database db, String host, int port, PrintWriter out) throws IOException {
    try (JdbcDocumentQueries store = db.queries();
        LuceneSearchIndex index = LuceneSearchIndex.openOrRebuild(db.indexDir(), store)) {
      Javalin app = WebServer.create(store, index).start(host, port);
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
}
