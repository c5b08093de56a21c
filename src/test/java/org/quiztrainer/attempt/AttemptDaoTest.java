package org.quiztrainer.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.Config;
import org.quiztrainer.bank.BankFileParser;
import org.quiztrainer.bank.BankSync;
import org.quiztrainer.bank.QuestionBank;
import org.quiztrainer.db.Database;
import org.quiztrainer.db.UniqueViolation;
import org.quiztrainer.quiz.QuestionDao;
import org.quiztrainer.quiz.QuizDao;
import org.quiztrainer.testing.TestDatabases;

class AttemptDaoTest {
  @TempDir Path data;
  private Database db;
  private final AttemptDao dao = new AttemptDao();
  private long versionId;

  @BeforeEach
  void open() {
    db = Database.open(TestDatabases.fresh(Config.forDataDir(data, Path.of("questions"))));
    new BankSync(
            db.jdbi(),
            new QuizDao(),
            new QuestionDao(),
            new QuestionBank(new BankFileParser()),
            org.quiztrainer.testing.TestGenerator.companion(
                db.jdbi(),
                new org.quiztrainer.quiz.QuizCatalog(
                    db.jdbi(),
                    new QuizDao(),
                    new QuestionDao(),
                    new org.quiztrainer.cluster.LocalSignals())))
        .load(Path.of("questions"));
    versionId =
        db.jdbi()
            .withHandle(h -> new QuestionDao().current(h, "belousov-pyongyang").get(0).versionId());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Attempt attempt(String id) {
    return new Attempt(
        id,
        "belousov-pyongyang",
        "Ada",
        "hash",
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        false,
        null);
  }

  @Test
  void an_attempt_reads_back_as_written() {
    Attempt a = attempt("00000000-0000-0000-0000-000000000001");
    db.jdbi().useTransaction(h -> dao.insert(h, a));
    Optional<Attempt> found = db.jdbi().withHandle(h -> dao.find(h, a.id()));
    Optional<Attempt> missing =
        db.jdbi().withHandle(h -> dao.find(h, "00000000-0000-0000-0000-000000000009"));
    assertThat(found).contains(a);
    assertThat(missing).isEmpty();
  }

  @Test
  void answers_read_back_per_question() {
    Attempt a = attempt("00000000-0000-0000-0000-000000000002");
    var stored = new StoredAnswer("belousov-job", versionId, "Russia's defence minister", true);
    db.jdbi()
        .useTransaction(
            h -> {
              dao.insert(h, a);
              dao.insertAnswer(h, a.id(), stored);
            });
    List<StoredAnswer> all = db.jdbi().withHandle(h -> dao.answers(h, a.id()));
    Optional<StoredAnswer> one = db.jdbi().withHandle(h -> dao.answer(h, a.id(), "belousov-job"));
    Optional<StoredAnswer> none = db.jdbi().withHandle(h -> dao.answer(h, a.id(), "other"));
    assertThat(all).containsExactly(stored);
    assertThat(one).contains(stored);
    assertThat(none).isEmpty();
  }

  @Test
  void a_second_answer_to_the_same_question_is_refused_by_the_database() {
    Attempt a = attempt("00000000-0000-0000-0000-000000000003");
    var stored = new StoredAnswer("belousov-job", versionId, "x", false);
    db.jdbi()
        .useTransaction(
            h -> {
              dao.insert(h, a);
              dao.insertAnswer(h, a.id(), stored);
            });
    assertThatThrownBy(() -> db.jdbi().useTransaction(h -> dao.insertAnswer(h, a.id(), stored)))
        .satisfies(e -> assertThat(UniqueViolation.is(e)).isTrue());
  }
}
