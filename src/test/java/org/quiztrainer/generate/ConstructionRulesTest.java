package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiztrainer.quiz.QuestionType;

/** How each kind of question is built, on real sentences from the seed and dev articles. */
class ConstructionRulesTest {
  private static final String BELOUSOV =
      "RUSSIAN Defence Minister Andrei Belousov arrived in North Korea for talks.\n"
          + "Belousov, a former economist, replaced Sergei Shoigu as defence minister in May after"
          + " Russian President Vladimir Putin started a fifth term in power.\n";

  private static List<GeneratedQuestion> generate(String text) {
    return Generators.GENERATOR.generate(text);
  }

  @Test
  void a_subject_wh_question_drops_the_appositive_and_names_the_full_name() {
    assertThat(generate(BELOUSOV))
        .anySatisfy(
            q -> {
              assertThat(q.prompt())
                  .isEqualTo(
                      "Who replaced Sergei Shoigu as defence minister in May after Russian President"
                          + " Vladimir Putin started a fifth term in power?");
              assertThat(q.answer()).isEqualTo("Andrei Belousov");
              assertThat(q.acceptedAnswers()).contains("Belousov");
            });
  }

  @Test
  void an_object_wh_question_uses_the_verb_lemma() {
    assertThat(generate(BELOUSOV))
        .anySatisfy(
            q -> {
              assertThat(q.prompt()).startsWith("Who did Belousov replace as defence minister");
              assertThat(q.answer()).isEqualTo("Sergei Shoigu");
            });
  }

  @Test
  void an_appositive_gives_a_description_question() {
    assertThat(generate(BELOUSOV))
        .anySatisfy(
            q -> {
              assertThat(q.prompt()).isEqualTo("How does the article describe Belousov?");
              assertThat(q.answer()).isEqualTo("a former economist");
              assertThat(q.acceptedAnswers()).contains("former economist");
            });
  }

