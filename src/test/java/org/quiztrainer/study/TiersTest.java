package org.quiztrainer.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiztrainer.generate.ReadingSkill;
import org.quiztrainer.quiz.Evidence;
import org.quiztrainer.quiz.Question;
import org.quiztrainer.quiz.QuestionType;
import org.quiztrainer.study.Staircase.Tier;

/** One small article's questions, shown at each tier. */
class TiersTest {
  private static Question q(String id, QuestionType type, String answer, String... choices) {
    return new Question(
        id,
        type,
        "Prompt of " + id + "?",
        List.of(choices),
        answer,
        List.of(),
        0,
        "Because.",
        new Evidence(0, 5, "Proof"),
        7);
  }

  private static final Question WHO =
      q("who", QuestionType.SHORT_ANSWER, "Andrei Belousov"); // people
  private static final Question WHO_LED =
      q("led", QuestionType.SHORT_ANSWER, "Rustem Umerov"); // people
  private static final Question WHO_ELSE =
      q("adviser", QuestionType.SHORT_ANSWER, "Shin Won-sik"); // people
  private static final Question TROOPS = q("troops", QuestionType.NUMERIC, "10,000"); // numbers
  private static final Question CITY =
      q("city", QuestionType.MULTIPLE_CHOICE, "Pyongyang", "Pyongyang", "Seoul", "Moscow", "Kyiv");
  private static final Question WHY =
      q(
          "why",
          QuestionType.MULTIPLE_CHOICE,
          "To break out of isolation and strengthen his international footing",
          "To break out of isolation and strengthen his international footing",
          "To sell oil",
          "To win an election");
  private static final Question CLAIM =
      q("claim", QuestionType.TRUE_FALSE, "true", "true", "false");

  private static final List<Question> QUIZ =
      List.of(WHO, WHO_LED, WHO_ELSE, TROOPS, CITY, WHY, CLAIM);

  private static final Map<String, ReadingSkill> SKILLS =
      Map.of(
          "who", ReadingSkill.PEOPLE,
          "led", ReadingSkill.PEOPLE,
          "adviser", ReadingSkill.PEOPLE,
          "troops", ReadingSkill.NUMBERS,
          "city", ReadingSkill.PLACES,
          "why", ReadingSkill.CAUSE_EFFECT,
          "claim", ReadingSkill.DETAILS);

  private final Tiers tiers = new Tiers(x -> SKILLS.get(x.id()));

  private static List<String> wrong(Question shown) {
    return shown.choices().stream().filter(c -> !c.equals(shown.answer())).toList();
  }

