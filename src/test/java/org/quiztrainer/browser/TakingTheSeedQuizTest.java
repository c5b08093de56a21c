package org.quiztrainer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quiztrainer.bank.BankFileParser;
import org.quiztrainer.bank.BankQuiz;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionType;
import org.quiztrainer.testing.TestApp;

/** A student takes the whole seed quiz in headless Chromium, from the home page to the score. */
@Tag("browser")
class TakingTheSeedQuizTest {
  private static final BankQuiz SEED =
      new BankFileParser().parse(Path.of("questions/belousov-pyongyang.quiz.yaml"));
  private final TestApp app = TestApp.start();
  private ChromeDriver browser;

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    app.close();
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  private Question question(String prompt) {
    return SEED.questions().stream()
        .filter(q -> q.prompt().equals(prompt))
        .findFirst()
        .orElseThrow(() -> new AssertionError("unknown prompt on page: " + prompt));
  }

  /** The right answer on even-numbered questions, a wrong one on odd-numbered ones. */
  private static String answerFor(Question q, boolean right) {
    if (right) {
      return q.type() == QuestionType.SHORT_ANSWER ? q.answer().toUpperCase() : q.answer();
    }
    return switch (q.type()) {
      case MULTIPLE_CHOICE, TRUE_FALSE ->
          q.choices().stream().filter(c -> !c.equals(q.answer())).findFirst().orElseThrow();
      case NUMERIC -> "7";
      case SHORT_ANSWER -> "I am not sure";
    };
  }

  private void give(Question q, String answer) {
    if (q.type().hasChoices()) {
      browser
          .findElement(
              By.cssSelector("input[name=answer][value=\"" + answer.replace("\"", "\\\"") + "\"]"))
          .click();
    } else {
      browser.findElement(By.id("answer")).sendKeys(answer);
    }
    browser.findElement(By.cssSelector(".answer-form button[type=submit]")).click();
  }

  private boolean evidenceIsInView() {
    Object inView =
        ((JavascriptExecutor) browser)
            .executeScript(
                "var m = document.getElementById('evidence'), a = document.getElementById('article');"
                    + "var r = m.getBoundingClientRect(), p = a.getBoundingClientRect();"
                    + "return r.top >= p.top && r.bottom <= p.bottom && r.top >= 0 && r.bottom <= window.innerHeight;");
    return Boolean.TRUE.equals(inView);
  }

  @Test
  void a_student_answers_every_question_sees_each_evidence_highlighted_and_reaches_the_score()
      throws Exception {
    browser = Chromium.start(1280, 900, true);
    browser.get(app.url("/"));
    browser
        .findElement(By.partialLinkText("Russia's defence minister arrives in North Korea"))
        .click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("name"))).sendKeys("Ada");
    browser.findElement(By.cssSelector("button[type=submit]")).click();

    int right = 0;
    for (int n = 1; n <= SEED.questions().size(); n++) {
      waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".answer-form")));
      assertThat(browser.findElement(By.cssSelector(".progress label")).getText())
          .isEqualTo("Question " + n + " of 28");
      assertThat(browser.findElements(By.cssSelector("mark.evidence")))
          .as("no evidence before answering")
          .isEmpty();
      Question q = question(browser.findElement(By.id("question-prompt")).getText());
      boolean answerRight = n % 2 == 0;
      give(q, answerFor(q, answerRight));
      right += answerRight ? 1 : 0;

      WebElement feedback =
          waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback")));
      assertThat(feedback.findElement(By.className("verdict")).getText())
          .isEqualTo(answerRight ? "✓ Right" : "✗ Not quite");
      if (!answerRight) {
        String key =
            q.type() == QuestionType.TRUE_FALSE
                ? (q.answer().equals("true") ? "True" : "False")
                : q.answer();
        assertThat(feedback.findElement(By.className("correct-answer")).getText()).isEqualTo(key);
      }
      assertThat(feedback.getText()).contains(q.explanation());
      assertThat(browser.getCurrentUrl())
          .as("the address bar names the answered question")
          .contains("/questions/" + q.id());
      WebElement mark = browser.findElement(By.id("evidence"));
      assertThat(q.evidence().text()).startsWith(mark.getText());
      waiting().until(d -> evidenceIsInView());
      if (q.id().equals("banner-text")) {
        Files.copy(
            browser.getScreenshotAs(OutputType.FILE).toPath(),
            Chromium.screenshotDir().resolve("feedback.png"),
            StandardCopyOption.REPLACE_EXISTING);
      }
      browser.findElement(By.id("next")).click();
    }

    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("score-title"), "Your score"));
    assertThat(browser.findElement(By.className("score")).getText()).isEqualTo(right + " / 28");
    Files.copy(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        Chromium.screenshotDir().resolve("score.png"),
        StandardCopyOption.REPLACE_EXISTING);
    List<WebElement> review = browser.findElements(By.cssSelector(".review-item"));
    assertThat(review).hasSize(28);
    assertThat(browser.findElements(By.cssSelector(".review-item.wrong"))).hasSize(28 - right);

    browser.get(app.url("/"));
    assertThat(browser.findElement(By.id("recent-title")).getText())
        .isEqualTo("Your recent attempts");
    assertThat(browser.findElement(By.className("recent-list")).getText())
        .contains("as Ada", "score " + right + " / 28");
  }

  @Test
  void the_quiz_can_be_answered_with_the_keyboard_alone() {
    browser = Chromium.start(1280, 900, true);
    browser.get(app.url("/quizzes/belousov-pyongyang"));
    browser.findElement(By.id("name")).sendKeys("Kay", Keys.ENTER);
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".answer-form")));
    WebElement body = browser.findElement(By.tagName("body"));
    body.sendKeys(Keys.TAB);
    for (int i = 0;
        i < 20 && !"radio".equals(browser.switchTo().activeElement().getAttribute("type"));
        i++) {
      browser.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    WebElement focused = browser.switchTo().activeElement();
    assertThat(focused.getAttribute("type")).isEqualTo("radio");
    Object outline =
        ((JavascriptExecutor) browser)
            .executeScript("return getComputedStyle(arguments[0]).outlineStyle", focused);
    assertThat(outline).as("focus is visible").isNotEqualTo("none");
    focused.sendKeys(Keys.SPACE);
    focused.sendKeys(Keys.ENTER);
    WebElement feedback =
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback")));
    assertThat(browser.switchTo().activeElement()).isEqualTo(feedback);
  }

  @Test
  void without_javascript_on_a_phone_the_quiz_still_works_with_the_article_stacked()
      throws Exception {
    browser = Chromium.start(390, 844, false);
    browser.get(app.url("/quizzes/belousov-pyongyang"));
    browser.findElement(By.id("name")).sendKeys("Noor");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    Question q =
        question(
            waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("question-prompt")))
                .getText());
    WebElement panel = browser.findElement(By.className("question-panel"));
    WebElement article = browser.findElement(By.id("article"));
    assertThat(article.getRect().getY())
        .isGreaterThanOrEqualTo(panel.getRect().getY() + panel.getRect().getHeight());
    Object widths =
        ((JavascriptExecutor) browser)
            .executeScript("return [window.innerWidth, document.documentElement.scrollWidth]");
    assertThat(widths)
        .as("a phone-sized viewport with no sideways scrolling")
        .isEqualTo(List.of(390L, 390L));
    give(q, answerFor(q, true));
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback")));
    assertThat(browser.getCurrentUrl()).endsWith("#evidence");
    assertThat(browser.findElement(By.id("evidence")).getText()).isEqualTo(q.evidence().text());
    Files.copy(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        Chromium.screenshotDir().resolve("phone-no-js.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
