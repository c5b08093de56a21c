package org.quiztrainer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.testing.LearnerClient;
import org.quiztrainer.testing.MovableClock;
import org.quiztrainer.testing.TestApp;

/**
 * A learner in Chromium practises the seed article, misses a question, cites the evidence, comes
 * back the next day (the app's clock is moved on) and reviews the cards that are due.
 */
@Tag("browser")
class SelfStudyBrowserTest {
  private final MovableClock clock = new MovableClock();
  private final TestApp app = TestApp.start(clock);
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

  /** Clicks, again if an htmx swap replaced the element between finding and clicking it. */
  private void click(By by) {
    waiting()
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              d.findElement(by).click();
              return true;
            });
  }

  private void waitForText(By by, String text) {
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  private Question questionOnPage() {
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.name("questionId")));
    return LearnerClient.questionOn(browser.getPageSource());
  }

  /** Types or picks an answer to the question on the page. */
  private Question answer(boolean right) {
    Question q = questionOnPage();
    String given = LearnerClient.answerFor(q, browser.getPageSource(), right);
    if (browser.findElements(By.id("answer")).isEmpty()) {
      click(By.cssSelector("input[name=answer][value=\"" + given.replace("\"", "\\\"") + "\"]"));
    } else {
      browser.findElement(By.id("answer")).sendKeys(given);
    }
    click(By.cssSelector(".answer-form button[type=submit]"));
    waitForText(By.id("cite-title"), "Cite the evidence");
    return q;
  }

  /** Keeps a picture of the page for the docs and for looking at a failure. */
  private void shot(String name) throws java.io.IOException {
    java.nio.file.Files.copy(
        browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
        Chromium.screenshotDir().resolve(name),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private WebElement sentence(int index) {
    return browser.findElement(By.cssSelector("button.sentence[value='" + index + "']"));
  }

  @Test
  void a_learner_practises_misses_cites_the_evidence_and_reviews_the_next_day()
      throws java.io.IOException {
    browser = Chromium.start(1280, 900, true);
    browser.get(app.url("/quizzes/" + LearnerClient.SEED_QUIZ));
    click(By.cssSelector("input[name=mode][value=hard]"));
    click(By.id("practise"));

    // Miss the first question; the evidence is not shown until the learner has looked for it.
    Question missed = answer(false);
    assertThat(browser.findElements(By.cssSelector("mark.evidence"))).isEmpty();
    assertThat(browser.findElement(By.id("feedback")).getText()).contains("Not quite");
    shot("study-cite.png");
    sentence(LearnerClient.evidenceSentence(missed)).click();
    waitForText(By.id("citation"), "Evidence found");
    assertThat(browser.findElement(By.cssSelector("mark.evidence")).getText())
        .isEqualTo(missed.evidence().text());
    assertThat(browser.findElement(By.id("review-note")).getText()).contains("back tomorrow");
    shot("study-feedback.png");

    // Get the second right, citing by selecting the evidence's words with the mouse's help.
    click(By.id("next"));
    Question second = answer(true);
    WebElement holder = sentence(LearnerClient.evidenceSentence(second));
    browser.executeScript(
        "var b = arguments[0], t = b.firstChild, s = arguments[1], e = arguments[2];"
            + "var start = s - parseInt(b.parentElement.getAttribute('data-start'), 10);"
            + "var before = 0; for (var n = b.parentElement.firstChild; n !== b; n = n.nextSibling)"
            + " { before += n.textContent.length; }"
            + "var r = document.createRange(); r.setStart(t, start - before);"
            + " r.setEnd(t, start - before + (e - s));"
            + "var sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);"
            + "document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));",
        holder,
        second.evidence().start(),
        second.evidence().end());
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("cite-selection")));
    click(By.id("cite-selection"));
    waitForText(By.id("citation"), "Evidence found");
    assertThat(browser.findElement(By.id("review-note")).getText()).contains("no review needed");

    // Nothing is due today.
    browser.get(app.url("/"));
    waitForText(By.id("review-due"), "No cards due");

    // Tomorrow the missed question is due, and the review brings it back.
    clock.advance(Duration.ofDays(1));
    browser.get(app.url("/"));
    waitForText(By.id("review-due"), "Review 1 card due");
    click(By.id("review-due"));
    Question reviewed = answer(true);
    assertThat(reviewed.id()).isEqualTo(missed.id());
    sentence(LearnerClient.evidenceSentence(reviewed)).click();
    waitForText(By.id("citation"), "Evidence found");
    click(By.id("next"));
    waitForText(By.id("due-count"), "0");

    // The progress page's charts have moved.
    browser.get(app.url("/study/progress"));
    waitForText(By.id("answered"), "3");
    assertThat(browser.findElement(By.id("right-percent")).getText()).isEqualTo("67%");
    assertThat(browser.findElements(By.cssSelector("#time-chart rect.bar"))).hasSize(4);
    assertThat(browser.findElement(By.id("skills-table")).getText())
        .contains("Cause and effect 1 1 (100%) 1 of 1 (100%)"); // "Why did Belousov travel…?"
    shot("study-progress.png");
  }
}
