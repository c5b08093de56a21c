package org.quiztrainer.drafts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.quiztrainer.generate.GeneratedQuestion;
import org.quiztrainer.generate.QuestionGenerator;
import org.quiztrainer.nlp.Progress;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns articles into draft questions, a lesson's worth with a mix of kinds, each with the
 * generator's note. Drafting in the background runs on one thread of its own, one article at a
 * time, so a class of teachers pasting at once queues rather than running out of memory; while it
 * works, {@link #progress} says how far it has got.
 */
public final class Drafter implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Drafter.class);

  /** Enough for a lesson; the ranker puts the best first. */
  public static final int SIZE = 30;

  /** A mix of kinds, so a quiz is not all multiple choice. */
  private static final Map<QuestionType, Integer> QUOTA =
      Map.of(
          QuestionType.MULTIPLE_CHOICE, 14,
          QuestionType.SHORT_ANSWER, 9,
          QuestionType.TRUE_FALSE, 5,
          QuestionType.NUMERIC, 4);

  public static final String EXPLANATION = "The highlighted part of the article gives the answer.";

  /** A question ready to store, and the generator's note on it. */
  public record Drafted(Question question, Note note) {}

  /** What to do with a background draft: store it, or record that it failed. */
  public interface Job {
    void store(Handle h, List<Drafted> drafts);

    void failed(Handle h);
  }

  private final Jdbi jdbi;
  private final QuestionGenerator generator;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "drafter");
            t.setDaemon(true);
            return t;
          });
  private final Map<String, String> progress = new ConcurrentHashMap<>();

  public Drafter(Jdbi jdbi, QuestionGenerator generator) {
    this.jdbi = jdbi;
    this.generator = generator;
  }

  /** A lesson's worth of questions on an article, best first, with a mix of kinds. */
  public List<Drafted> draft(String body, Progress steps) {
    return lesson(generator, body, steps);
  }

  /** As {@link #draft}, with any generator: the companions command has no database. */
  public static List<Drafted> lesson(QuestionGenerator generator, String body, Progress steps) {
    List<GeneratedQuestion> ranked = generator.generate(body, steps);
    List<GeneratedQuestion> chosen = new ArrayList<>();
    for (GeneratedQuestion g : ranked) {
      long sameType = chosen.stream().filter(c -> c.type() == g.type()).count();
      if (chosen.size() < SIZE && sameType < QUOTA.getOrDefault(g.type(), SIZE)) {
        chosen.add(g);
      }
    }
    for (GeneratedQuestion g : ranked) { // fill up, best first, where a kind ran short
      if (chosen.size() < SIZE && !chosen.contains(g)) {
        chosen.add(g);
      }
    }
    List<Drafted> out = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (GeneratedQuestion g : ranked) {
      String id = "g-" + fingerprint(g.prompt() + "\n" + g.answer());
      if (chosen.contains(g) && !ids.contains(id)) {
        ids.add(id);
        out.add(new Drafted(question(id, g), new Note(g.skill().wireName(), g.reasons())));
      }
    }
    return out;
  }

  static Question question(String id, GeneratedQuestion g) {
    return new Question(
        id,
        g.type(),
        g.prompt(),
        g.choices(),
        g.answer(),
        g.acceptedAnswers(),
        0,
        EXPLANATION,
        g.evidence(),
        0);
  }

  /**
   * Drafts {@code body} on the drafting thread, then hands the questions to {@code store} in one
   * transaction. {@code key} names the job for {@link #progress}.
   */
  public void submit(String key, String body, Job job) {
    progress.put(key, "Waiting for the drafts before it");
    worker.execute(() -> run(key, body, job));
  }

  private void run(String key, String body, Job job) {
    try {
      List<Drafted> drafts = draft(body, step -> progress.put(key, step));
      progress.put(key, "Saving the questions");
      jdbi.useTransaction(h -> job.store(h, drafts));
    } catch (RuntimeException | Error e) {
      log.error("Drafting {} failed", key, e);
      try {
        jdbi.useTransaction(job::failed);
      } catch (RuntimeException again) {
        log.error("Could not record that drafting {} failed", key, again);
      }
    } finally {
      progress.remove(key);
    }
  }

  /** Starts loading the language models, if they aren't yet: a teacher is about to need them. */
  public void prepare() {
    generator.prepare();
  }

  /** What the drafting of {@code key} is doing now, if it is under way on this node. */
  public Optional<String> progress(String key) {
    return Optional.ofNullable(progress.get(key));
  }

  /** The SHA-256 of an article's text, which says when its drafts must be made again. */
  public static String sha256(String text) {
    return HexFormat.of().formatHex(digest(text));
  }

  private static String fingerprint(String text) {
    return HexFormat.of().formatHex(digest(text), 0, 6);
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
