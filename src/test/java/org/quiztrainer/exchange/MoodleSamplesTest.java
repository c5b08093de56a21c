package org.quiztrainer.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionType;

/** Files written by hand after Moodle's documentation import as Moodle means them. */
class MoodleSamplesTest {
  static String sample(String name) throws Exception {
    return Files.readString(Path.of("src", "test", "resources", "exchange", name));
  }

  @Test
  void the_gift_sample_imports_every_supported_kind_with_its_answers() throws Exception {
    QuizFile quiz = Format.GIFT.read(sample("moodle-docs-sample.gift"));
    assertThat(quiz.title()).isEqualTo("GIFT sample");
    assertThat(quiz.articleText()).isEmpty();
    List<Question> q = quiz.questions();
    assertThat(q)
        .extracting(Question::id)
        .containsExactly("q1", "q1b", "q2", "q3", "q5", "q6", "q7", "q8", "q9");
    assertThat(q.get(0).type()).isEqualTo(QuestionType.TRUE_FALSE);
    assertThat(q.get(0).prompt()).isEqualTo("1+1=2");
    assertThat(q.get(0).answer()).isEqualTo("true");
    assertThat(q.get(1).answer()).isEqualTo("false");
    assertThat(q.get(1).prompt()).isEqualTo("The sun rises in the west.");

    assertThat(q.get(2).type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
    assertThat(q.get(2).choices()).containsExactly("yellow", "red", "blue");
    assertThat(q.get(2).answer()).isEqualTo("yellow");

    assertThat(q.get(3).type()).isEqualTo(QuestionType.SHORT_ANSWER);
    assertThat(q.get(3).prompt()).isEqualTo("Two plus _____ equals four.");
    assertThat(q.get(3).answer()).isEqualTo("two");
    assertThat(q.get(3).acceptedAnswers()).containsExactly("2");

    assertThat(q.get(4).type()).isEqualTo(QuestionType.NUMERIC);
    assertThat(q.get(4).answer()).isEqualTo("3");
    assertThat(q.get(4).tolerance()).isEqualTo(2.0);
    assertThat(q.get(5).answer()).isEqualTo("3");
    assertThat(q.get(5).tolerance()).isEqualTo(2.0);
    assertThat(q.get(6).answer()).isEqualTo("1822");
    assertThat(q.get(6).tolerance()).isZero();

    assertThat(q.get(7).answer()).isEqualTo("Grant");
    assertThat(q.get(7).acceptedAnswers()).containsExactly("Ulysses S. Grant", "Ulysses Grant");
    assertThat(q.get(7).explanation()).isEqualTo("The tomb holds Ulysses S. Grant and his wife.");

    assertThat(q.get(8).prompt()).isEqualTo("Which character starts a GIFT title: : or {?");
    assertThat(q.get(8).choices()).containsExactly("{", ":");
    assertThat(q.get(8).answer()).isEqualTo(":");
  }

  @Test
  void the_moodle_xml_sample_imports_with_html_turned_into_text() throws Exception {
    QuizFile quiz = Format.MOODLE_XML.read(sample("moodle-docs-sample.xml"));
    assertThat(quiz.title()).isEqualTo("XML sample");
    List<Question> q = quiz.questions();
    assertThat(q)
        .extracting(Question::type)
        .containsExactly(
            QuestionType.MULTIPLE_CHOICE,
            QuestionType.TRUE_FALSE,
            QuestionType.SHORT_ANSWER,
            QuestionType.NUMERIC);
    assertThat(q.get(0).prompt()).isEqualTo("What is the answer to this question?");
    assertThat(q.get(0).choices())
        .containsExactly("The correct answer", "A distractor", "Another distractor");
    assertThat(q.get(0).answer()).isEqualTo("The correct answer");
    assertThat(q.get(0).explanation()).isEqualTo("Because it is.");
    assertThat(q.get(1).prompt()).isEqualTo("The sky is blue & clear.");
    assertThat(q.get(1).answer()).isEqualTo("true");
    assertThat(q.get(2).answer()).isEqualTo("The correct answer");
    assertThat(q.get(2).acceptedAnswers()).containsExactly("An alternative answer");
    assertThat(q.get(3).answer()).isEqualTo("23");
    assertThat(q.get(3).tolerance()).isEqualTo(0.1);
  }

  @Test
  void a_matching_question_is_refused_naming_its_line() throws Exception {
    assertThatThrownBy(() -> Format.GIFT.read(sample("unsupported-matching.gift")))
        .isInstanceOf(ImportProblem.class)
        .hasMessage("line 6: matching questions are not supported");
  }

  @Test
  void an_essay_question_is_refused_naming_its_line() throws Exception {
    assertThatThrownBy(() -> Format.MOODLE_XML.read(sample("unsupported-essay.xml")))
        .isInstanceOf(ImportProblem.class)
        .hasMessageStartingWith("line 9: question type 'essay' is not supported");
  }
}
