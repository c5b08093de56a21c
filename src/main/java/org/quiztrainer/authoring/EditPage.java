package org.quiztrainer.authoring;

import org.quiztrainer.quiz.ArticleView;
import org.quiztrainer.web.TeacherNav;

/**
 * The form for one question, new or edited, beside the article so the teacher can select the
 * evidence. Lists (choices, accepted answers) are one per line.
 */
public record EditPage(
    TeacherNav nav,
    String quizId,
    String questionId,
    String quizTitle,
    ArticleView article,
    Fields fields,
    String error) {

  /** What the form shows, as typed. */
  public record Fields(
      String type,
      String prompt,
      String choices,
      String answer,
      String accepted,
      String tolerance,
      String explanation,
      String evidence,
      String evidenceStart) {}

  public String action() {
    return "/teach/quizzes/" + quizId + "/questions" + (questionId == null ? "" : "/" + questionId);
  }

  public String heading() {
    return questionId == null ? "Add a question" : "Edit question";
  }
}
