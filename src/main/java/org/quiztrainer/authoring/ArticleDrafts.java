package org.quiztrainer.authoring;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.quiztrainer.account.Teacher;
import org.quiztrainer.drafts.Drafter;
import org.quiztrainer.drafts.DraftsDao;
import org.quiztrainer.drafts.Note;
import org.quiztrainer.generate.QuestionGenerator;
import org.quiztrainer.nlp.Progress;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionDao;
import org.quiztrainer.quiz.Quiz;
import org.quiztrainer.quiz.QuizCatalog;

/**
 * An article becomes a draft quiz of generated questions: at once for the API (the reply comes when
 * the draft exists), in the background for the pages, where the teacher watches its progress. A
 * draft a restart interrupted is made again at the next start.
 */
public final class ArticleDrafts {
  private final Jdbi jdbi;
  private final Authoring authoring;
  private final AuthoringDao dao;
  private final QuestionDao questions;
  private final QuizCatalog catalog;
  private final Drafter drafter;
  private final DraftsDao drafts;
  private final Clock clock;

  public ArticleDrafts(
      Jdbi jdbi,
      Authoring authoring,
      AuthoringDao dao,
      QuestionDao questions,
      QuizCatalog catalog,
      Drafter drafter,
      DraftsDao drafts,
      Clock clock) {
    this.jdbi = jdbi;
    this.authoring = authoring;
    this.dao = dao;
    this.questions = questions;
    this.catalog = catalog;
    this.drafter = drafter;
    this.drafts = drafts;
    this.clock = clock;
  }

  /**
   * Stores the article and a draft quiz of generated questions on it, and returns when the draft
   * exists (the API's way; the first article after a start waits for the language models).
   */
  public Quiz createFromArticle(Teacher t, String rawTitle, String text, String rawSource) {
    ArticleInput in = ArticleInput.of(rawTitle, text, rawSource);
    List<Drafter.Drafted> made = drafter.draft(in.body(), Progress.NONE);
    String id = authoring.create(t, in.title(), in, List.of(), false);
    jdbi.useTransaction(h -> storeDrafts(h, id, in.body(), made));
    return catalog.find(id).orElseThrow();
  }

  /**
   * Stores the article and an empty draft quiz, and has the generator fill it in the background
   * (the pages' way): the teacher watches its progress instead of a page that doesn't load.
   */
  public String startDraft(Teacher t, String rawTitle, String text, String rawSource) {
    ArticleInput in = ArticleInput.of(rawTitle, text, rawSource);
    String body = in.body();
    String id = authoring.create(t, in.title(), in, List.of(), false);
    jdbi.useTransaction(
        h ->
            drafts.setOrigin(
                h,
                id,
                Drafter.sha256(body),
                QuestionGenerator.VERSION,
                "drafting",
                clock.instant()));
    submit(id, body);
    return id;
  }

  private void submit(String id, String body) {
    drafter.submit(
        id,
        body,
        new Drafter.Job() {
          @Override
          public void store(Handle h, List<Drafter.Drafted> made) {
            storeDrafts(h, id, body, made);
          }

          @Override
          public void failed(Handle h) {
            drafts.setOrigin(
                h, id, Drafter.sha256(body), QuestionGenerator.VERSION, "failed", clock.instant());
          }
        });
  }

  private void storeDrafts(Handle h, String id, String body, List<Drafter.Drafted> made) {
    int position = 0;
    for (Drafter.Drafted d : made) {
      Question q = d.question();
      questions.place(h, id, q.id(), position++, questions.store(h, id, q));
      dao.setReviewed(h, id, q.id(), false);
      drafts.saveNote(h, id, q.id(), d.note());
    }
    drafts.setOrigin(
        h, id, Drafter.sha256(body), QuestionGenerator.VERSION, "ready", clock.instant());
    catalog.forget(id);
  }

  /** Starts loading the generator's models in the background, if they aren't yet. */
  public void prepareGenerator() {
    drafter.prepare();
  }

  /** Drafts a restart interrupted are made again. */
  public void resumeUnfinished() {
    for (String id : jdbi.withHandle(drafts::unfinished)) {
      catalog.find(id).ifPresent(q -> submit(id, q.article().body()));
    }
  }

  /**
   * While the generator is still drafting a quiz, what it is doing, for the teacher's page; empty
   * once the draft is ready. A draft that failed says so.
   */
  public Optional<String> drafting(String quizId) {
    Optional<DraftsDao.Origin> origin = jdbi.withHandle(h -> drafts.origin(h, quizId));
    if (origin.isEmpty() || origin.get().status().equals("ready")) {
      return Optional.empty();
    }
    if (origin.get().status().equals("failed")) {
      return Optional.of("failed");
    }
    return Optional.of(drafter.progress(quizId).orElse("Waiting for the generator"));
  }

  /** The generator's notes on a quiz's questions: skill and why each was chosen. */
  public Map<String, Note> notes(String quizId) {
    return jdbi.withHandle(h -> drafts.notes(h, quizId));
  }
}
