package org.quiztrainer.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quiztrainer.testing.PageSession;
import org.quiztrainer.testing.StudentClient;
import org.quiztrainer.testing.TeacherClient;
import org.quiztrainer.testing.TestApp;

/** The authoring pages as a browser without JavaScript uses them. */
@Tag("nlp")
class AuthoringPagesTest {
  private final TestApp app = TestApp.start();
  private final TeacherClient api = TeacherClient.newTeacher(app, "Ann");
  private final PageSession ann = PageSession.signedIn(app, "ann@school.test", "ann-password-1");

  @AfterEach
  void stop() {
    app.close();
  }

  private String pasteSeedArticle() {
    ann.get("/teach/articles/new");
    var r =
        ann.post(
            "/teach/articles",
            Map.of(
                "title",
                "",
                "source",
                "AP",
                "text",
                TeacherClient.SEED_ARTICLE.replace("\n", "\r\n")));
    assertThat(r.status()).as(r.body()).isEqualTo(303);
    String location = r.header("location");
    assertThat(location).startsWith("/teach/quizzes/").endsWith("?created=1");
    String quizId = location.substring("/teach/quizzes/".length(), location.indexOf('?'));
    ann.awaitDrafted(quizId);
    return quizId;
  }

  private List<String> ids(String quizId) {
    List<String> ids = new ArrayList<>();
    api.full(quizId).get("questions").forEach(q -> ids.add(q.get("id").asText()));
    return ids;
  }

  @Test
  void each_generated_draft_is_tagged_with_the_reading_skill_it_practises() {
    String quizId = pasteSeedArticle();
    String page = ann.get("/teach/quizzes/" + quizId).body();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("class=\"q-skill\"[^>]*>([^<]+)<").matcher(page);
    java.util.Set<String> skills = new java.util.TreeSet<>();
    int tagged = 0;
    while (m.find()) {
      skills.add(m.group(1));
      tagged++;
    }
    assertThat(tagged).isEqualTo(ids(quizId).size());
    assertThat(skills).contains("People", "Places", "Numbers", "Quotes");
  }

  @Test
  void a_pasted_article_becomes_a_draft_reviewed_beside_its_highlighted_evidence() {
    String quizId = pasteSeedArticle();
    JsonNode quiz = api.full(quizId);
    assertThat(quiz.get("title").asText())
        .as("the headline-less article takes its first line, as browsers send CRLF")
        .startsWith("RUSSIAN Defence Minister Andrei Belousov arrived");
    assertThat(quiz.get("articleText").asText()).isEqualTo(TeacherClient.SEED_ARTICLE);
    String page = ann.get("/teach/quizzes/" + quizId + "?created=1").body();
    assertThat(page).contains("Drafted " + quiz.get("questions").size() + " questions");
    assertThat(page).contains("<mark class=\"evidence\"", "data-q=\"");
    String first = quiz.get("questions").get(0).get("id").asText();
    assertThat(page).contains("id=\"q-" + first + "\"");
    assertThat(page).contains(quiz.get("questions").size() + " not yet reviewed");
  }

