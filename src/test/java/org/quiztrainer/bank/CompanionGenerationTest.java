package org.quiztrainer.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiztrainer.Config;
import org.quiztrainer.cluster.LocalSignals;
import org.quiztrainer.db.Database;
import org.quiztrainer.quiz.QuestionDao;
import org.quiztrainer.quiz.Quiz;
import org.quiztrainer.quiz.QuizCatalog;
import org.quiztrainer.quiz.QuizDao;
import org.quiztrainer.testing.TestDatabases;
import org.quiztrainer.testing.TestGenerator;

/** A quiz whose companion is not shipped gets one made in the background, once. */
@Tag("nlp")
class CompanionGenerationTest {
  @TempDir Path data;
  @TempDir Path questions;
  private Database db;
  private BankSync sync;
  private QuizCatalog catalog;

  @BeforeEach
  void open() {
    db = Database.open(TestDatabases.fresh(Config.forDataDir(data, questions)));
    catalog = new QuizCatalog(db.jdbi(), new QuizDao(), new QuestionDao(), new LocalSignals());
    sync =
        new BankSync(
            db.jdbi(),
            new QuizDao(),
            new QuestionDao(),
            new QuestionBank(new BankFileParser()),
            TestGenerator.companion(db.jdbi(), catalog));
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Quiz awaitCompanion() throws InterruptedException {
    long until = System.nanoTime() + 180_000_000_000L;
    while (System.nanoTime() < until) {
      Optional<Quiz> q = catalog.find("tiny-generated");
      if (q.isPresent() && !q.get().questions().isEmpty()) {
        return q.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no companion within 3 minutes");
  }

  @Test
  void the_companion_is_generated_in_the_background_and_kept_until_the_article_changes()
      throws Exception {
    BankFiles.folderWithoutCompanion(questions, BankFiles.quiz(""), BankFiles.ARTICLE);
    sync.load(questions);
    assertThat(catalog.find("tiny")).as("the hand-written quiz is there at once").isPresent();
    Quiz companion = awaitCompanion();
    String body = companion.article().body();
    assertThat(companion.questions())
        .allSatisfy(
            q ->
                assertThat(body.substring(q.evidence().start(), q.evidence().end()))
                    .isEqualTo(q.evidence().text()));
    int versions = count("question_version");
    sync.load(questions);
    Thread.sleep(500);
    assertThat(count("question_version"))
        .as("loaded again, nothing is regenerated")
        .isEqualTo(versions);
  }

  private int count(String table) {
    return db.jdbi()
        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
  }
}
