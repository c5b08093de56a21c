package org.quiztrainer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.quiztrainer.testing.TeacherClient;
import org.quiztrainer.testing.TestApp;

/**
 * The teacher's whole loop in headless Chromium: sign in, paste an article, edit a draft with the
 * evidence selected in the article, publish, a student takes it, and the teacher reads the results
 * and the item analysis.
 */
@Tag("nlp")
@Tag("browser")
class TeacherJourneyTest {
  private final TestApp app = TestApp.start();
  private ChromeDriver teacher;
  private ChromeDriver student;

  @AfterEach
  void stop() {
    for (ChromeDriver d : new ChromeDriver[] {teacher, student}) {
      if (d != null) {
        d.quit();
      }
    }
    app.close();
  }

  private static WebDriverWait waiting(ChromeDriver d) {
    return new WebDriverWait(d, Duration.ofSeconds(15));
  }

  private static void screenshot(ChromeDriver d, String name) throws IOException {
    Files.copy(
        d.getScreenshotAs(OutputType.FILE).toPath(),
        Chromium.screenshotDir().resolve(name),
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void a_teacher_goes_from_a_pasted_article_to_a_published_quiz_and_reads_its_results()
      throws Exception {
    TeacherClient.newTeacher(app, "Ann");
    teacher = Chromium.start(1366, 900, true);

    // Sign in, arriving from the link a colleague shared.
    teacher.get(app.url("/teach"));
    waiting(teacher).until(ExpectedConditions.presenceOfElementLocated(By.id("email")));
    teacher.findElement(By.id("email")).sendKeys("ann@school.test");
    teacher.findElement(By.id("password")).sendKeys("ann-password-1");
    teacher.findElement(By.cssSelector("form[action='/login'] button")).click();
    waiting(teacher).until(ExpectedConditions.presenceOfElementLocated(By.id("dash-title")));
    assertThat(teacher.findElement(By.cssSelector(".empty")).getText()).contains("No quizzes yet");

    // Paste the article.
    teacher.findElement(By.linkText("New quiz from an article")).click();
    waiting(teacher).until(ExpectedConditions.presenceOfElementLocated(By.id("text")));
    teacher.findElement(By.id("title")).sendKeys("Belousov in Pyongyang");
    teacher.findElement(By.id("source")).sendKeys("AP");
    teacher.findElement(By.id("text")).sendKeys(TeacherClient.SEED_ARTICLE);
    teacher.findElement(By.cssSelector("form[action='/teach/articles'] button")).click();

    // The drafting page shows progress and, once the draft is ready, turns into the review
    // screen; the first draft of the test JVM waits for the language models.
    new org.openqa.selenium.support.ui.WebDriverWait(teacher, java.time.Duration.ofSeconds(180))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".q-card")));
    // Review: every draft is tied to highlighted evidence in the article.
    List<WebElement> cards = teacher.findElements(By.cssSelector(".q-card"));
    assertThat(cards.size()).isGreaterThanOrEqualTo(15);
    assertThat(teacher.findElement(By.cssSelector(".notice")).getText()).contains("Drafted");
    assertThat(teacher.findElements(By.cssSelector("#article mark.evidence"))).isNotEmpty();
    String quizUrl = teacher.getCurrentUrl().replaceAll("\\?.*", "");
    screenshot(teacher, "teacher-review.png");

    // Edit the first draft: a new prompt and evidence chosen by selecting words in the article.
    cards.get(0).findElement(By.linkText("Edit")).click();
    waiting(teacher).until(ExpectedConditions.presenceOfElementLocated(By.id("prompt")));
    new org.openqa.selenium.support.ui.Select(teacher.findElement(By.id("type")))
        .selectByValue("short_answer");
    WebElement prompt = teacher.findElement(By.id("prompt"));
    prompt.clear();
    prompt.sendKeys("Who did Belousov replace as defence minister?");
    WebElement answer = teacher.findElement(By.id("answer"));
    answer.clear();
    answer.sendKeys("Sergei Shoigu");
    teacher.findElement(By.id("accepted")).clear();
    teacher.findElement(By.id("accepted")).sendKeys("Shoigu");
    selectInArticle("replaced Sergei Shoigu as defence minister in May");
    assertThat(teacher.findElement(By.id("evidence")).getAttribute("value"))
        .isEqualTo("replaced Sergei Shoigu as defence minister in May");
    assertThat(teacher.findElement(By.id("evidence_start")).getAttribute("value"))
        .isEqualTo(String.valueOf(TeacherClient.SEED_ARTICLE.indexOf("replaced Sergei Shoigu as")));
    screenshot(teacher, "teacher-edit.png");
    teacher.findElement(By.cssSelector(".question-form button[type=submit]")).click();
    waiting(teacher)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".q-card .q-prompt"),
                "Who did Belousov replace as defence minister?"));

    // Publish, keeping the other drafts as they are.
    teacher.findElement(By.id("publish-button")).click();
    waiting(teacher)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-status"), "Published"));
    String quizId = quizUrl.substring(quizUrl.lastIndexOf('/') + 1);

    // A student takes it and answers the edited question, then one more.
    student = Chromium.start(1280, 900, true);
    student.get(app.url("/"));
    student.findElement(By.partialLinkText("Belousov in Pyongyang")).click();
    waiting(student)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("name")))
        .sendKeys("Noor");
    student.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement first =
        waiting(student)
            .until(ExpectedConditions.presenceOfElementLocated(By.id("question-prompt")));
    assertThat(first.getText()).isEqualTo("Who did Belousov replace as defence minister?");
    student.findElement(By.id("answer")).sendKeys("shoigu");
    student.findElement(By.cssSelector(".answer-form button[type=submit]")).click();
    WebElement feedback =
        waiting(student).until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback")));
    assertThat(feedback.getText()).contains("Right");
    assertThat(student.findElement(By.id("evidence")).getText())
        .isEqualTo("replaced Sergei Shoigu as defence minister in May");

    // The teacher reads the result and the item analysis.
    teacher.get(app.url("/teach/quizzes/" + quizId + "/results"));
    waiting(teacher).until(ExpectedConditions.presenceOfElementLocated(By.id("results-grid")));
    assertThat(teacher.findElement(By.id("results-summary")).getText()).startsWith("1 attempt ");
    assertThat(teacher.findElement(By.id("results-grid")).getText()).contains("Noor", "✓");
    assertThat(teacher.findElement(By.id("facility-chart")).getAttribute("role")).isEqualTo("img");
    WebElement firstItem = teacher.findElements(By.cssSelector("#item-table tbody tr")).get(0);
    assertThat(firstItem.getText()).contains("Who did Belousov replace", "100%");
    screenshot(teacher, "teacher-results.png");
  }

  /** Selects the words in the article as a mouse would, and lets the page hear the mouseup. */
  private void selectInArticle(String words) {
    ((JavascriptExecutor) teacher)
        .executeScript(
            "const words = arguments[0];"
                + "const walker = document.createTreeWalker(document.getElementById('article'),"
                + " NodeFilter.SHOW_TEXT);"
                + "for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
                + "  const at = n.data.indexOf(words);"
                + "  if (at >= 0) {"
                + "    const r = document.createRange();"
                + "    r.setStart(n, at); r.setEnd(n, at + words.length);"
                + "    const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
                + "    n.parentElement.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));"
                + "    return;"
                + "  }"
                + "}"
                + "throw new Error('not in the article: ' + words);",
            words);
  }
}