  @Test
  void hyphenated_names_and_possessives_are_recognised_whole_and_bare() {
    Analyzer analyzer = new Analyzer(LanguageModels.load());
    List<Sentence> sentences =
        analyzer.sentences(
            "Photos released by Russia’s Defence Ministry showed Belousov walking alongside North"
                + " Korean Defence Minister No Kwang-chol, while North Korean leader Kim Jong-un"
                + " watched.");
    List<Mention> mentions = new MentionFinder(new Gazetteer(), sentences).find(sentences.get(0));
    assertThat(mentions)
        .extracting(Mention::text, Mention::skill)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Russia", Skill.PLACE),
            org.assertj.core.groups.Tuple.tuple("No Kwang-chol", Skill.PERSON),
            org.assertj.core.groups.Tuple.tuple("Kim Jong-un", Skill.PERSON),
            org.assertj.core.groups.Tuple.tuple("North Korean", Skill.NATIONALITY));
  }

  @Test
  void a_typo_in_the_source_is_never_offered_as_a_different_answer() {
    List<GeneratedQuestion> qs = Generators.seed();
    for (GeneratedQuestion q : qs) {
      if (q.type() == QuestionType.MULTIPLE_CHOICE && q.answer().contains("Putin")) {
        assertThat(q.choices().stream().filter(c -> c.contains("Putin"))).hasSize(1);
      }
    }
  }

  @Test
  void numbers_keep_their_modifier_in_the_prompt_and_are_answered_in_digits() {
    assertThat(
            generate(
                "The United States and its allies have said North Korea has sent more than 10,000"
                    + " soldiers to Russia in recent weeks."))
        .anySatisfy(
            q -> {
              assertThat(q.prompt()).contains("more than _____ soldiers");
              assertThat(q.answer()).isEqualTo("10,000");
            });
  }

  @Test
  void a_false_statement_swaps_in_a_fact_of_the_same_kind_from_the_article() {
    for (GeneratedQuestion q : Generators.seed()) {
      if (q.type() == QuestionType.TRUE_FALSE && q.answer().equals("false")) {
        String statement = q.prompt().substring("True or false: ".length());
        assertThat(q.evidence().text()).doesNotStartWith(statement.replaceAll("\\.$", ""));
      }
    }
    assertThat(Generators.seed())
        .anySatisfy(q -> assertThat(q.type()).isEqualTo(QuestionType.TRUE_FALSE));
  }

  @Test
  void a_sentence_opening_with_he_names_the_person_or_is_skipped() {
    List<GeneratedQuestion> named =
        generate(
            "Nikola Tesla was born in 1856.\nHe squished his toes one hundred times every night.");
    assertThat(named)
        .filteredOn(q -> q.evidence().text().startsWith("He "))
        .isNotEmpty()
        .allSatisfy(q -> assertThat(q.prompt()).doesNotContain(": He ").contains("Nikola Tesla"));
    List<GeneratedQuestion> orphan =
        generate("He squished his toes one hundred times every night.");
    assertThat(orphan).isEmpty();
  }

  @Test
  void headlines_datelines_and_captions_are_not_asked_about() {
    String text = Generators.read(Generators.DEV.resolve("articles/wikinews_stampede.txt"));
    assertThat(generate(text))
        .isNotEmpty()
        .noneSatisfy(q -> assertThat(q.evidence().text()).startsWith("Hundreds dead"))
        .noneSatisfy(q -> assertThat(q.evidence().text()).startsWith("Thursday, January 12"))
        .noneSatisfy(q -> assertThat(q.evidence().text()).startsWith("The Plains of Arafat"));
  }

  @Test
  void multiple_choice_distractors_are_of_the_answers_kind() {
    assertThat(Generators.seed())
        .filteredOn(q -> q.type() == QuestionType.MULTIPLE_CHOICE && q.skill() == Skill.PERSON)
        .isNotEmpty()
        .allSatisfy(
            q ->
                assertThat(q.choices())
                    .noneMatch(c -> c.matches(".*(Korea|Russia|Ukraine|Seoul|Pyongyang).*")));
  }

  private static List<String> whereWhenHowMany(String text) {
    LanguageModels models = LanguageModels.load();
    List<Sentence> sentences = new Analyzer(models).sentences(text);
    MentionFinder finder = new MentionFinder(new Gazetteer(), sentences);
    List<String> prompts = new java.util.ArrayList<>();
    for (Sentence s : sentences) {
      for (Draft d : WhereWhenHowMany.build(s, finder.find(s), models)) {
        prompts.add(d.question().prompt() + " => " + d.question().answer());
      }
    }
    return prompts;
  }

  @Test
  void when_where_and_how_many_questions_move_the_auxiliary_to_the_front() {
    assertThat(whereWhenHowMany("Belousov replaced Sergei Shoigu as defence minister in May."))
        .contains("When did Belousov replace Sergei Shoigu as defence minister? => May");
    assertThat(whereWhenHowMany("North Korea has sent more than 10,000 soldiers to Russia."))
        .contains("How many soldiers has North Korea sent to Russia? => more than 10,000");
    assertThat(whereWhenHowMany(Generators.read(Generators.SEED)))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("Where did Russian Defence Minister Andrei Belousov arrive")
                    .endsWith("=> North Korea"));
  }

  @Test
  void a_participle_after_the_subject_is_not_taken_for_the_main_verb() {
    assertThat(
            whereWhenHowMany(
                "Iodine released from these chemicals into milk has been the major source of dietary iodine in Australia for at least four decades."))
        .isEmpty();
  }

  @Test
  void an_action_question_asks_what_the_subject_did_keeping_a_leading_time() {
    LanguageModels models = LanguageModels.load();
    List<Sentence> sentences =
        new Analyzer(models)
            .sentences(
                "In the 69th minute, Romelu Lukaku doubled the lead for Belgium with a header.");
    MentionFinder finder = new MentionFinder(new Gazetteer(), sentences);
    var found = Actions.find(sentences.get(0), finder.find(sentences.get(0)), models).orElseThrow();
    assertThat(found.prompt()).isEqualTo("What did Romelu Lukaku do in the 69th minute?");
    assertThat(found.action().text()).isEqualTo("doubled the lead for Belgium");
  }
}
