package org.dateline.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Writes JSON responses. The shapes here use the report's field names (CONTRACT.md). */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().setSerializationInclusion(JsonInclude.Include.ALWAYS);

  private Json() {}

  public static void send(Context ctx, int status, Object body) {
    try {
      ctx.status(status)
          .contentType("application/json; charset=utf-8")
          .result(MAPPER.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** A list answer: {@code {"items": [...], "next": cursor-or-null}} plus extra fields. */
  public static Map<String, Object> list(List<?> items, @Nullable String next) {
    java.util.LinkedHashMap<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("items", items);
    body.put("next", next);
    return body;
  }

  /** An error answer: {@code {"error": {"code", "message"}}}. */
  public static Map<String, Object> error(String code, String message) {
    return Map.of("error", Map.of("code", code, "message", message));
  }
}
