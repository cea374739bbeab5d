package org.dateline.web;

/**
 * A request the server refuses, with the HTTP status and a stable error code. The server maps it,
 * in one place, to {@code {"error": {"code", "message"}}} for the API and to an error page for
 * pages.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;

  public ApiException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public static ApiException notFound(String what) {
    return new ApiException(404, "NOT_FOUND", what + " not found");
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, "BAD_REQUEST", message);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
