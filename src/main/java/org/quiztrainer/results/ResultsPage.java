package org.quiztrainer.results;

import java.util.List;
import org.quiztrainer.web.TeacherNav;

/**
 * A quiz's results: the student-by-question grid and the item analysis, with every figure already
 * worked out for display, so the template only lays them out.
 */
public record ResultsPage(
    TeacherNav nav,
    String quizId,
    String title,
    int attempts,
    String meanScore,
    int questionCount,
    List<Column> columns,
    List<Student> students,
    List<ItemRow> items,
    int minAttemptsForFlags) {

  /** A question's column in the grid. */
  public record Column(int number, String questionId, String prompt) {}

  /** One attempt's row: a cell per column. */
  public record Student(String name, String started, int score, List<Cell> cells) {}

  /** {@code state} is right, wrong or none. */
  public record Cell(String state, String answer) {}

  /** One question's statistics, as text and as bar lengths in percent. */
  public record ItemRow(
      int number,
      String questionId,
      String prompt,
      int answered,
      String facility,
      int facilityPercent,
      String discrimination,
      int discriminationPercent,
      boolean discriminationNegative,
      String pointBiserial,
      List<Choice> choices,
      List<String> flags) {}

  /** How often a choice was picked; {@code percent} of those who answered. */
  public record Choice(String text, boolean key, int count, int percent) {}

  public String base() {
    return "/teach/quizzes/" + quizId;
  }
}
