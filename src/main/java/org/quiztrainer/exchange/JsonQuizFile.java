package org.quiztrainer.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quiztrainer.bank.BankException;
import org.quiztrainer.bank.QuestionReader;
import org.quiztrainer.quiz.Question;

/**
 * The project's own format as JSON: the fields of a questions/ bank file, with the article's text
 * inline instead of in a file beside it. Questions are checked by the same reader as the bank.
 */
final class JsonQuizFile {
  static final String FORMAT = "quiz-trainer/1";
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private JsonQuizFile() {}

  static String write(QuizFile quiz) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("title", quiz.title());
    ObjectNode article = root.putObject("article");
    article.put("title", quiz.articleTitle());
    if (quiz.source() != null) {
      article.put("source", quiz.source());
    }
    article.put("text", quiz.articleText());
    ArrayNode list = root.putArray("questions");
    for (Question q : quiz.questions()) {
      ObjectNode n = list.addObject();
      n.put("id", q.id());
      n.put("type", q.type().wireName());
      n.put("prompt", q.prompt());
      if (q.type() == org.quiztrainer.quiz.QuestionType.MULTIPLE_CHOICE) {
        q.choices().forEach(n.putArray("choices")::add);
      }
      n.put("answer", q.answer());
      if (!q.acceptedAnswers().isEmpty()) {
        q.acceptedAnswers().forEach(n.putArray("acceptedAnswers")::add);
      }
      if (q.tolerance() != 0) {
        n.put("tolerance", q.tolerance());
      }
      if (!q.explanation().isEmpty()) {
        n.put("explanation", q.explanation());
      }
      if (!q.evidence().text().isEmpty()) {
        ObjectNode e = n.putObject("evidence");
        e.put("start", q.evidence().start());
        e.put("text", q.evidence().text());
      }
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static QuizFile read(String text) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ImportProblem(
          line, "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject()) {
      throw new ImportProblem(
          1, "the file must hold a JSON object with 'title', 'article' and 'questions'");
    }
    JsonNode article = root.path("article");
    String body = article.path("text").asText("");
    if (!article.isObject() || body.isBlank()) {
      throw new ImportProblem(1, "'article' must be an object with the article's 'text'");
    }
    JsonNode list = root.path("questions");
    if (!list.isArray() || list.isEmpty()) {
      throw new ImportProblem(1, "'questions' must be a non-empty list");
    }
    List<Integer> lines = questionLines(text);
    List<Question> questions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      int line = i < lines.size() ? lines.get(i) : 0;
      Question q;
      try {
        q = QuestionReader.read(list.get(i), "question " + (i + 1), body, false);
      } catch (BankException e) {
        throw new ImportProblem(line, e.getMessage());
      }
      if (!ids.add(q.id())) {
        throw new ImportProblem(line, "two questions have the id '" + q.id() + "'");
      }
      questions.add(q);
    }
    String title = root.path("title").asText("").strip();
    String articleTitle = article.path("title").asText("").strip();
    String source = article.path("source").asText("").strip();
    return new QuizFile(
        title.isEmpty() ? (articleTitle.isEmpty() ? "Imported quiz" : articleTitle) : title,
        articleTitle.isEmpty() ? title : articleTitle,
        source.isEmpty() ? null : source,
        body,
        questions);
  }

  /** The line each element of the top-level "questions" list starts on, for error messages. */
  private static List<Integer> questionLines(String text) {
    List<Integer> lines = new ArrayList<>();
    try (JsonParser p = MAPPER.getFactory().createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return lines;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("questions") && value == JsonToken.START_ARRAY) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            lines.add(p.currentTokenLocation().getLineNr());
            p.skipChildren();
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      // the tree parsed, so this can't happen; without lines the messages still name the question
    }
    return lines;
  }
}
