package org.quiztrainer.authoring;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionType;

/**
 * The question form's fields, to and from the bank's question format, so the form is checked by the
 * same rules as bank files and imports.
 */
final class QuestionForm {
  static final String DEFAULT_EXPLANATION = "The highlighted part of the article gives the answer.";

  private QuestionForm() {}

  static EditPage.Fields blank() {
    return new EditPage.Fields("multiple_choice", "", "", "", "", "", "", "", "");
  }

  static EditPage.Fields of(Question q) {
    return new EditPage.Fields(
        q.type().wireName(),
        q.prompt(),
        q.type() == QuestionType.MULTIPLE_CHOICE ? String.join("\n", q.choices()) : "",
        q.answer(),
        String.join("\n", q.acceptedAnswers()),
        q.tolerance() == 0 ? "" : String.valueOf(q.tolerance()),
        q.explanation(),
        q.evidence().text(),
        String.valueOf(q.evidence().start()));
  }

  static EditPage.Fields read(Context ctx) {
    return new EditPage.Fields(
        param(ctx, "type"),
        param(ctx, "prompt"),
        param(ctx, "choices"),
        param(ctx, "answer"),
        param(ctx, "accepted"),
        param(ctx, "tolerance"),
        param(ctx, "explanation"),
        param(ctx, "evidence"),
        param(ctx, "evidence_start"));
  }

  /** The fields in the bank's format; what doesn't fit the chosen type is left out. */
  static ObjectNode toJson(EditPage.Fields f) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    String type = f.type().strip();
    node.put("type", type);
    node.put("prompt", f.prompt().strip());
    node.put(
        "explanation", f.explanation().isBlank() ? DEFAULT_EXPLANATION : f.explanation().strip());
    node.put("answer", f.answer().strip());
    if (type.equals("multiple_choice")) {
      lines(f.choices()).forEach(node.putArray("choices")::add);
    }
    if (type.equals("short_answer") || type.equals("numeric")) {
      lines(f.accepted()).forEach(node.putArray("acceptedAnswers")::add);
    }
    if (type.equals("numeric") && !f.tolerance().isBlank()) {
      try {
        node.put("tolerance", Double.parseDouble(f.tolerance().strip()));
      } catch (NumberFormatException e) {
        node.put("tolerance", f.tolerance());
      }
    }
    ObjectNode evidence = node.putObject("evidence");
    evidence.put("text", f.evidence().strip());
    if (f.evidenceStart().strip().matches("\\d{1,7}")) {
      // the quote is stripped, so its start moves past any leading space the selection had
      int leading = f.evidence().length() - f.evidence().stripLeading().length();
      evidence.put("start", Integer.parseInt(f.evidenceStart().strip()) + leading);
    }
    return node;
  }

  private static List<String> lines(String text) {
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String param(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value;
  }
}
