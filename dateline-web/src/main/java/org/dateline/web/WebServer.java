package org.dateline.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import org.dateline.store.DocumentQueries;
import org.dateline.store.SearchIndex;
import org.dateline.store.StoryQueries;
import org.dateline.web.api.ApiRoutes;
import org.dateline.web.api.Json;
import org.dateline.web.pages.PageRoutes;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;

/**
 * The web UI and HTTP API over the store. Assets are bundled on the class path (no CDN). Every
 * response carries a Content-Security-Policy that forbids scripts, as a second line of defence
 * behind escaping. Errors are translated once, here: JSON under {@code /api}, a page elsewhere.
 */
public final class WebServer {
  static final String CSP =
      "default-src 'self'; script-src 'none'; object-src 'none';"
          + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /**
   * Jetty leases some threads to accept and select; fewer than this leaves too few for requests.
   */
  public static final int MIN_THREADS = 8;

  private WebServer() {}

  /**
   * Request threads when none are asked for: four per core, and never fewer than eight. Reads from
   * the embedded store are CPU-bound, so more threads than this only share the same cores. Under
   * load, a bounded pool serves requests in arrival order instead of slicing the cores among every
   * open connection, which is what keeps the slowest requests close to the typical one.
   */
  public static int defaultThreads() {
    return Math.max(MIN_THREADS, 4 * Runtime.getRuntime().availableProcessors());
  }

  /**
   * A server not yet started.
   *
   * @param threads the request threads (Jetty's acceptor and selector take two or more of them); at
   *     least {@value #MIN_THREADS}
   */
  public static Javalin create(
      DocumentQueries store, StoryQueries stories, SearchIndex index, int threads) {
    if (threads < MIN_THREADS) {
      throw new IllegalArgumentException("at least " + MIN_THREADS + " threads, not " + threads);
    }
    ApiRoutes api = new ApiRoutes(store, stories, index);
    PageRoutes pages = new PageRoutes(store, stories, index);
    return Javalin.create(
        config -> {
          config.http.maxRequestSize = 16 * 1024;
          QueuedThreadPool pool = new QueuedThreadPool(threads, threads);
          pool.setName("dateline-web");
          config.jetty.threadPool = pool;
          config.staticFiles.add(
              files -> {
                files.hostedPath = "/assets";
                files.directory = "/assets";
                files.location = Location.CLASSPATH;
              });
          config.routes.before(
              ctx -> {
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
              });
          api.register(config.routes);
          pages.register(config.routes);
          config.routes.exception(
              ApiException.class, (e, ctx) -> fail(ctx, e.status(), e.code(), e.getMessage()));
          config.routes.exception(
              IllegalArgumentException.class,
              (e, ctx) -> fail(ctx, 400, "BAD_REQUEST", e.getMessage()));
          // Javalin's own refusals (unknown path, wrong method, ...) get our error shape too.
          config.routes.exception(
              HttpResponseException.class,
              (e, ctx) -> fail(ctx, e.getStatus(), codeFor(e.getStatus()), e.getMessage()));
          config.routes.exception(
              Exception.class, (e, ctx) -> fail(ctx, 500, "INTERNAL", "internal error"));
        });
  }

  private static String codeFor(int status) {
    return switch (status) {
      case 400 -> "BAD_REQUEST";
      case 404 -> "NOT_FOUND";
      case 405 -> "METHOD_NOT_ALLOWED";
      case 413 -> "TOO_LARGE";
      default -> "HTTP_" + status;
    };
  }

  private static void fail(Context ctx, int status, String code, @Nullable String message) {
    String text = message == null ? code : message;
    if (ctx.path().startsWith("/api/")) {
      Json.send(ctx, status, Json.error(code, text));
    } else {
      ctx.status(status)
          .contentType("text/html; charset=utf-8")
          .result(PageRoutes.error(status, text));
    }
  }
}