  @Test
  void easy_is_multiple_choice_against_short_answers_of_another_kind() {
    Question shown = tiers.at(WHO, Tier.EASY, QUIZ).orElseThrow();
    assertThat(shown.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
    assertThat(shown.choices()).contains("Andrei Belousov").hasSize(3);
    assertThat(wrong(shown))
        .as("no other people, and not the 11-word reason, which would stand out")
        .containsExactlyInAnyOrder("10,000", "Pyongyang");
  }

  @Test
  void medium_is_multiple_choice_against_answers_of_the_same_kind() {
    Question shown = tiers.at(WHO, Tier.MEDIUM, QUIZ).orElseThrow();
    assertThat(shown.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
    assertThat(wrong(shown)).containsExactlyInAnyOrder("Rustem Umerov", "Shin Won-sik");
  }

  @Test
  void medium_numbers_are_offered_against_nearby_numbers() {
    Question shown = tiers.at(TROOPS, Tier.MEDIUM, QUIZ).orElseThrow();
    assertThat(wrong(shown)).containsExactlyInAnyOrder("8,000", "20,000", "5,000");
  }

  @Test
  void an_authors_multiple_choice_is_medium_as_written_and_hard_when_short_enough_to_type() {
    assertThat(tiers.at(CITY, Tier.MEDIUM, QUIZ)).contains(CITY);
    Question hard = tiers.at(CITY, Tier.HARD, QUIZ).orElseThrow();
    assertThat(hard.type()).isEqualTo(QuestionType.SHORT_ANSWER);
    assertThat(hard.choices()).isEmpty();
    assertThat(hard.answer()).isEqualTo("Pyongyang");
    assertThat(tiers.at(WHY, Tier.HARD, QUIZ)).as("too long to type").isEmpty();
  }

  @Test
  void typed_questions_are_hard_as_written() {
    assertThat(tiers.at(WHO, Tier.HARD, QUIZ)).contains(WHO);
    assertThat(tiers.at(TROOPS, Tier.HARD, QUIZ)).contains(TROOPS);
  }

  @Test
  void true_or_false_is_medium_and_shown_there_whatever_tier_is_asked_for() {
    assertThat(tiers.at(CLAIM, Tier.EASY, QUIZ)).isEmpty();
    assertThat(tiers.at(CLAIM, Tier.HARD, QUIZ)).isEmpty();
    assertThat(tiers.show(CLAIM, Tier.HARD, QUIZ)).isEqualTo(new Tiers.Shown(Tier.MEDIUM, CLAIM));
    assertThat(tiers.show(WHY, Tier.HARD, QUIZ)).isEqualTo(new Tiers.Shown(Tier.MEDIUM, WHY));
  }

  @Test
  void a_question_with_too_few_alternatives_falls_back_to_the_nearest_tier() {
    List<Question> small = List.of(WHO, CLAIM);
    assertThat(tiers.at(WHO, Tier.MEDIUM, small)).isEmpty();
    assertThat(tiers.show(WHO, Tier.MEDIUM, small)).isEqualTo(new Tiers.Shown(Tier.HARD, WHO));
    assertThat(tiers.show(WHO, Tier.EASY, small)).isEqualTo(new Tiers.Shown(Tier.HARD, WHO));
  }

  @Test
  void a_rewritten_question_keeps_its_identity_evidence_and_explanation() {
    Question shown = tiers.at(WHO, Tier.EASY, QUIZ).orElseThrow();
    assertThat(shown.id()).isEqualTo(WHO.id());
    assertThat(shown.versionId()).isEqualTo(WHO.versionId());
    assertThat(shown.evidence()).isEqualTo(WHO.evidence());
    assertThat(shown.explanation()).isEqualTo(WHO.explanation());
    assertThat(shown.prompt()).isEqualTo(WHO.prompt());
  }

  @Test
  void the_order_of_choices_is_the_same_every_time() {
    assertThat(tiers.at(WHO, Tier.EASY, QUIZ)).isEqualTo(tiers.at(WHO, Tier.EASY, QUIZ));
  }

  @Test
  void a_wrong_choice_is_never_an_answer_the_question_would_accept() {
    Question typo = q("typo", QuestionType.SHORT_ANSWER, "Andrei Belousov");
    Question near = q("near", QuestionType.SHORT_ANSWER, "Andrei Belousow");
    Question other = q("other", QuestionType.SHORT_ANSWER, "Kim Jong-un");
    Question more = q("more", QuestionType.SHORT_ANSWER, "No Kwang-chol");
    Tiers all = new Tiers(x -> ReadingSkill.PEOPLE);
    Question shown = all.at(typo, Tier.MEDIUM, List.of(typo, near, other, more)).orElseThrow();
    assertThat(shown.choices()).doesNotContain("Andrei Belousow").contains("Kim Jong-un");
  }

  @Test
  void nearby_numbers_are_a_year_off_for_years_and_a_little_off_for_small_counts() {
    assertThat(Tiers.nearbyNumbers("2022")).containsExactly("2021", "2023", "2020");
    assertThat(Tiers.nearbyNumbers("3")).containsExactly("4", "5", "6");
    assertThat(Tiers.nearbyNumbers("150")).containsExactly("120", "300", "75");
    assertThat(Tiers.nearbyNumbers("ten thousand")).isEmpty();
  }

  @Test
  void a_wrong_choice_is_never_named_in_the_question() {
    Question job =
        new Question(
            "job",
            QuestionType.SHORT_ANSWER,
            "What is Andrei Belousov's job?",
            List.of(),
            "defence minister",
            List.of(),
            0,
            "",
            new Evidence(0, 5, "Proof"),
            1);
    Question month = q("month", QuestionType.SHORT_ANSWER, "May");
    Question place = q("place", QuestionType.SHORT_ANSWER, "Pyongyang");
    Tiers mixed = new Tiers(x -> x == job ? ReadingSkill.DETAILS : ReadingSkill.PEOPLE);
    Question shown = mixed.at(job, Tier.EASY, List.of(job, WHO, month, place)).orElseThrow();
    assertThat(shown.choices()).doesNotContain("Andrei Belousov").contains("May", "Pyongyang");
  }
}
