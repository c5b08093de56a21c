package org.quiztrainer.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.Optional;
import org.quiztrainer.Problem;

/** A JSON object from a request body, read once, with typed field access that fails as a 400. */
public final class JsonBody {
  private final JsonNode root;

  private JsonBody(JsonNode root) {
    this.root = root;
  }

  public static JsonBody of(Context ctx, ObjectMapper mapper) {
    String body = ctx.body();
    if (body.isBlank()) {
      throw Problem.invalid("the request body must be a JSON object");
    }
    try {
      JsonNode root = mapper.readTree(body);
      if (root == null || !root.isObject()) {
        throw Problem.invalid("the request body must be a JSON object");
      }
      return new JsonBody(root);
    } catch (JsonProcessingException e) {
      throw Problem.invalid("the request body is not valid JSON");
    }
  }

  /** A required string field; numbers, booleans, lists and objects are refused. */
  public String string(String field) {
    JsonNode value = root.get(field);
    if (value == null || value.isNull()) {
      throw Problem.invalid("'" + field + "' is required");
    }
    if (!value.isTextual()) {
      throw Problem.invalid("'" + field + "' must be a string");
    }
    return value.textValue();
  }

  /** An optional string field: absent or null is empty, any other non-string is refused. */
  public Optional<String> optionalString(String field) {
    JsonNode value = root.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(string(field));
  }

  public JsonNode root() {
    return root;
  }
}
