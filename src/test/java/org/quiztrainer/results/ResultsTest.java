package org.quiztrainer.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quiztrainer.testing.PageSession;
import org.quiztrainer.testing.StudentClient;
import org.quiztrainer.testing.TeacherClient;
import org.quiztrainer.testing.TestApp;

class ResultsTest {
  private final TestApp app = TestApp.start();
  private final TeacherClient ann = TeacherClient.newTeacher(app, "Ann");
  private final String quiz = ann.publishedSeedQuiz("Results quiz");
  private final JsonNode questions = ann.full(quiz).get("questions");

  @AfterEach
  void stop() {
    app.close();
  }

  private String wrongAnswerTo(JsonNode q) {
    if (q.has("choices")) {
      for (JsonNode c : q.get("choices")) {
        if (!c.asText().equals(q.get("answer").asText())) {
          return c.asText();
        }
      }
    }
    return q.get("type").asText().equals("numeric") ? "123456789" : "zzzz";
  }

  /**
   * Student i answers the first two questions: question 1 right if i < 3, question 2 right if i is
   * even.
   */
  private void fiveStudents() {
    String[] names = {"Ada", "=HYPERLINK(\"x\")", "Cy", "Di", "Ed"};
    for (int i = 0; i < 5; i++) {
      StudentClient s = StudentClient.startOn(app, quiz, names[i]);
      JsonNode q1 = questions.get(0);
      JsonNode q2 = questions.get(1);
      s.answer(q1.get("id").asText(), i < 3 ? q1.get("answer").asText() : wrongAnswerTo(q1));
      s.answer(q2.get("id").asText(), i % 2 == 0 ? q2.get("answer").asText() : wrongAnswerTo(q2));
    }
  }

  @Test
  void the_csv_has_a_row_per_attempt_and_a_column_per_question() throws Exception {
    fiveStudents();
    var r = ann.get("/api/quizzes/" + quiz + "/results.csv");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("content-type")).startsWith("text/csv");
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(r.body()))
            .getRecords();
    assertThat(rows).hasSize(5);
    String q1 = questions.get(0).get("id").asText();
    String q2 = questions.get(1).get("id").asText();
    String q3 = questions.get(2).get("id").asText();
    assertThat(rows).extracting(row -> row.get(q1)).containsExactly("1", "1", "1", "0", "0");
    assertThat(rows).extracting(row -> row.get(q2)).containsExactly("1", "0", "1", "0", "1");
    assertThat(rows).extracting(row -> row.get(q3)).containsOnly("");
    assertThat(rows).extracting(row -> row.get("score")).containsExactly("2", "1", "2", "0", "1");
    assertThat(rows.get(1).get("name"))
        .as("a name a spreadsheet would run as a formula is defused")
        .isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(rows.get(0).getParser().getHeaderNames()).hasSize(5 + questions.size());
  }

  @Test
  void the_results_page_shows_the_grid_and_the_item_analysis() {
    fiveStudents();
    PageSession s = PageSession.signedIn(app, "ann@school.test", "ann-password-1");
    String page = s.get("/teach/quizzes/" + quiz + "/results").body();
    assertThat(page).contains("5 attempts", "mean score 1.2 of " + questions.size());
    assertThat(page).contains("id=\"results-grid\"", "id=\"facility-chart\"", "id=\"item-table\"");
    String row1 = page.substring(page.indexOf("id=\"item-" + questions.get(0).get("id").asText()));
    // question 1: 3 of 5 right; the top student (2 right) got it, the bottom one (0) did not
    assertThat(row1.substring(0, row1.indexOf("</tr>"))).contains("60%", "1.00");
    assertThat(page).contains("Ada");
  }

  @Test
  void with_no_attempts_the_page_says_how_results_will_come() {
    PageSession s = PageSession.signedIn(app, "ann@school.test", "ann-password-1");
    assertThat(s.get("/teach/quizzes/" + quiz + "/results").body())
        .contains("No one has taken this quiz yet");
    assertThat(ann.get("/api/quizzes/" + quiz + "/results.csv").body().lines().count())
        .isEqualTo(1);
  }
}
