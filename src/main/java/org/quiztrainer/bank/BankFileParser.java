package org.quiztrainer.bank;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quiztrainer.quiz.Article;
import org.quiztrainer.quiz.PlainText;
import org.quiztrainer.quiz.Question;

/** Reads one {@code *.quiz.yaml} file and the article it names; see questions/README.md. */
public final class BankFileParser {
  private static final Set<String> FIELDS =
      Set.of("id", "title", "published", "article", "questions");
  private static final Set<String> ARTICLE_FIELDS = Set.of("file", "title", "source");
  private final YAMLMapper yaml;

  public BankFileParser() {
    this.yaml = new YAMLMapper();
    yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  public BankQuiz parse(Path file) {
    String name = file.getFileName().toString();
    JsonNode root;
    try {
      root = yaml.readTree(readUtf8(file, name));
      if (root == null || root.isMissingNode() || root.isNull()) {
        throw new BankException(name + ": the file is empty");
      }
    } catch (JsonProcessingException e) {
      String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
      throw new BankException(
          name + ": not valid YAML" + line + ": " + firstLine(e.getOriginalMessage()));
    }
    Fields quiz = new Fields(root, name);
    quiz.allowOnly(FIELDS);
    String id = quiz.text("id", 64);
    if (!QuestionReader.ID.matcher(id).matches()) {
      throw quiz.fail("'id' must be lower-case letters, digits, '-' or '_' (got '" + id + "')");
    }
    String title = quiz.text("title", 300);
    boolean published = !quiz.has("published") || quiz.node("published").asBoolean(false);
    Article article =
        article(new Fields(quiz.node("article"), name + ": article"), file, id, title);
    return new BankQuiz(name, id, title, published, article, questions(quiz, article.body()));
  }

  private Article article(Fields a, Path quizFile, String id, String quizTitle) {
    a.allowOnly(ARTICLE_FIELDS);
    String fileName = a.text("file", 200);
    Path dir = quizFile.toAbsolutePath().normalize().getParent();
    Path text = dir.resolve(fileName).normalize();
    if (!text.startsWith(dir) || !Files.isRegularFile(text)) {
      throw a.fail("the article file '" + fileName + "' is not in " + dir.getFileName());
    }
    String body = readUtf8(text, fileName);
    if (body.startsWith("\uFEFF")) {
      body = body.substring(1);
    }
    if (!PlainText.isText(body)) {
      throw a.fail("the article file '" + fileName + "' is not plain text");
    }
    if (body.isBlank()) {
      throw a.fail("the article file '" + fileName + "' is empty");
    }
    return new Article(
        id, a.optionalText("title", 300, quizTitle), a.optionalText("source", 300, null), body);
  }

  private static List<Question> questions(Fields quiz, String body) {
    JsonNode list = quiz.node("questions");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw quiz.fail("'questions' must be a non-empty list");
    }
    List<Question> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Question q = QuestionReader.read(list.get(i), quiz.where() + ": question " + (i + 1), body);
      if (!ids.add(q.id())) {
        throw quiz.fail("two questions have the id '" + q.id() + "'");
      }
      out.add(q);
    }
    return out;
  }

  private static String readUtf8(Path file, String name) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BankException(name + ": cannot be read: " + e.getMessage());
    }
    return PlainText.utf8(bytes).orElseThrow(() -> new BankException(name + ": not UTF-8 text"));
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
