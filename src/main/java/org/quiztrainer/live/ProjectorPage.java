package org.quiztrainer.live;

import java.util.List;
import org.quiztrainer.web.TeacherNav;

/**
 * The teacher's projected screen of a session. {@code panel} is the part that changes live; the
 * page re-fetches it whenever the session's event stream says something happened.
 */
public record ProjectorPage(TeacherNav nav, Panel panel, QrSvg.Drawing qr, String joinUrl) {

  /** Everything the live part shows. */
  public record Panel(
      String sessionId,
      String quizTitle,
      String mode,
      String state,
      String joinCode,
      int index,
      int total,
      String prompt,
      List<String> choices,
      String correctAnswer,
      String evidence,
      Long locksAt,
      long serverNow,
      int participants,
      int answered,
      List<Bar> distribution,
      List<Progress> progress,
      List<Podium> podium,
      String leaderboard,
      String csrf) {

    public boolean teacherPaced() {
      return mode.equals("teacher_paced");
    }

    public String base() {
      return "/teach/sessions/" + sessionId;
    }
  }

  /** One answer's share of the class, for the distribution chart. */
  public record Bar(String answer, int count, int percent, boolean correct) {}

  /** One student's row in the live grid: a mark per question. */
  public record Progress(String name, int answered, int correct, int points, List<String> marks) {}

  /** A place on the podium; the name may be hidden. */
  public record Podium(int place, String name, int points, int correct) {}
}
