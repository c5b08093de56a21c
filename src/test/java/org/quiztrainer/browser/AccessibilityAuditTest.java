package org.quiztrainer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quiztrainer.testing.TeacherClient;
import org.quiztrainer.testing.TestApp;

/**
 * Every kind of page, audited in Chromium by axe-core (the npm package's axe.min.js, injected into
 * the page): no serious or critical violation anywhere, for students, learners and teachers.
 */
@Tag("browser")
class AccessibilityAuditTest {
  private static final String AXE = axeScript();
  private static final String RUN =
      "var done = arguments[arguments.length - 1];"
          + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
          + "  done(JSON.stringify(r.violations"
          + "    .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
          + "    .map(function (v) { return {rule: v.id, impact: v.impact, help: v.help,"
          + "      where: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); })}; })));"
          + "}).catch(function (e) { done('axe failed: ' + e); });";

  private final TestApp app = TestApp.start();
  private final List<ChromeDriver> browsers = new ArrayList<>();
  private final List<String> findings = new ArrayList<>();
  private int audited;

  @AfterEach
  void stop() {
    browsers.forEach(ChromeDriver::quit);
    app.close();
  }

  private static String axeScript() {
    try (InputStream in = AccessibilityAuditTest.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is missing from the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private ChromeDriver open() {
    ChromeDriver d = Chromium.start(1280, 900, true);
    d.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    browsers.add(d);
    return d;
  }

  private static WebDriverWait waiting(ChromeDriver d) {
    return new WebDriverWait(d, Duration.ofSeconds(10));
  }

  private static void click(ChromeDriver d, By by) {
    waiting(d)
        .ignoring(StaleElementReferenceException.class)
        .until(
            x -> {
              x.findElement(by).click();
              return true;
            });
  }

  /** Runs axe on the page now shown and keeps any serious or critical violation. */
  private void audit(ChromeDriver d, String page) {
    waiting(d).until(x -> "complete".equals(d.executeScript("return document.readyState")));
    d.executeScript(AXE);
    Object result = d.executeAsyncScript(RUN);
    audited++;
    if (!"[]".equals(result)) {
      findings.add(page + " (" + d.getCurrentUrl() + "): " + result);
    }
  }

  private void visit(ChromeDriver d, String path, String page) {
    d.get(app.url(path));
    audit(d, page);
  }

  /** Answers whatever question is shown with its first choice, or by typing. */
  private static void answerShown(ChromeDriver d) {
    waiting(d).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".answer-form")));
    if (d.findElements(By.id("answer")).isEmpty()) {
      click(d, By.cssSelector("input[name=answer]"));
    } else {
      d.findElement(By.id("answer")).sendKeys("March");
    }
    click(d, By.cssSelector(".answer-form button[type=submit]"));
  }

  @Test
  void the_audit_reports_a_violation_when_a_page_has_one() {
    ChromeDriver d = open();
    d.get(app.url("/"));
    d.executeScript(
        "var b = document.createElement('button'); document.querySelector('main').appendChild(b);"
            + "var i = document.createElement('img'); i.src = '/static/none.png';"
            + " document.querySelector('main').appendChild(i);");
    audit(d, "home with an unnamed button and an image without text");
    assertThat(findings).singleElement().asString().contains("button-name", "image-alt");
  }

  @Test
  void no_page_has_a_serious_or_critical_accessibility_violation() throws IOException {
    TeacherClient ann = TeacherClient.newTeacher(app, "Ann");
    String quizId = ann.publishedThreeQuestionQuiz();

    ChromeDriver student = open();
    visit(student, "/", "home");
    visit(student, "/quizzes/" + quizId, "quiz start");
    student.findElement(By.id("name")).sendKeys("Ada");
    click(student, By.cssSelector("form[action$='/attempts'] button"));
    waiting(student).until(ExpectedConditions.presenceOfElementLocated(By.id("question-prompt")));
    audit(student, "question");
    answerShown(student);
    waiting(student).until(ExpectedConditions.presenceOfElementLocated(By.id("feedback")));
    audit(student, "feedback");
    for (int i = 0; i < 2; i++) {
      click(student, By.id("next"));
      answerShown(student);
      waiting(student).until(ExpectedConditions.presenceOfElementLocated(By.id("next")));
    }
    click(student, By.id("next"));
    waiting(student).until(ExpectedConditions.presenceOfElementLocated(By.id("score-title")));
    audit(student, "score");

    // Self-study: practice, citing, feedback, the end of a run, the learner's pages.
    visit(student, "/quizzes/" + quizId, "quiz start with practice");
    click(student, By.cssSelector("input[name=mode][value=hard]"));
    click(student, By.id("practise"));
    waiting(student).until(ExpectedConditions.presenceOfElementLocated(By.id("tier")));
    audit(student, "practice question");
    answerShown(student);
    waiting(student).until(ExpectedConditions.presenceOfElementLocated(By.id("cite-title")));
    audit(student, "cite the evidence");
    click(student, By.cssSelector("button.sentence"));
    waiting(student).until(ExpectedConditions.presenceOfElementLocated(By.id("citation")));
    audit(student, "practice feedback");
    click(student, By.id("next"));
    click(student, By.linkText("Stop for now"));
    waiting(student).until(ExpectedConditions.presenceOfElementLocated(By.id("summary-title")));
    audit(student, "practice summary");
    visit(student, "/study", "my practice");
    visit(student, "/study/progress", "my progress");
    visit(student, "/study/continue", "recovery code");
    visit(student, "/join", "join");
    visit(student, "/no-such-page", "not found");

    ChromeDriver teacher = open();
    visit(teacher, "/login", "sign in");
    teacher.findElement(By.id("email")).sendKeys(TestApp.ADMIN_EMAIL);
    teacher.findElement(By.id("password")).sendKeys(TestApp.ADMIN_PASSWORD);
    click(teacher, By.cssSelector("form[action='/login'] button"));
    waiting(teacher).until(ExpectedConditions.urlContains("/teach"));
    audit(teacher, "dashboard");
    visit(teacher, "/teach/articles/new", "new article");
    visit(teacher, "/teach/import", "import");
    visit(teacher, "/teach/teachers", "teachers");
    visit(teacher, "/account/password", "password");
    visit(teacher, "/teach/quizzes/" + quizId, "review");
    visit(teacher, "/teach/quizzes/" + quizId + "/questions/month/edit", "edit question");
    visit(teacher, "/teach/quizzes/" + quizId + "/questions/new", "new question");
    visit(teacher, "/teach/quizzes/" + quizId + "/results", "results");
    visit(teacher, "/teach/quizzes/" + quizId, "review");
    click(teacher, By.cssSelector("#live-start summary"));
    click(teacher, By.id("start-session"));
    String code =
        waiting(teacher)
            .until(ExpectedConditions.presenceOfElementLocated(By.id("join-code")))
            .getText();
    audit(teacher, "projector");
    visit(student, "/join?code=" + code, "join with code");
    student.findElement(By.id("name")).sendKeys("Kai");
    click(student, By.cssSelector("form[action='/join'] button"));
    waiting(student)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("play-status"), "in"));
    audit(student, "live play");

    assertThat(audited).isGreaterThanOrEqualTo(25);
    assertThat(findings).as(String.join("\n", findings)).isEmpty();
  }
}