  @Test
  void an_uploaded_txt_file_works_and_other_files_get_a_form_error() {
    ann.get("/teach/articles/new");
    var ok =
        ann.upload(
            "/teach/articles",
            Map.of("title", "From a file"),
            "file",
            "article.txt",
            TeacherClient.SEED_ARTICLE.getBytes(StandardCharsets.UTF_8));
    assertThat(ok.status()).as(ok.body()).isEqualTo(303);
    String location = ok.header("location");
    ann.awaitDrafted(location.substring("/teach/quizzes/".length(), location.indexOf('?')));

    var pdf = ann.upload("/teach/articles", Map.of(), "file", "article.pdf", new byte[] {1, 2});
    assertThat(pdf.status()).isEqualTo(400);
    assertThat(pdf.body()).contains("Choose a .txt file");
    var latin1 =
        ann.upload(
            "/teach/articles",
            Map.of(),
            "file",
            "a.txt",
            "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(latin1.status()).isEqualTo(400);
    assertThat(latin1.body()).contains("The file is not UTF-8 text");
    var big =
        ann.upload(
            "/teach/articles",
            Map.of(),
            "file",
            "big.txt",
            "word ".repeat(45_000).getBytes(StandardCharsets.UTF_8));
    assertThat(big.status()).isEqualTo(413);
    assertThat(big.body()).contains("over 200 KB");
    var empty = ann.post("/teach/articles", Map.of("text", "  "));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("The article is empty");
    assertThat(api.get("/api/teacher/quizzes").json().size()).isEqualTo(1);
  }

  @Test
  void accept_reject_and_move_change_the_draft() {
    String quizId = pasteSeedArticle();
    List<String> before = ids(quizId);
    String base = "/teach/quizzes/" + quizId + "/questions/";
    assertThat(ann.post(base + before.get(0) + "/accept", Map.of()).status()).isEqualTo(303);
    assertThat(ann.post(base + before.get(1) + "/reject", Map.of()).status()).isEqualTo(303);
    assertThat(ann.post(base + before.get(3) + "/up", Map.of()).status()).isEqualTo(303);
    List<String> after = ids(quizId);
    assertThat(after).doesNotContain(before.get(1));
    assertThat(after.subList(0, 3)).containsExactly(before.get(0), before.get(3), before.get(2));
    assertThat(ann.get("/teach/quizzes/" + quizId).body())
        .contains((before.size() - 2) + " not yet reviewed");
    assertThat(ann.post(base + "nope/accept", Map.of()).status()).isEqualTo(404);
    assertThat(ann.post(base + before.get(0) + "/explode", Map.of()).status()).isEqualTo(404);
  }

  @Test
  void shuffling_reorders_the_choices_and_keeps_the_answer() {
    String quizId = pasteSeedArticle();
    JsonNode mc = null;
    for (JsonNode q : api.full(quizId).get("questions")) {
      if (q.get("type").asText().equals("multiple_choice")) {
        mc = q;
        break;
      }
    }
    assertThat(mc).isNotNull();
    ann.post(
        "/teach/quizzes/" + quizId + "/questions/" + mc.get("id").asText() + "/shuffle", Map.of());
    JsonNode after = null;
    for (JsonNode q : api.full(quizId).get("questions")) {
      if (q.get("id").equals(mc.get("id"))) {
        after = q;
      }
    }
    assertThat(after.get("choices")).isNotEqualTo(mc.get("choices"));
    assertThat(after.get("choices")).containsExactlyInAnyOrderElementsOf(mc.get("choices"));
    assertThat(after.get("answer")).isEqualTo(mc.get("answer"));
  }

  private Map<String, String> question(String type, String prompt, String answer, String evidence) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("type", type);
    f.put("prompt", prompt);
    f.put("choices", "Andrei Belousov\nSergei Shoigu\nRustem Umerov");
    f.put("answer", answer);
    f.put("accepted", "");
    f.put("tolerance", "");
    f.put("explanation", "");
    f.put("evidence", evidence);
    f.put("evidence_start", "");
    return f;
  }

  @Test
  void a_teacher_edits_a_question_and_selects_its_evidence_by_offset() {
    String quizId = pasteSeedArticle();
    String id = ids(quizId).get(0);
    assertThat(ann.get("/teach/quizzes/" + quizId + "/questions/" + id + "/edit").body())
        .contains("Edit question", "name=\"evidence_start\"");
    int start = TeacherClient.SEED_ARTICLE.indexOf("replaced Sergei Shoigu");
    Map<String, String> f =
        question(
            "multiple_choice",
            "Who became defence minister in May?",
            "Andrei Belousov",
            " replaced Sergei Shoigu");
    f.put("evidence_start", String.valueOf(start - 1)); // the selection took the space before it
    var r = ann.post("/teach/quizzes/" + quizId + "/questions/" + id, f);
    assertThat(r.status()).as(r.body()).isEqualTo(303);
    JsonNode q = api.full(quizId).get("questions").get(0);
    assertThat(q.get("prompt").asText()).isEqualTo("Who became defence minister in May?");
    assertThat(q.get("evidence").get("start").asInt()).isEqualTo(start);
    assertThat(q.get("evidence").get("text").asText()).isEqualTo("replaced Sergei Shoigu");
    assertThat(q.get("explanation").asText()).isEqualTo(QuestionForm.DEFAULT_EXPLANATION);
  }

