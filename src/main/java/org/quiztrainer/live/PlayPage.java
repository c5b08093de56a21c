package org.quiztrainer.live;

import java.util.List;
import org.quiztrainer.quiz.ArticleView;

/**
 * A student's screen in a teacher-paced session: only the current question, or what to wait for.
 * {@code panel} is re-fetched whenever the session's pace changes.
 */
public record PlayPage(Panel panel, String sessionId, ArticleView article) {

  /** The part that changes. {@code given} is this student's answer to the current question. */
  public record Panel(
      String attemptId,
      String name,
      String state,
      int index,
      int total,
      String questionId,
      String prompt,
      String type,
      List<String> choices,
      String given,
      Boolean correct,
      String correctAnswer,
      String evidence,
      Long locksAt,
      long serverNow,
      int points,
      Integer rank,
      int participants,
      String csrf,
      String error) {

    public boolean open() {
      return state.equals("question") && given == null && (locksAt == null || locksAt > serverNow);
    }
  }
}
