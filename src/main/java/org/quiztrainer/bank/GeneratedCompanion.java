package org.quiztrainer.bank;

import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.quiztrainer.drafts.Drafter;
import org.quiztrainer.drafts.DraftsDao;
import org.quiztrainer.generate.QuestionGenerator;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionDao;
import org.quiztrainer.quiz.Quiz;
import org.quiztrainer.quiz.QuizCatalog;
import org.quiztrainer.quiz.QuizDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For each hand-written quiz, a companion quiz of the generator's best questions on the same
 * article, published beside it as generated practice. It is made once and kept: again only when the
 * article or the generator's version changes. A copy made by the current generator ships beside the
 * quiz file ({@link CompanionFile}), so a new node needs no language models to serve it; otherwise
 * the generator makes it in the background while the app already serves everything else.
 */
public final class GeneratedCompanion {
  private static final Logger log = LoggerFactory.getLogger(GeneratedCompanion.class);
  static final String SUFFIX = "-generated";

  private final QuizDao quizzes;
  private final QuestionDao questions;
  private final DraftsDao drafts;
  private final Drafter drafter;
  private final QuizCatalog catalog;
  private final Clock clock;

  public GeneratedCompanion(
      QuizDao quizzes,
      QuestionDao questions,
      DraftsDao drafts,
      Drafter drafter,
      QuizCatalog catalog,
      Clock clock) {
    this.quizzes = quizzes;
    this.questions = questions;
    this.drafts = drafts;
    this.drafter = drafter;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** Brings the companion of {@code handWritten} up to date, inside the bank's transaction. */
  void sync(Handle h, BankQuiz handWritten, CompanionFile.Contents shipped) {
    String id = handWritten.id() + SUFFIX;
    String body = handWritten.article().body();
    String sha = Drafter.sha256(body);
    boolean current =
        drafts.origin(h, id).map(o -> o.isCurrent(sha, QuestionGenerator.VERSION)).orElse(false);
    if (current) {
      quizzes.saveBankQuiz(h, quiz(handWritten, id), handWritten.file());
      return;
    }
    if (shipped != null && shipped.matches(sha, QuestionGenerator.VERSION)) {
      store(h, handWritten, id, sha, shipped.drafts());
      log.info("Question bank: {} from {}", id, CompanionFile.nameFor(handWritten.file()));
      return;
    }
    log.info("Question bank: generating {} in the background", id);
    drafter.submit(
        id,
        body,
        new Drafter.Job() {
          @Override
          public void store(Handle tx, List<Drafter.Drafted> made) {
            GeneratedCompanion.this.store(tx, handWritten, id, sha, made);
            catalog.forget(id);
          }

          @Override
          public void failed(Handle tx) {
            // Nothing stored: the next start tries again.
          }
        });
  }

  private void store(
      Handle h, BankQuiz handWritten, String id, String sha, List<Drafter.Drafted> made) {
    quizzes.saveBankQuiz(h, quiz(handWritten, id), handWritten.file());
    int position = 0;
    for (Drafter.Drafted d : made) {
      Question q = d.question();
      questions.place(h, id, q.id(), position++, questions.store(h, id, q));
      drafts.saveNote(h, id, q.id(), d.note());
    }
    List<String> keep = made.stream().map(d -> d.question().id()).toList();
    if (!keep.isEmpty()) {
      questions.retireAllBut(h, id, keep);
    }
    drafts.setOrigin(h, id, sha, QuestionGenerator.VERSION, "ready", clock.instant());
  }

  private static Quiz quiz(BankQuiz handWritten, String id) {
    return new Quiz(
        id,
        handWritten.title() + " (generated practice)",
        handWritten.published(),
        handWritten.article(),
        List.of());
  }
}
