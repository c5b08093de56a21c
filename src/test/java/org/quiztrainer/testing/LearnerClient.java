package org.quiztrainer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiztrainer.bank.BankFileParser;
import org.quiztrainer.bank.BankQuiz;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.study.Sentences;

/**
 * A self-study learner in a browser without JavaScript, on the seed quiz: starts practice, reads
 * the question on the page, answers right or wrong from the seed bank's key, and cites evidence.
 */
public final class LearnerClient {
  public static final String SEED_QUIZ = "belousov-pyongyang";
  public static final BankQuiz SEED =
      new BankFileParser().parse(Path.of("questions/belousov-pyongyang.quiz.yaml"));
  private static final Pattern QUESTION_ID =
      Pattern.compile("name=\"questionId\" value=\"([^\"]+)\"");
  private static final Pattern CHOICE = Pattern.compile("name=\"answer\" value=\"([^\"]*)\"");

  private final PageSession page;

  public LearnerClient(TestApp app) {
    this.page = new PageSession(app);
  }

  public PageSession page() {
    return page;
  }

  /** Starts practice on the seed quiz; returns the practice's path. */
  public String practise(String mode) {
    page.get("/quizzes/" + SEED_QUIZ);
    TestApp.Response r =
        page.post("/study/quizzes/" + SEED_QUIZ + "/practice", Map.of("mode", mode));
    assertThat(r.status()).as(r.body()).isEqualTo(303);
    return r.header("location");
  }

  /** The question on a question page, from the seed bank. */
  public static Question questionOn(String html) {
    Matcher m = QUESTION_ID.matcher(html);
    assertThat(m.find()).as("a question form on the page").isTrue();
    String id = m.group(1);
    return SEED.questions().stream()
        .filter(q -> q.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("not a seed question: " + id));
  }

  public static List<String> choicesOn(String html) {
    Matcher m = CHOICE.matcher(html);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(decode(m.group(1)));
    }
    return out;
  }

  /** An answer to the question shown: the key, or a choice or text that is wrong. */
  public static String answerFor(Question q, String html, boolean right) {
    List<String> choices = choicesOn(html);
    if (right) {
      return q.answer();
    }
    return choices.isEmpty()
        ? "I am not sure"
        : choices.stream().filter(c -> !c.equalsIgnoreCase(q.answer())).findFirst().orElseThrow();
  }

  /**
   * Answers the question at {@code questionPath} (a practice or the review page) and returns the
   * answer's path.
   */
  public String answer(String questionPath, boolean right) {
    String html = page.get(questionPath).body();
    Question q = questionOn(html);
    String action =
        questionPath.startsWith("/study/review")
            ? "/study/review/answers"
            : questionPath + "/answers";
    Map<String, String> form = new java.util.HashMap<>();
    form.put("questionId", q.id());
    form.put("quizId", SEED_QUIZ);
    form.put("answer", answerFor(q, html, right));
    TestApp.Response r = page.post(action, form);
    assertThat(r.status()).as(r.body()).isEqualTo(303);
    return r.header("location");
  }

  /** The seed question an answer page is about. */
  public static Question questionAnswered(String html) {
    return SEED.questions().stream()
        .filter(q -> decode(html).contains(">" + q.prompt() + "<"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no seed prompt on the page"));
  }

  /** The index of the article sentence holding the start of the question's evidence. */
  public static int evidenceSentence(Question q) {
    List<Sentences.Span> all = Sentences.of(SEED.article().body());
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).start() <= q.evidence().start() && q.evidence().start() < all.get(i).end()) {
        return i;
      }
    }
    throw new AssertionError("evidence outside every sentence");
  }

  /** A sentence that is not the evidence's. */
  public static int otherSentence(Question q) {
    return evidenceSentence(q) == 0 ? 1 : 0;
  }

  public TestApp.Response cite(String answerPath, Map<String, String> form) {
    return page.post(answerPath + "/citation", form);
  }

  /** Cites the right sentence, or a wrong one. */
  public TestApp.Response cite(String answerPath, boolean rightSentence) {
    Question q = questionAnswered(page.get(answerPath).body());
    int sentence = rightSentence ? evidenceSentence(q) : otherSentence(q);
    TestApp.Response r = cite(answerPath, Map.of("sentence", Integer.toString(sentence)));
    assertThat(r.status()).as(r.body()).isEqualTo(303);
    return page.get(answerPath);
  }

  /** HTML as text: the entities jte writes, turned back. */
  public static String decode(String html) {
    return html.replace("&#39;", "'")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }
}
