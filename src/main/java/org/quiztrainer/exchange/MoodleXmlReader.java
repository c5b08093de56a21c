package org.quiztrainer.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quiztrainer.quiz.QuestionType;

/**
 * Reads Moodle XML: multichoice (single answer), truefalse, shortanswer, numerical, description and
 * category. HTML text becomes plain text. Other question types are refused by line.
 */
final class MoodleXmlReader {
  private MoodleXmlReader() {}

  static QuizFile read(String xml) {
    XmlTree root = XmlTree.parse(xml.startsWith("\uFEFF") ? xml.substring(1) : xml);
    if (!root.name.equals("quiz")) {
      throw new ImportProblem(
          root.line, "the root element must be <quiz>, not <" + root.name + ">");
    }
    String title = null;
    String articleTitle = null;
    String articleText = "";
    String source = null;
    List<XmlTree> questions = new ArrayList<>();
    for (XmlTree q : root.all("question")) {
      String type = q.attribute("type");
      switch (type) {
        case "category" -> {
          String path = q.textOf("category");
          title = path.substring(path.lastIndexOf('/') + 1).strip();
        }
        case "description" -> {
          if (articleTitle == null && questions.isEmpty()) {
            articleTitle = plain(q.textOf("name"), "plain_text").strip();
            articleText = text(q, "questiontext");
            source = comment(q, "qt-source:");
          }
        }
        case "multichoice", "truefalse", "shortanswer", "numerical" -> questions.add(q);
        default ->
            throw new ImportProblem(
                q.line,
                "question type '"
                    + type
                    + "' is not supported (multichoice, truefalse, shortanswer, numerical and"
                    + " description are)");
      }
    }
    Imported imported = new Imported();
    for (XmlTree q : questions) {
      imported.add(draft(q), articleText);
    }
    String quizTitle =
        title != null && !title.isEmpty()
            ? title
            : articleTitle != null && !articleTitle.isEmpty() ? articleTitle : "Imported quiz";
    return new QuizFile(
        quizTitle,
        articleTitle == null || articleTitle.isEmpty() ? quizTitle : articleTitle,
        source,
        articleText,
        imported.questions(root.line));
  }

  private static Imported.Draft draft(XmlTree q) {
    String name = plain(q.textOf("name"), "plain_text").strip();
    String id = q.child("idnumber").map(XmlTree::text).map(String::strip).orElse("");
    String prompt = text(q, "questiontext");
    String explanation = text(q, "generalfeedback");
    List<XmlTree> answers = q.all("answer");
    List<String> right = new ArrayList<>();
    List<String> all = new ArrayList<>();
    double tolerance = 0;
    for (XmlTree a : answers) {
      String value = plain(a.child("text").map(XmlTree::text).orElse(""), a.attribute("format"));
      all.add(value.strip());
      double fraction;
      try {
        fraction =
            Double.parseDouble(a.attribute("fraction").isEmpty() ? "0" : a.attribute("fraction"));
      } catch (NumberFormatException e) {
        throw new ImportProblem(
            a.line, "fraction '" + a.attribute("fraction") + "' is not a number");
      }
      if (fraction >= 100) {
        right.add(value.strip());
        if (a.child("tolerance").isPresent()) {
          try {
            tolerance = Math.abs(Double.parseDouble(a.child("tolerance").get().text().strip()));
          } catch (NumberFormatException e) {
            throw new ImportProblem(a.line, "the tolerance is not a number");
          }
        }
      }
    }
    String type = q.attribute("type");
    if (right.isEmpty()) {
      throw new ImportProblem(q.line, "'" + name + "' has no answer with fraction 100");
    }
    if (type.equals("multichoice")
        && q.child("single").map(s -> s.text().strip().equals("false")).orElse(false)) {
      throw new ImportProblem(
          q.line, "multiple-answer questions (single = false) are not supported");
    }
    if (type.equals("multichoice") && right.size() > 1) {
      throw new ImportProblem(q.line, "'" + name + "' has more than one right answer");
    }
    int[] evidence = span(comment(q, "qt-evidence:"));
    String key = id.isEmpty() ? name : id;
    int line = q.line;
    return switch (type) {
      case "multichoice" ->
          new Imported.Draft(
              line,
              key,
              QuestionType.MULTIPLE_CHOICE,
              prompt,
              all,
              right.get(0),
              List.of(),
              0,
              explanation,
              evidence);
      case "truefalse" -> {
        String answer = right.get(0).toLowerCase(Locale.ROOT);
        if (!answer.equals("true") && !answer.equals("false")) {
          throw new ImportProblem(line, "a truefalse answer must be true or false");
        }
        yield new Imported.Draft(
            line,
            key,
            QuestionType.TRUE_FALSE,
            prompt,
            List.of(),
            answer,
            List.of(),
            0,
            explanation,
            evidence);
      }
      case "shortanswer" ->
          new Imported.Draft(
              line,
              key,
              QuestionType.SHORT_ANSWER,
              prompt,
              List.of(),
              right.get(0),
              right.subList(1, right.size()),
              0,
              explanation,
              evidence);
      default ->
          new Imported.Draft(
              line,
              key,
              QuestionType.NUMERIC,
              prompt,
              List.of(),
              right.get(0),
              List.of(),
              tolerance,
              explanation,
              evidence);
    };
  }

  private static String text(XmlTree q, String child) {
    XmlTree element = q.child(child).orElse(null);
    if (element == null) {
      return "";
    }
    return plain(element.child("text").map(XmlTree::text).orElse(""), element.attribute("format"));
  }

  /** Moodle's text in its format; HTML becomes plain text with paragraphs on their own lines. */
  static String plain(String value, String format) {
    if (!format.equals("html") && !format.equals("moodle_auto_format") && !value.contains("</")) {
      return value; // kept exactly: evidence offsets index into an article's text
    }
    String t = value.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p>\\s*", "\n\n");
    t = t.replaceAll("<[^>]*>", "");
    t =
        t.replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
    return t.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }

  private static String comment(XmlTree q, String prefix) {
    return q.comments.stream()
        .filter(c -> c.startsWith(prefix))
        .map(c -> c.substring(prefix.length()).strip())
        .findFirst()
        .orElse(null);
  }

  private static int[] span(String spec) {
    if (spec == null) {
      return null;
    }
    String[] parts = spec.split("\\s+");
    try {
      return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    } catch (RuntimeException e) {
      return null;
    }
  }
}