  @Test
  void a_broken_edit_shows_the_form_again_with_what_to_fix_and_changes_nothing() {
    String quizId = pasteSeedArticle();
    String id = ids(quizId).get(0);
    JsonNode before = api.full(quizId).get("questions").get(0);
    var wrongAnswer =
        ann.post(
            "/teach/quizzes/" + quizId + "/questions/" + id,
            question("multiple_choice", "Who?", "Vladimir Putin", "replaced Sergei Shoigu"));
    assertThat(wrongAnswer.status()).isEqualTo(400);
    assertThat(wrongAnswer.body())
        .contains(
            "The correct answer must be exactly one of the choices.", "value=\"Vladimir Putin\"");
    var noEvidence =
        ann.post(
            "/teach/quizzes/" + quizId + "/questions/" + id,
            question("short_answer", "Who?", "Belousov", "words that are not in the article"));
    assertThat(noEvidence.status()).isEqualTo(400);
    assertThat(noEvidence.body()).contains("is not in the article text");
    assertThat(api.full(quizId).get("questions").get(0)).isEqualTo(before);
  }

  @Test
  void a_teacher_adds_a_question_of_their_own_at_the_end() {
    String quizId = pasteSeedArticle();
    int count = ids(quizId).size();
    assertThat(ann.get("/teach/quizzes/" + quizId + "/questions/new").body())
        .contains("Add a question");
    Map<String, String> f =
        question(
            "numeric",
            "How many soldiers has North Korea sent, by US estimates?",
            "10,000",
            "more than 10,000 soldiers");
    f.put("accepted", "ten thousand");
    var r = ann.post("/teach/quizzes/" + quizId + "/questions", f);
    assertThat(r.status()).as(r.body()).isEqualTo(303);
    List<String> after = ids(quizId);
    assertThat(after).hasSize(count + 1);
    JsonNode added = api.full(quizId).get("questions").get(count);
    assertThat(added.get("type").asText()).isEqualTo("numeric");
    assertThat(added.get("acceptedAnswers").get(0).asText()).isEqualTo("ten thousand");
    assertThat(r.header("location")).endsWith("#q-" + added.get("id").asText());
  }

  @Test
  void
      publishing_from_the_review_screen_opens_the_quiz_to_students_and_previews_stay_out_of_results() {
    String quizId = pasteSeedArticle();
    var preview = ann.post("/teach/quizzes/" + quizId + "/preview", Map.of());
    assertThat(preview.status()).isEqualTo(303);
    assertThat(ann.get(preview.header("location")).body()).contains("Question 1 of");
    assertThat(app.get("/quizzes/" + quizId).status()).isEqualTo(404);

    assertThat(
            ann.post("/teach/quizzes/" + quizId + "/publish", Map.of("published", "true")).status())
        .isEqualTo(303);
    assertThat(app.get("/quizzes/" + quizId).status()).isEqualTo(200);
    assertThat(ann.get("/teach").body()).contains("Published");
    StudentClient.startOn(app, quizId, "Real Student");
    String results = ann.get("/teach/quizzes/" + quizId + "/results").body();
    assertThat(results).contains("1 attempt ", "Real Student").doesNotContain("Preview: Ann");
  }

  @Test
  void editing_a_published_question_never_rewrites_an_answer_already_given() {
    String quizId = pasteSeedArticle();
    ann.post("/teach/quizzes/" + quizId + "/publish", Map.of("published", "true"));
    JsonNode q = api.full(quizId).get("questions").get(0);
    String id = q.get("id").asText();
    StudentClient student = StudentClient.startOn(app, quizId, "Early");
    String given = q.get("answer").asText();
    JsonNode graded = student.answer(id, given).json();
    assertThat(graded.get("correct").asBoolean()).isTrue();

    Map<String, String> f =
        question(
            "short_answer", "A new question in its place?", "something else", "Pyongyang airport");
    assertThat(ann.post("/teach/quizzes/" + quizId + "/questions/" + id, f).status())
        .isEqualTo(303);

    JsonNode report = student.report();
    assertThat(report.get("answers").get(0).get("correct").asBoolean()).isTrue();
    assertThat(student.answer(id, given).json().get("correctAnswer").asText())
        .as("the stored result still names the key the student answered against")
        .isEqualTo(given);
  }
}
