package org.quiztrainer.bank;

import com.fasterxml.jackson.databind.JsonNode;
import org.quiztrainer.quiz.Evidence;

/**
 * Turns the evidence written in a bank file into exact offsets. Authors quote the sentence; the
 * offsets are found for them, so editing the article never leaves stale numbers behind. A quote
 * that occurs more than once needs a {@code start} to say which one.
 */
final class EvidenceLocator {
  private EvidenceLocator() {}

  static Evidence locate(Fields q, String body, boolean required) {
    JsonNode raw = q.node("evidence");
    if (!required && (raw == null || raw.isNull() || raw.path("text").asText("x").isEmpty())) {
      return new Evidence(0, 0, "");
    }
    if (raw == null || raw.isNull()) {
      throw q.fail("'evidence' is missing: quote the part of the article that answers it");
    }
    String quote;
    Integer start = null;
    if (raw.isTextual()) {
      quote = raw.asText();
    } else {
      Fields e = new Fields(raw, q.where() + ": evidence");
      e.allowOnly(java.util.Set.of("text", "start"));
      quote = e.node("text") == null ? "" : e.node("text").asText();
      if (e.has("start")) {
        if (!e.node("start").canConvertToInt()) {
          throw e.fail("'start' must be a whole number");
        }
        start = e.node("start").asInt();
      }
    }
    return find(q, body, quote.strip(), start);
  }

  private static Evidence find(Fields q, String body, String quote, Integer start) {
    if (quote.isEmpty()) {
      throw q.fail("'evidence' is empty");
    }
    if (start != null) {
      if (!body.startsWith(quote, start)) {
        throw q.fail("the evidence is not at offset " + start + " of the article");
      }
      return new Evidence(start, start + quote.length(), quote);
    }
    int at = body.indexOf(quote);
    if (at < 0) {
      throw q.fail("the evidence \"" + shorten(quote) + "\" is not in the article text");
    }
    if (body.indexOf(quote, at + 1) >= 0) {
      throw q.fail("the evidence occurs more than once in the article; add 'start' to pick one");
    }
    return new Evidence(at, at + quote.length(), quote);
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
