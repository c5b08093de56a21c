package org.quiztrainer.authoring;

import io.javalin.http.Context;
import java.util.Locale;
import org.quiztrainer.Problem;
import org.quiztrainer.account.Teacher;
import org.quiztrainer.exchange.Format;
import org.quiztrainer.exchange.ImportProblem;
import org.quiztrainer.exchange.QuizFile;
import org.quiztrainer.quiz.PlainText;
import org.quiztrainer.quiz.Quiz;

/** Export and import of quizzes as GIFT, Moodle XML or JSON files, shared by API and pages. */
public final class ExchangeHandlers {
  private final Authoring authoring;

  public ExchangeHandlers(Authoring authoring) {
    this.authoring = authoring;
  }

  /** Sends the quiz as a file download. */
  public void export(Context ctx, Teacher t) {
    Format format = format(ctx.queryParam("format"));
    QuizFile file = authoring.export(t, ctx.pathParam("quizId"));
    String name = fileName(file.title()) + format.extension();
    ctx.contentType(format.contentType());
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.result(format.write(file));
  }

  /** Reads a whole file into a new draft quiz; a problem anywhere imports nothing. */
  public Quiz importFile(Teacher t, Format format, byte[] bytes) {
    if (bytes.length == 0) {
      throw Problem.invalid("the file is empty");
    }
    String text =
        PlainText.utf8(bytes)
            .filter(PlainText::isText)
            .orElseThrow(() -> Problem.invalid("the file is not UTF-8 text"));
    QuizFile file;
    try {
      file = format.read(text);
    } catch (ImportProblem e) {
      throw Problem.invalid(e.getMessage());
    }
    return authoring.importQuiz(t, file);
  }

  public static Format format(String name) {
    return Format.fromWireName(name)
        .orElseThrow(
            () -> Problem.invalid("format must be gift, moodle-xml or json, not '" + name + "'"));
  }

  /** A safe download name from the quiz title. */
  static String fileName(String title) {
    String slug =
        title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    slug = slug.length() > 60 ? slug.substring(0, 60) : slug;
    return slug.isEmpty() ? "quiz" : slug;
  }
}
