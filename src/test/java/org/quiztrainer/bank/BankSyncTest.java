package org.quiztrainer.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.Config;
import org.quiztrainer.attempt.AttemptDao;
import org.quiztrainer.attempt.AttemptService;
import org.quiztrainer.cluster.LocalSignals;
import org.quiztrainer.db.Database;
import org.quiztrainer.grading.Grader;
import org.quiztrainer.quiz.QuestionDao;
import org.quiztrainer.quiz.QuizCatalog;
import org.quiztrainer.quiz.QuizDao;
import org.quiztrainer.testing.TestDatabases;

/** Loading the bank into a real H2 database, again and again, with edits in between. */
class BankSyncTest {
  @TempDir Path data;
  @TempDir Path questions;
  private Database db;
  private BankSync sync;
  private QuizCatalog catalog;
  private AttemptService attempts;

  @BeforeEach
  void open() {
    db = Database.open(TestDatabases.fresh(Config.forDataDir(data, questions)));
    QuestionDao questionDao = new QuestionDao();
    QuizDao quizDao = new QuizDao();
    catalog = new QuizCatalog(db.jdbi(), quizDao, questionDao, new LocalSignals());
    sync =
        new BankSync(
            db.jdbi(),
            quizDao,
            questionDao,
            new QuestionBank(new BankFileParser()),
            org.quiztrainer.testing.TestGenerator.companion(db.jdbi(), catalog));
    attempts = new AttemptService(db.jdbi(), new AttemptDao(), questionDao, catalog, new Grader());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private int rows(String table) {
    return db.jdbi()
        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
  }

  @Test
  void loading_twice_changes_nothing() {
    BankFiles.folder(questions, BankFiles.quiz(""));
    assertThat(sync.load(questions)).isEmpty();
    int versions = rows("question_version");
    int current = rows("question");
    sync.load(questions);
    assertThat(rows("quiz")).as("the quiz and its generated companion").isEqualTo(2);
    assertThat(rows("article")).isEqualTo(1);
    assertThat(rows("question")).isEqualTo(current);
    assertThat(rows("question_version")).isEqualTo(versions);
    assertThat(catalog.find("tiny").orElseThrow().questions()).hasSize(4);
  }

  @Test
  void editing_a_question_keeps_the_record_of_past_answers() throws Exception {
    BankFiles.folder(questions, BankFiles.quiz(""));
    sync.load(questions);
    var started = attempts.start("tiny", "Ada");
    var before = attempts.answer(started.attemptId(), started.token(), "who", "Belousov");
    assertThat(before.answer().correct()).isTrue();

    Path file = questions.resolve("tiny.quiz.yaml");
    int versions = rows("question_version");
    Files.writeString(file, Files.readString(file).replace("answer: Belousov", "answer: Shoigu"));
    sync.load(questions);

    assertThat(catalog.find("tiny").orElseThrow().question("who").orElseThrow().answer())
        .isEqualTo("Shoigu");
    var report = attempts.report(started.attemptId(), started.token());
    var kept = report.answerTo("who").orElseThrow();
    assertThat(kept.answer().given()).isEqualTo("Belousov");
    assertThat(kept.answer().correct()).isTrue();
    assertThat(kept.question().answer()).isEqualTo("Belousov");
    assertThat(rows("question_version")).isEqualTo(versions + 1);
  }

  @Test
  void a_question_dropped_from_the_file_is_retired_and_returns_when_restored() throws Exception {
    Path file = BankFiles.folder(questions, BankFiles.quiz("")).resolve("tiny.quiz.yaml");
    String full = Files.readString(file);
    Files.writeString(file, full.substring(0, full.indexOf("  - id: sent")));
    sync.load(questions);
    BankFiles.folder(questions, full);
    sync.load(questions);
    int versions = rows("question_version");
    Files.writeString(file, full.substring(0, full.indexOf("  - id: sent")));
    sync.load(questions);
    assertThat(catalog.find("tiny").orElseThrow().questions())
        .extracting(q -> q.id())
        .containsExactly("who", "how-many", "month");
    BankFiles.folder(questions, full);
    sync.load(questions);
    assertThat(catalog.find("tiny").orElseThrow().questions()).hasSize(4);
    assertThat(rows("question_version")).isEqualTo(versions);
  }

  @Test
  void each_quiz_gets_a_published_companion_of_generated_questions_with_exact_evidence() {
    BankFiles.folder(questions, BankFiles.quiz(""));
    sync.load(questions);
    var generated = catalog.findPublished("tiny-generated").orElseThrow();
    assertThat(generated.title()).isEqualTo("A tiny quiz (generated practice)");
    assertThat(generated.questions()).isNotEmpty();
    String body = generated.article().body();
    assertThat(generated.questions())
        .allSatisfy(
            q ->
                assertThat(body.substring(q.evidence().start(), q.evidence().end()))
                    .isEqualTo(q.evidence().text()));
  }

  @Test
  void a_broken_file_is_reported_and_leaves_the_loaded_quiz_as_it_was() throws Exception {
    Path file = BankFiles.folder(questions, BankFiles.quiz("")).resolve("tiny.quiz.yaml");
    sync.load(questions);
    Files.writeString(file, Files.readString(file).replace("type: numeric", "type: numerik"));
    assertThat(sync.load(questions))
        .singleElement()
        .asString()
        .contains("tiny.quiz.yaml", "numerik");
    assertThat(catalog.find("tiny").orElseThrow().questions()).hasSize(4);
  }

  @Test
  void a_missing_folder_is_reported_not_fatal() {
    assertThat(sync.load(questions.resolve("nope")))
        .singleElement()
        .asString()
        .contains("does not exist");
  }
}
