package org.quiztrainer.bank;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Typed reads from one YAML mapping, failing with a message that says where the problem is. */
final class Fields {
  private final JsonNode node;
  private final String where;

  Fields(JsonNode node, String where) {
    if (node == null || !node.isObject()) {
      throw new BankException(where + ": expected a mapping of fields");
    }
    this.node = node;
    this.where = where;
  }

  String where() {
    return where;
  }

  void allowOnly(Set<String> names) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!names.contains(name)) {
        throw fail("unknown field '" + name + "' (allowed: " + String.join(", ", names) + ")");
      }
    }
  }

  boolean has(String name) {
    return node.hasNonNull(name);
  }

  JsonNode node(String name) {
    return node.get(name);
  }

  String text(String name, int maxLength) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw fail("'" + name + "' is missing");
    }
    if (!value.isValueNode() || value.isBinary()) {
      throw fail("'" + name + "' must be text");
    }
    String text = value.asText().strip();
    if (text.isEmpty()) {
      throw fail("'" + name + "' is empty");
    }
    if (text.length() > maxLength) {
      throw fail("'" + name + "' is longer than " + maxLength + " characters");
    }
    return text;
  }

  String optionalText(String name, int maxLength, String fallback) {
    return has(name) ? text(name, maxLength) : fallback;
  }

  List<String> texts(String name, int maxLength) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw fail("'" + name + "' must be a list");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
        throw fail("'" + name + "' must hold only non-empty text");
      }
      if (item.asText().length() > maxLength) {
        throw fail("an item of '" + name + "' is longer than " + maxLength + " characters");
      }
      out.add(item.asText().strip());
    }
    return out;
  }

  BankException fail(String problem) {
    return new BankException(where + ": " + problem);
  }
}
