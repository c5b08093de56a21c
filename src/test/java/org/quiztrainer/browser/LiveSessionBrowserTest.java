package org.quiztrainer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quiztrainer.testing.TeacherClient;
import org.quiztrainer.testing.TestApp;

/**
 * One teacher and three students in four separate headless Chromium browsers run a three-question
 * teacher-paced session from joining to the podium; every screen follows along live.
 */
@Tag("browser")
class LiveSessionBrowserTest {
  private static final String[] KEYS = {"March", "true", "Ink and Quill"};
  private final TestApp app = TestApp.start();
  private final List<ChromeDriver> browsers = new ArrayList<>();

  @AfterEach
  void stop() {
    browsers.forEach(ChromeDriver::quit);
    app.close();
  }

  private ChromeDriver open(int width, int height) {
    ChromeDriver d = Chromium.start(width, height, true);
    browsers.add(d);
    return d;
  }

  private static WebDriverWait waiting(ChromeDriver d) {
    return new WebDriverWait(d, Duration.ofSeconds(15));
  }

  /** Clicks, again if the live panel was swapped under the element between finding and clicking. */
  private static void click(ChromeDriver d, By by) {
    waiting(d)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            driver -> {
              driver.findElement(by).click();
              return true;
            });
  }

  private static void waitForText(ChromeDriver d, String css, String text) {
    waiting(d).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  @Test
  void a_teacher_paced_session_runs_live_on_four_screens() throws Exception {
    TeacherClient ann = TeacherClient.newTeacher(app, "Ann");
    String quizId = ann.publishedThreeQuestionQuiz();

    ChromeDriver teacher = open(1366, 900);
    teacher.get(app.url("/login?next=/teach/quizzes/" + quizId));
    teacher.findElement(By.id("email")).sendKeys("ann@school.test");
    teacher.findElement(By.id("password")).sendKeys("ann-password-1");
    teacher.findElement(By.cssSelector("form[action='/login'] button")).click();
    waiting(teacher).until(ExpectedConditions.presenceOfElementLocated(By.id("live-start")));
    teacher.findElement(By.cssSelector("#live-start summary")).click();
    click(teacher, By.id("start-session"));
    String code =
        waiting(teacher)
            .until(ExpectedConditions.presenceOfElementLocated(By.id("join-code")))
            .getText();
    assertThat(code).matches("\\d{6}");
    assertThat(teacher.findElement(By.cssSelector("svg.qr path")).getAttribute("d"))
        .startsWith("M");

    String[] names = {"Noor", "Kai", "Lena"};
    List<ChromeDriver> students = new ArrayList<>();
    for (String name : names) {
      ChromeDriver s = open(390, 844);
      s.get(app.url("/join?code=" + code));
      s.findElement(By.id("name")).sendKeys(name);
      s.findElement(By.cssSelector("form[action='/join'] button")).click();
      waitForText(s, "#play-status", "You're in!");
      students.add(s);
    }
    waitForText(teacher, "#participants", "3 joined");

    String[][] answers = {
      {"March", "May", "March"},
      {"true", "true", "false"},
      {"Ink and Quill", "Ink and Quill", "Tom and Jerry"}
    };
    for (int q = 0; q < 3; q++) {
      click(teacher, By.id("next-button"));
      waitForText(teacher, "#live-prompt", "");
      for (int i = 0; i < 3; i++) {
        ChromeDriver s = students.get(i);
        waitForText(s, ".progress-label", "Question " + (q + 1) + " of 3");
        click(s, By.cssSelector("input[name=answer][value='" + answers[q][i] + "']"));
        click(s, By.cssSelector(".answer-form button[type=submit]"));
        waitForText(s, "#play-status", "Answer sent");
      }
      waitForText(teacher, "#answered-count", "3");
      click(teacher, By.id("reveal-button"));
      waitForText(
          teacher,
          "#live-correct",
          answers[q][0].equals("May")
              ? "March"
              : new String[] {"March", "true", "Ink and Quill"}[q]);
      for (int i = 0; i < 3; i++) {
        boolean right = answers[q][i].equals(new String[] {"March", "true", "Ink and Quill"}[q]);
        waitForText(students.get(i), "#play-status", right ? "Right" : "Not quite");
      }
      if (q == 0) {
        Files.copy(
            teacher.getScreenshotAs(OutputType.FILE).toPath(),
            Chromium.screenshotDir().resolve("live-projector.png"),
            StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
            students.get(1).getScreenshotAs(OutputType.FILE).toPath(),
            Chromium.screenshotDir().resolve("live-student.png"),
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
    click(teacher, By.id("next-button")); // Finish
    waitForText(teacher, "#podium", "1 Noor");
    for (ChromeDriver s : students) {
      waitForText(s, "#play-status", "That's the end");
    }
    String sessionId = teacher.getCurrentUrl().replaceAll(".*/teach/sessions/([^/?#]+).*", "$1");
    var results = ann.get("/api/sessions/" + sessionId + "/results").json().get("participants");
    assertThat(results.size()).isEqualTo(3);
    assertThat(results.get(0).get("name").asText()).isEqualTo("Noor");
    assertThat(results.get(0).get("score").asInt()).isEqualTo(3);
    assertThat(results.get(2).get("score").asInt()).isEqualTo(1);
  }
}
