package org.quiztrainer.results;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.quiztrainer.account.Teacher;
import org.quiztrainer.analysis.Item;
import org.quiztrainer.analysis.ItemAnalysis;
import org.quiztrainer.analysis.ItemStats;
import org.quiztrainer.authoring.Authoring;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.Quiz;

/** A quiz's results for its author: the grid of answers and the item analysis. */
public final class Results {
  private final Jdbi jdbi;
  private final ResultsDao dao;
  private final Authoring authoring;

  public Results(Jdbi jdbi, ResultsDao dao, Authoring authoring) {
    this.jdbi = jdbi;
    this.dao = dao;
    this.authoring = authoring;
  }

  /** The quiz's current questions, its attempts, and each question's statistics. */
  public record Report(Quiz quiz, List<ResultsDao.Row> rows, List<ItemStats> items) {
    public Map<String, ItemStats> byQuestion() {
      return items.stream()
          .collect(java.util.stream.Collectors.toMap(ItemStats::questionId, s -> s));
    }
  }

  public Report report(Teacher t, String quizId) {
    Quiz quiz = authoring.quiz(t, quizId); // checks ownership
    return report(quiz, jdbi.withHandle(h -> dao.attempts(h, quizId)));
  }

  /** The report of one live session; the caller has checked that the teacher owns it. */
  public Report sessionReport(Teacher t, String quizId, String sessionId) {
    Quiz quiz = authoring.quiz(t, quizId);
    return report(quiz, jdbi.withHandle(h -> dao.sessionAttempts(h, sessionId)));
  }

  private Report report(Quiz quiz, List<ResultsDao.Row> rows) {
    List<Item> items =
        quiz.questions().stream().map(q -> new Item(q.id(), choices(q), q.answer())).toList();
    return new Report(
        quiz,
        rows,
        ItemAnalysis.analyse(items, rows.stream().map(ResultsDao.Row::response).toList()));
  }

  private static List<String> choices(Question q) {
    return q.type().hasChoices() ? q.choices() : List.of();
  }
}
