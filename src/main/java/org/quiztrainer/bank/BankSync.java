package org.quiztrainer.bank;

import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionDao;
import org.quiztrainer.quiz.Quiz;
import org.quiztrainer.quiz.QuizDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the database in line with the question bank, idempotently. A changed question gets a new
 * version and old answers keep the old one; a question dropped from a file is retired. A file that
 * fails validation is reported and skipped, and its quiz stays as it was last loaded, so one typo
 * never takes a working quiz away from a class.
 */
public final class BankSync {
  private static final Logger log = LoggerFactory.getLogger(BankSync.class);
  private final Jdbi jdbi;
  private final QuizDao quizzes;
  private final QuestionDao questions;
  private final QuestionBank bank;
  private final GeneratedCompanion companion;

  public BankSync(
      Jdbi jdbi,
      QuizDao quizzes,
      QuestionDao questions,
      QuestionBank bank,
      GeneratedCompanion companion) {
    this.jdbi = jdbi;
    this.quizzes = quizzes;
    this.questions = questions;
    this.bank = bank;
    this.companion = companion;
  }

  /** Loads every valid file of {@code dir}; returns the problems found in the others. */
  public List<String> load(Path dir) {
    QuestionBank.Contents contents = bank.read(dir);
    contents.errors().forEach(e -> log.error("Question bank: {}", e));
    for (BankQuiz quiz : contents.quizzes()) {
      CompanionFile.Contents shipped = CompanionFile.read(dir, quiz.file());
      jdbi.useTransaction(
          h -> {
            quizzes.lockBank(h);
            save(h, quiz);
            companion.sync(h, quiz, shipped);
          });
      log.info("Question bank: loaded {} ({} questions)", quiz.file(), quiz.questions().size());
    }
    return contents.errors();
  }

  private void save(org.jdbi.v3.core.Handle h, BankQuiz bq) {
    quizzes.saveArticle(h, bq.article()); // shared by a quiz and its generated companion
    quizzes.saveBankQuiz(
        h, new Quiz(bq.id(), bq.title(), bq.published(), bq.article(), List.of()), bq.file());
    int position = 0;
    for (Question q : bq.questions()) {
      questions.place(h, bq.id(), q.id(), position++, questions.store(h, bq.id(), q));
    }
    questions.retireAllBut(h, bq.id(), bq.questions().stream().map(Question::id).toList());
  }
}
