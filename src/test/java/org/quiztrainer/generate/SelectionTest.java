package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiztrainer.nlp.Sentence;
import org.quiztrainer.quiz.QuestionType;

/** The final order: a fact once near the top, whatever the kind of question that asks it. */
class SelectionTest {
  private static final List<Sentence> SENTENCES =
      Fixtures.sentence(
              "(ROOT (S (NP (NNP Atwood)) (VP (VBD launched) (NP (DT a) (NN novel))) (. .)))")
          .and("(ROOT (S (NP (NNP Lee)) (VP (VBD made) (NP (DT an) (NN appearance))) (. .)))")
          .and("(ROOT (S (NP (NNP Hamill)) (VP (VBD joined) (NP (DT a) (NN panel))) (. .)))")
          .analysis()
          .sentences();

  private static Selection.Scored scored(
      int sentence, Kind kind, String prompt, String answer, String type, double score) {
    Draft d =
        new Draft(
            QuestionType.SHORT_ANSWER,
            prompt,
            List.of(),
            answer,
            List.of(),
            SENTENCES.get(sentence),
            0,
            1,
            ReadingSkill.DETAILS,
            kind,
            type,
            "main");
    return new Selection.Scored(d, score, List.of());
  }

  private static List<String> order(Selection.Scored... drafts) {
    return Selection.order(List.of(drafts)).stream().map(s -> s.draft().prompt()).toList();
  }

  @Test
  void a_blank_of_a_sentence_already_asked_about_comes_after_the_other_sentences() {
    assertThat(
            order(
                scored(0, Kind.SUBJECT, "Who launched a novel?", "Margaret Atwood", "PERSON", 3),
                scored(
                    0,
                    Kind.CLOZE,
                    "Fill in the blank: _____ launched a novel.",
                    "Atwood",
                    "PERSON",
                    2),
                scored(1, Kind.SUBJECT, "Who made an appearance?", "Stan Lee", "PERSON", 1),
                scored(2, Kind.SUBJECT, "Who joined a panel?", "Mark Hamill", "PERSON", 0)))
        .containsExactly(
            "Who launched a novel?",
            "Who made an appearance?",
            "Who joined a panel?",
            "Fill in the blank: _____ launched a novel.");
  }

  @Test
  void two_questions_that_hold_each_others_answers_are_not_both_near_the_top() {
    assertThat(
            order(
                scored(0, Kind.SUBJECT, "What launched a novel?", "a new press", "PHRASE", 3),
                scored(0, Kind.OBJECT, "What did a new press launch?", "a novel", "PHRASE", 2),
                scored(1, Kind.SUBJECT, "Who made an appearance?", "Stan Lee", "PERSON", 1)))
        .containsExactly(
            "What launched a novel?", "Who made an appearance?", "What did a new press launch?");
  }

  @Test
  void the_same_answer_is_asked_twice_only_after_every_other_question() {
    assertThat(
            order(
                scored(0, Kind.SUBJECT, "Who launched a novel?", "Margaret Atwood", "PERSON", 3),
                scored(1, Kind.SUBJECT, "Who made an appearance?", "Margaret Atwood", "PERSON", 2),
                scored(2, Kind.SUBJECT, "Who joined a panel?", "Mark Hamill", "PERSON", 1)))
        .containsExactly("Who launched a novel?", "Who joined a panel?", "Who made an appearance?");
  }
}
