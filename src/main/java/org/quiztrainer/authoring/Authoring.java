package org.quiztrainer.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.quiztrainer.Problem;
import org.quiztrainer.account.Teacher;
import org.quiztrainer.bank.BankException;
import org.quiztrainer.bank.QuestionReader;
import org.quiztrainer.exchange.QuizFile;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionDao;
import org.quiztrainer.quiz.QuestionType;
import org.quiztrainer.quiz.Quiz;
import org.quiztrainer.quiz.QuizCatalog;

/**
 * A teacher's quizzes: an article becomes a draft quiz of generated questions, which the teacher
 * reviews, edits and publishes. Every change to a question stores a new version, so answers already
 * given keep pointing at exactly what the student saw.
 *
 * <p>Longer than our 250 lines because every change a teacher makes goes through the same ownership
 * check and new-version step inside one transaction; kept in one class so none can skip them.
 */
public final class Authoring {
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

  private final Jdbi jdbi;
  private final AuthoringDao dao;
  private final QuestionDao questions;
  private final QuizCatalog catalog;
  private final SecureRandom random = new SecureRandom();

  public Authoring(Jdbi jdbi, AuthoringDao dao, QuestionDao questions, QuizCatalog catalog) {
    this.jdbi = jdbi;
    this.dao = dao;
    this.questions = questions;
    this.catalog = catalog;
  }

  /** A quiz as its author sees it: which questions were reviewed, and its live sessions. */
  public record Draft(Quiz quiz, Set<String> reviewed, List<AuthoringDao.SessionLink> sessions) {
    public int unreviewed() {
      return (int) quiz.questions().stream().filter(q -> !reviewed.contains(q.id())).count();
    }
  }

  /** A quiz, written by someone, from a file: a draft whose questions count as reviewed. */
  public Quiz importQuiz(Teacher t, QuizFile file) {
    String id =
        create(
            t,
            ArticleInput.clip(file.title().strip(), 300),
            fromFile(file),
            file.questions(),
            true);
    return catalog.find(id).orElseThrow();
  }

  private static ArticleInput fromFile(QuizFile file) {
    String title = file.articleTitle() == null ? "" : file.articleTitle().strip();
    return new ArticleInput(
        ArticleInput.clip(title.isEmpty() ? file.title().strip() : title, 300),
        file.source() == null ? null : ArticleInput.clip(file.source(), 300),
        file.articleText());
  }

  /** The quiz as a file holds it. */
  public QuizFile export(Teacher t, String quizId) {
    Quiz q = quiz(t, quizId);
    return new QuizFile(
        q.title(), q.article().title(), q.article().source(), q.article().body(), q.questions());
  }

  /** Stores an article and a draft quiz on it with these questions; returns the quiz's id. */
  String create(
      Teacher t,
      String title,
      ArticleInput article,
      List<Question> quizQuestions,
      boolean reviewed) {
    String id = newId();
    jdbi.useTransaction(
        h -> {
          dao.insertArticle(h, id, t.id(), article.title(), article.source(), article.body());
          dao.insertQuiz(h, id, t.id(), title, id);
          int position = 0;
          for (Question q : quizQuestions) {
            questions.place(h, id, q.id(), position++, questions.store(h, id, q));
            dao.setReviewed(h, id, q.id(), reviewed);
          }
        });
    return id;
  }

  public List<AuthoringDao.Line> quizzes(Teacher t) {
    return jdbi.withHandle(h -> dao.quizzes(h, t.admin() ? null : t.id()));
  }

  public Draft draft(Teacher t, String quizId) {
    return jdbi.inTransaction(
        h -> {
          owned(h, t, quizId);
          return new Draft(
              catalog.find(quizId).orElseThrow(), dao.reviewed(h, quizId), dao.sessions(h, quizId));
        });
  }

  /** The quiz, if this teacher may author it; 404 otherwise, so ids of others' quizzes leak not. */
  public Quiz quiz(Teacher t, String quizId) {
    return draft(t, quizId).quiz();
  }

  public void publish(Teacher t, String quizId, boolean published) {
    jdbi.useTransaction(
        h -> {
          owned(h, t, quizId);
          if (published && questions.current(h, quizId).isEmpty()) {
            throw Problem.invalid("a quiz needs at least one question before it can be published");
          }
          dao.setPublished(h, quizId, published);
        });
    catalog.forget(quizId);
  }

  public void rename(Teacher t, String quizId, String rawTitle) {
    String title = rawTitle == null ? "" : rawTitle.strip();
    if (title.isEmpty() || title.length() > 300) {
      throw Problem.invalid("the title must be 1 to 300 characters");
    }
    jdbi.useTransaction(
        h -> {
          owned(h, t, quizId);
          dao.setTitle(h, quizId, title);
        });
    catalog.forget(quizId);
  }

  public void accept(Teacher t, String quizId, String questionId) {
    change(t, quizId, questionId, (h, list, q) -> dao.setReviewed(h, quizId, questionId, true));
  }

