package org.quiztrainer.results;

import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.quiztrainer.account.AccountPages;
import org.quiztrainer.account.Auth;
import org.quiztrainer.account.Teacher;
import org.quiztrainer.analysis.ItemAnalysis;
import org.quiztrainer.analysis.ItemStats;
import org.quiztrainer.analysis.Response;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.web.Pages;

/** The results page, the CSV download for signed-in teachers, and results.csv on the API. */
public final class ResultsPages {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.UK).withZone(ZoneOffset.UTC);

  private final Results results;
  private final Auth auth;
  private final AccountPages accounts;

  public ResultsPages(Results results, Auth auth, AccountPages accounts) {
    this.results = results;
    this.auth = auth;
    this.accounts = accounts;
  }

  public void page(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    Results.Report report = results.report(t, ctx.pathParam("quizId"));
    Pages.render(ctx, "results/results.jte", view(ctx, t, report));
  }

  public void csvPage(Context ctx) {
    csv(ctx, results.report(auth.requirePageTeacher(ctx), ctx.pathParam("quizId")));
  }

  public void csvApi(Context ctx) {
    csv(ctx, results.report(auth.apiTeacher(ctx), ctx.pathParam("quizId")));
  }

  /** A live session's results as CSV; {@code owner} resolves the session for this teacher. */
  public void sessionCsv(Context ctx, Teacher t, String quizId, String sessionId) {
    csv(ctx, results.sessionReport(t, quizId, sessionId));
  }

  private static void csv(Context ctx, Results.Report report) {
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header(
        "Content-Disposition", "attachment; filename=\"results-" + report.quiz().id() + ".csv\"");
    ctx.result(ResultsCsv.write(report));
  }

  private ResultsPage view(Context ctx, Teacher t, Results.Report report) {
    List<Question> questions = report.quiz().questions();
    List<ResultsPage.Column> columns = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      columns.add(new ResultsPage.Column(i + 1, questions.get(i).id(), questions.get(i).prompt()));
    }
    List<ResultsPage.Student> students = new ArrayList<>();
    double total = 0;
    for (ResultsDao.Row row : report.rows()) {
      List<ResultsPage.Cell> cells = new ArrayList<>();
      for (Question q : questions) {
        Response.Given g = row.response().answers().get(q.id());
        cells.add(
            g == null
                ? new ResultsPage.Cell("none", "")
                : new ResultsPage.Cell(g.correct() ? "right" : "wrong", g.answer()));
      }
      int score = row.response().score();
      total += score;
      students.add(new ResultsPage.Student(row.name(), WHEN.format(row.startedAt()), score, cells));
    }
    Map<String, ItemStats> stats = report.byQuestion();
    List<ResultsPage.ItemRow> items = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      items.add(item(i + 1, questions.get(i), stats.get(questions.get(i).id())));
    }
    String mean =
        report.rows().isEmpty()
            ? "–"
            : String.format(Locale.ROOT, "%.1f", total / report.rows().size());
    return new ResultsPage(
        accounts.nav(ctx, t),
        report.quiz().id(),
        report.quiz().title(),
        report.rows().size(),
        mean,
        questions.size(),
        columns,
        students,
        items,
        ItemAnalysis.MIN_ATTEMPTS);
  }

  private static ResultsPage.ItemRow item(int number, Question q, ItemStats s) {
    List<ResultsPage.Choice> choices = new ArrayList<>();
    s.choiceCounts()
        .forEach(
            (text, count) ->
                choices.add(
                    new ResultsPage.Choice(
                        text,
                        text.equals(q.answer()),
                        count,
                        s.answered() == 0 ? 0 : Math.round(100f * count / s.answered()))));
    double d = s.discrimination().orElse(0);
    return new ResultsPage.ItemRow(
        number,
        q.id(),
        q.prompt(),
        s.answered(),
        percent(s.facility()),
        (int) Math.round(100 * s.facility().orElse(0)),
        decimal(s.discrimination()),
        (int) Math.round(100 * Math.abs(d)),
        d < 0,
        decimal(s.pointBiserial()),
        choices,
        s.flags().stream().map(ItemStats.Flag::explanation).toList());
  }

  private static String percent(OptionalDouble v) {
    return v.isPresent() ? Math.round(100 * v.getAsDouble()) + "%" : "–";
  }

  private static String decimal(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.2f", v.getAsDouble()) : "–";
  }
}
