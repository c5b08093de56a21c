package org.quiztrainer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quiztrainer.testing.TeacherClient;
import org.quiztrainer.testing.TestApp;

/**
 * The student's journey with the keyboard alone: Tab to move, Enter and Space to act, typing to
 * answer. Nothing is clicked; every step is reached by tabbing, so it can't pass if a control is
 * out of the tab order.
 */
@Tag("browser")
class KeyboardOnlyTest {
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

  private void press(CharSequence key) {
    new Actions(browser).sendKeys(key).perform();
  }

  /** Presses Tab until the focused element matches, as a keyboard user would. */
  private WebElement tabTo(String css) {
    for (int i = 0; i < 80; i++) {
      press(Keys.TAB);
      WebElement focused = browser.switchTo().activeElement();
      if ((Boolean)
          browser.executeScript("return arguments[0].matches(arguments[1])", focused, css)) {
        return focused;
      }
    }
    throw new AssertionError("Tab never reached " + css + " on " + browser.getCurrentUrl());
  }

  private void waitFor(String css) {
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  private void answerByKeyboard() {
    waitFor(".answer-form");
    if (browser.findElements(By.id("answer")).isEmpty()) {
      tabTo("input[name=answer]");
      press(Keys.SPACE);
    } else {
      tabTo("#answer");
      press("March");
    }
    tabTo(".answer-form button[type=submit]");
    press(Keys.ENTER);
  }

  @Test
  void a_student_takes_a_quiz_and_practises_with_the_keyboard_alone() throws Exception {
    TeacherClient ann = TeacherClient.newTeacher(app, "Ann");
    String quizId = ann.publishedThreeQuestionQuiz();

    browser = Chromium.start(1280, 900, true);
    browser.get(app.url("/"));
    tabTo("a[href='/quizzes/" + quizId + "']");
    press(Keys.ENTER);
    waitFor("#name");
    tabTo("#name");
    press("Ada");
    press(Keys.ENTER);
    for (int i = 0; i < 3; i++) {
      answerByKeyboard();
      waitFor("#next");
      tabTo("#next");
      press(Keys.ENTER);
    }
    waitFor("#score-title");
    assertThat(browser.findElement(By.id("score-title")).getText()).contains("/ 3");

    // Self-study: choose a tier, answer, and cite the evidence by tabbing to its sentence.
    browser.get(app.url("/quizzes/" + quizId));
    tabTo("input[name=mode][value=adaptive]");
    // Radio groups move with the arrow keys: adaptive, easy, medium, hard.
    press(Keys.ARROW_DOWN);
    press(Keys.ARROW_DOWN);
    press(Keys.ARROW_DOWN);
    tabTo("#practise");
    press(Keys.ENTER);
    waitFor("#tier");
    assertThat(browser.findElement(By.id("tier")).getText()).isEqualTo("Hard");
    answerByKeyboard();
    waitFor("#cite-title");
    tabTo("button.sentence[value='0']");
    press(Keys.ENTER);
    waitFor("#citation");
    assertThat(browser.findElement(By.id("feedback")).getText())
        .contains("✓ Right", "Evidence found");
    tabTo("#next");
    press(Keys.ENTER);
    waitFor("#question-prompt");
  }
}