  /** Takes a question out of the quiz; its versions stay, since answers may point at them. */
  public void reject(Teacher t, String quizId, String questionId) {
    change(t, quizId, questionId, (h, list, q) -> dao.retire(h, quizId, questionId));
  }

  /** Moves a question up (-1) or down (+1). */
  public void move(Teacher t, String quizId, String questionId, int by) {
    change(
        t,
        quizId,
        questionId,
        (h, list, q) -> {
          int from = list.indexOf(q);
          int to = Math.max(0, Math.min(list.size() - 1, from + by));
          List<Question> order = new ArrayList<>(list);
          order.add(to, order.remove(from));
          for (int i = 0; i < order.size(); i++) {
            Question each = order.get(i);
            questions.place(h, quizId, each.id(), i, each.versionId());
          }
        });
  }

  /** Puts a multiple-choice question's choices in a new random order. */
  public void shuffle(Teacher t, String quizId, String questionId) {
    change(
        t,
        quizId,
        questionId,
        (h, list, q) -> {
          if (q.type() != QuestionType.MULTIPLE_CHOICE) {
            throw Problem.invalid("only multiple-choice questions have choices to shuffle");
          }
          List<String> choices = new ArrayList<>(q.choices());
          List<String> before = List.copyOf(choices);
          for (int tries = 0; tries < 10 && choices.equals(before); tries++) {
            Collections.shuffle(choices, random);
          }
          Question shuffled = withChoices(q, choices);
          questions.place(h, quizId, q.id(), list.indexOf(q), questions.store(h, quizId, shuffled));
        });
  }

  /**
   * Saves a question from fields in the bank's format (see questions/README.md); with a null id it
   * is added at the end. The saved question counts as reviewed.
   */
  public Question save(Teacher t, String quizId, String questionId, JsonNode fields) {
    try {
      return saveOnce(t, quizId, questionId, fields);
    } finally {
      catalog.forget(quizId);
    }
  }

  private Question saveOnce(Teacher t, String quizId, String questionId, JsonNode fields) {
    return jdbi.inTransaction(
        h -> {
          owned(h, t, quizId);
          Quiz quiz = catalog.find(quizId).orElseThrow();
          List<Question> list = quiz.questions();
          String id = questionId == null ? freshId(h, quizId) : questionId;
          int position = list.size();
          if (questionId != null) {
            Question existing =
                quiz.question(questionId)
                    .orElseThrow(() -> Problem.notFound("this quiz has no question " + questionId));
            position = list.indexOf(existing);
          }
          com.fasterxml.jackson.databind.node.ObjectNode node = fields.deepCopy();
          node.put("id", id);
          Question q;
          try {
            q = QuestionReader.read(node, "question", quiz.article().body());
          } catch (BankException e) {
            throw Problem.invalid(
                e.getMessage().replaceFirst("^question( \\(id '[^']*'\\))?: ", ""));
          }
          questions.place(h, quizId, id, position, questions.store(h, quizId, q));
          dao.setReviewed(h, quizId, id, true);
          return q;
        });
  }

  private String freshId(Handle h, String quizId) {
    Set<String> used = dao.allQuestionIds(h, quizId);
    for (int n = used.size() + 1; ; n++) {
      if (!used.contains("q" + n)) {
        return "q" + n;
      }
    }
  }

  private interface Change {
    void apply(Handle h, List<Question> current, Question question);
  }

  private void change(Teacher t, String quizId, String questionId, Change change) {
    jdbi.useTransaction(
        h -> {
          owned(h, t, quizId);
          List<Question> list = questions.current(h, quizId);
          Question q =
              list.stream()
                  .filter(each -> each.id().equals(questionId))
                  .findFirst()
                  .orElseThrow(() -> Problem.notFound("this quiz has no question " + questionId));
          change.apply(h, list, q);
        });
    catalog.forget(quizId);
  }

  /** Checks that this teacher may author the quiz. Others get 404, as if it didn't exist. */
  void owned(Handle h, Teacher t, String quizId) {
    String owner =
        dao.owner(h, quizId).orElseThrow(() -> Problem.notFound("there is no quiz " + quizId));
    if (!t.mayAuthor(owner)) {
      throw Problem.notFound("there is no quiz " + quizId);
    }
  }

  /** Whether this teacher may see the quiz's results: the same rule as authoring. */
  public void checkOwner(Teacher t, String quizId) {
    jdbi.useHandle(h -> owned(h, t, quizId));
  }

  private static Question withChoices(Question q, List<String> choices) {
    return new Question(
        q.id(),
        q.type(),
        q.prompt(),
        choices,
        q.answer(),
        q.acceptedAnswers(),
        q.tolerance(),
        q.explanation(),
        q.evidence(),
        0);
  }

  private String newId() {
    StringBuilder id = new StringBuilder("a-");
    for (int i = 0; i < 10; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
