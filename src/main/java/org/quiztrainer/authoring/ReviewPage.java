package org.quiztrainer.authoring;

import java.util.List;
import org.quiztrainer.quiz.ArticleView;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.web.TeacherNav;

/** The review screen: the article with every question's evidence marked, and the questions. */
public record ReviewPage(
    TeacherNav nav,
    String quizId,
    String title,
    boolean published,
    int attempts,
    ArticleView article,
    List<Item> items,
    int unreviewed,
    String notice,
    List<AuthoringDao.SessionLink> sessions) {

  /**
   * One question card; {@code skill} is the reading skill it practises, for learners' profiles;
   * {@code reasons} why the generator ranked it where it did (empty for questions it didn't make).
   */
  public record Item(
      Question question,
      int number,
      boolean reviewed,
      boolean first,
      boolean last,
      String skill,
      List<String> reasons) {
    public String typeLabel() {
      return switch (question.type()) {
        case MULTIPLE_CHOICE -> "Multiple choice";
        case TRUE_FALSE -> "True or false";
        case SHORT_ANSWER -> "Short answer";
        case NUMERIC -> "Number";
      };
    }
  }

  public String base() {
    return "/teach/quizzes/" + quizId;
  }
}
