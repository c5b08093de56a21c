package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiztrainer.quiz.QuestionType;

/**
 * The rules of question construction, each on a hand-written parse: wh-movement, inversion and
 * do-support, the question words by entity type, and the statements simplification makes.
 */
class TransformationRulesTest {
  private static final String REPLACED =
      "(ROOT (S (NP (NNP Belousov)) (VP (VBD replaced) (NP (NNP Sergei) (NNP Shoigu))"
          + " (PP (IN as) (NP (NN defence) (NN minister))) (PP (IN in) (NP (NNP May)))) (. .)))";

  private static Fixtures replaced() {
    return Fixtures.sentence(REPLACED)
        .entity("Belousov", "PERSON")
        .entity("Sergei Shoigu", "PERSON")
        .entity("May", "DATE")
        .lemma("replaced", "replace");
  }

  private static Draft asked(Fixtures f, String prompt) {
    List<Draft> drafts = f.asked();
    return drafts.stream()
        .filter(d -> d.prompt().equals(prompt))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    prompt + " not among " + drafts.stream().map(Draft::prompt).toList()));
  }

  @Test
  void the_subject_is_asked_in_place_with_who_for_a_person() {
    Draft d = asked(replaced(), "Who replaced Sergei Shoigu as defence minister in May?");
    assertThat(d.answer()).isEqualTo("Belousov");
    assertThat(d.skill()).isEqualTo(ReadingSkill.PEOPLE);
  }

  @Test
  void an_object_moves_to_the_front_with_do_support_and_the_verb_in_its_base_form() {
    Draft d = asked(replaced(), "Whom did Belousov replace as defence minister in May?");
    assertThat(d.answer()).isEqualTo("Sergei Shoigu");
    assertThat(d.kind()).isEqualTo(Kind.OBJECT);
  }

  @Test
  void a_date_phrase_is_asked_with_when_and_leaves_the_question_whole() {
    Draft d = asked(replaced(), "When did Belousov replace Sergei Shoigu as defence minister?");
    assertThat(d.answer()).isEqualTo("May");
    assertThat(d.accepted()).contains("in May");
    assertThat(d.skill()).isEqualTo(ReadingSkill.DATES);
  }

  @Test
  void the_evidence_is_the_span_of_the_sentence_the_question_was_made_from() {
    Fixtures f = replaced();
    Draft d = asked(f, "Who replaced Sergei Shoigu as defence minister in May?");
    String text = f.analysis().text();
    assertThat(text.substring(d.begin(), d.end()))
        .isEqualTo("Belousov replaced Sergei Shoigu as defence minister in May.");
  }

  private static Fixtures joined() {
    return Fixtures.sentence(
            "(ROOT (S (NP (NNP South) (NNP Korea)) (VP (VBZ has) (VP (VP (VBN joined) (NP (NP"
                + " (NNS sanctions)) (PP (IN against) (NP (NNP Moscow))))) (CC and) (VP (VBN"
                + " shipped) (NP (JJ humanitarian) (NN support)) (PP (IN to) (NP (NNP Kyiv)))))) (. .)))")
        .entity("South Korea", "COUNTRY")
        .entity("Moscow", "CITY")
        .entity("Kyiv", "CITY");
  }

  @Test
  void an_auxiliary_changes_places_with_the_subject() {
    assertThat(asked(joined(), "What has South Korea joined?").answer())
        .isEqualTo("sanctions against Moscow");
  }

  @Test
  void joined_verb_phrases_become_a_statement_each_and_a_country_is_asked_with_which_country() {
    Fixtures f = joined();
    assertThat(f.statements())
        .contains(
            "South Korea has joined sanctions against Moscow.",
            "South Korea has shipped humanitarian support to Kyiv.");
    assertThat(asked(f, "Which country has shipped humanitarian support to Kyiv?").answer())
        .isEqualTo("South Korea");
    assertThat(asked(f, "What has South Korea shipped to Kyiv?").answer())
        .isEqualTo("humanitarian support");
  }

  @Test
  void a_count_is_asked_with_how_many_and_its_noun_and_the_key_is_in_digits() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NNP North) (NNP Korea)) (VP (VBZ has) (VP (VBN sent) (NP (QP (JJR"
                    + " more) (IN than) (CD 10,000)) (NNS soldiers)) (PP (IN to) (NP (NNP"
                    + " Russia))))) (. .)))")
            .entity("North Korea", "COUNTRY")
            .entity("Russia", "COUNTRY")
            .entity("10,000", "NUMBER");
    Draft count = asked(f, "How many soldiers has North Korea sent to Russia?");
    assertThat(count.answer()).isEqualTo("10000");
    assertThat(count.type()).isEqualTo(QuestionType.NUMERIC);
    assertThat(count.accepted()).contains("more than 10,000");
    assertThat(
            asked(f, "To which country has North Korea sent more than 10,000 soldiers?").answer())
        .isEqualTo("Russia");
  }

  @Test
  void an_appositive_leaves_the_sentence_and_becomes_a_statement_of_its_own() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NP (NNP Belousov)) (, ,) (NP (DT a) (JJ former) (NN economist))"
                    + " (, ,)) (VP (VBD replaced) (NP (NNP Sergei) (NNP Shoigu))) (. .)))")
            .entity("Belousov", "PERSON")
            .entity("Sergei Shoigu", "PERSON")
            .lemma("replaced", "replace");
    assertThat(f.statements())
        .containsExactly("Belousov replaced Sergei Shoigu.", "Belousov was a former economist.");
    assertThat(asked(f, "Who was a former economist?").answer()).isEqualTo("Belousov");
    assertThat(f.asked()).extracting(Draft::prompt).doesNotContain("What was Belousov?");
  }

  @Test
  void what_a_relative_clause_says_is_asked_and_a_quotation_is_its_key() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (JJ Military) (NNS officials)) (VP (VBD clapped) (PP (IN under) (NP (NP (DT a) (NN"
                    + " banner)) (SBAR (WHNP (WDT that)) (S (VP (VBD read) (: :) (`` “) (NP (JJ"
                    + " Complete) (NN support)) ('' ”))))))) (. .)))")
            .lemma("read", "read")
            .lemma("officials", "official")
            .lemma("clapped", "clap");
    Draft d = asked(f, "What did the banner read?");
    assertThat(d.answer()).isEqualTo("Complete support");
    assertThat(d.skill()).isEqualTo(ReadingSkill.QUOTES);
    assertThat(asked(f, "Who clapped under a banner?").answer()).isEqualTo("Military officials");
    assertThat(f.asked()).extracting(Draft::prompt).noneMatch(p -> p.startsWith("What read"));
  }

  @Test
  void a_passive_description_asks_who_did_it_in_the_active_voice() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NNP Yoon)) (VP (VBD met) (PP (IN with) (NP (NP (DT a) (NN"
                    + " delegation)) (VP (VBN led) (PP (IN by) (NP (NNP Rustem) (NNP"
                    + " Umerov))))))) (. .)))")
            .entity("Yoon", "PERSON")
            .entity("Rustem Umerov", "PERSON")
            .lemma("led", "lead")
            .lemma("met", "meet");
    Draft d = asked(f, "Who led the delegation?");
    assertThat(d.answer()).isEqualTo("Rustem Umerov");
    assertThat(d.kind()).isEqualTo(Kind.AGENT);
    assertThat(asked(f, "Who met with a delegation?").answer()).isEqualTo("Yoon");
  }

  @Test
  void a_purpose_the_sentence_states_is_asked_with_why() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NNP Kim)) (VP (VBZ has) (VP (VBN prioritised) (NP (NP (NNS"
                    + " relations)) (PP (IN with) (NP (NNP Russia)))) (SBAR (IN as) (S (NP (PRP"
                    + " he)) (VP (VBZ tries) (S (VP (TO to) (VP (VB break) (PRT (RP out)) (PP (IN"
                    + " of) (NP (NN isolation))))))))))) (. .)))")
            .entity("Kim", "PERSON")
            .entity("Russia", "COUNTRY")
            .lemma("tries", "try");
    Draft d = asked(f, "Why has Kim prioritised relations with Russia?");
    assertThat(d.answer()).isEqualTo("to break out of isolation");
    assertThat(d.skill()).isEqualTo(ReadingSkill.CAUSE_EFFECT);
    assertThat(asked(f, "What has Kim prioritised?").answer()).isEqualTo("relations with Russia");
  }

  @Test
  void what_someone_said_is_asked_according_to_them() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NNP Shin)) (VP (VBD said) (SBAR (S (NP (NNP Russia)) (VP (VBZ has)"
                    + " (VP (VBN provided) (NP (NN missile) (NNS systems)) (PP (IN to) (NP (NNP"
                    + " North) (NNP Korea)))))))) (. .)))")
            .entity("Shin", "PERSON")
            .entity("Russia", "COUNTRY")
            .entity("North Korea", "COUNTRY")
            .lemma("said", "say");
    assertThat(asked(f, "According to Shin, what has Russia provided to North Korea?").answer())
        .isEqualTo("missile systems");
    assertThat(f.generate())
        .extracting(GeneratedQuestion::prompt)
        .noneMatch(p -> p.startsWith("Who said"));
  }

  @Test
  void a_leading_date_moves_to_the_end_where_it_can_be_asked_with_when() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (PP (IN In) (NP (CD 1896))) (, ,) (NP (NNP Tesla)) (VP (VBD built) (NP"
                    + " (DT a) (NN coil))) (. .)))")
            .entity("Tesla", "PERSON")
            .entity("1896", "DATE")
            .lemma("built", "build");
    assertThat(asked(f, "When did Tesla build a coil?").answer()).isEqualTo("1896");
    assertThat(f.statements()).contains("Tesla built a coil in 1896.");
  }

  @Test
  void a_pronoun_is_replaced_by_the_name_it_refers_to() {
    Fixtures f =
        Fixtures.sentence("(ROOT (S (NP (NNP Kim)) (VP (VBD met) (NP (NNP Putin))) (. .)))")
            .entity("Kim", "PERSON")
            .entity("Putin", "PERSON")
            .and("(ROOT (S (NP (PRP He)) (VP (VBD praised) (NP (NNP Russia))) (. .)))")
            .entity("Russia", "COUNTRY")
            .refers("He", "Kim Jong-un", "PERSON")
            .lemma("met", "meet")
            .lemma("praised", "praise");
    assertThat(asked(f, "Which country did Kim Jong-un praise?").answer()).isEqualTo("Russia");
    assertThat(asked(f, "Who praised Russia?").answer()).isEqualTo("Kim Jong-un");
  }

  @Test
  void a_question_with_a_pronoun_nobody_can_resolve_is_not_asked() {
    Fixtures f =
        Fixtures.sentence("(ROOT (S (NP (PRP He)) (VP (VBD praised) (NP (NNP Russia))) (. .)))")
            .entity("Russia", "COUNTRY")
            .lemma("praised", "praise");
    assertThat(f.asked()).extracting(Draft::prompt).noneMatch(p -> p.matches("(?i).*\\bhe\\b.*"));
  }

  @Test
  void a_bare_noun_is_never_a_key_and_a_name_is_never_cut() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (DT The) (NN team)) (VP (VBD arrived) (PP (IN in) (NP (NNP"
                    + " Washington))) (NP (NNP D.C.))) (. .)))")
            .entity("Washington", "CITY")
            .lemma("arrived", "arrive");
    assertThat(f.asked()).extracting(Draft::answer).doesNotContain("The team", "Washington");
  }

  @Test
  void a_prompt_that_ends_on_a_small_word_or_broken_punctuation_is_not_a_question() {
    assertThat(Wellformed.reads("Which country has?")).isFalse();
    assertThat(Wellformed.reads("Who held a ceremony outside the hangar,, for Atlantis?"))
        .isFalse();
    assertThat(Wellformed.reads("What did the banner read: “Complete support?")).isFalse();
    assertThat(Wellformed.reads("When did Belousov replace Sergei Shoigu in May?")).isTrue();
    assertThat(Wellformed.endsWhole("Cres Eastman is alarmed by.")).isFalse();
  }

  @Test
  void a_form_of_the_key_in_the_question_gives_it_away() {
    assertThat(Prompts.mentionsAnswer("Where did he meet North Korean leaders?", "North Korea"))
        .isTrue();
    assertThat(Prompts.mentionsAnswer("Which Italian schools pay?", "Italy")).isTrue();
    assertThat(Prompts.mentionsAnswer("Who met Kim?", "Sergei Shoigu")).isFalse();
  }

  @Test
  void two_names_joined_by_and_are_never_one_key() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NP (NNP Kim)) (CC and) (NP (NNP Putin))) (VP (VBD met) (PP (IN in)"
                    + " (NP (NNP Moscow)))) (. .)))")
            .entity("Kim", "PERSON")
            .entity("Putin", "PERSON")
            .entity("Moscow", "CITY")
            .lemma("met", "meet");
    assertThat(f.asked()).extracting(Draft::answer).doesNotContain("Kim and Putin");
    assertThat(asked(f, "Where did Kim and Putin meet?").answer()).isEqualTo("Moscow");
  }

  @Test
  void a_quotation_is_asked_who_said_it_with_the_full_name_as_the_key() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NNP Dean) (NNP Kamen)) (VP (VBD said) (S (`` “) (NP (DT The)"
                    + " (NNS girls)) (VP (VBD showed) (NP (JJ great) (NN courage))) ('' ”))) (. .)))")
            .entity("Dean Kamen", "PERSON")
            .lemma("said", "say")
            .lemma("showed", "show");
    GeneratedQuestion q =
        f.generate().stream()
            .filter(x -> x.prompt().equals("Who said “The girls showed great courage”?"))
            .findFirst()
            .orElseThrow();
    assertThat(q.answer()).isEqualTo("Dean Kamen");
    assertThat(q.kind()).isEqualTo("quote_speaker");
    assertThat(q.skill()).isEqualTo(ReadingSkill.QUOTES);
    assertThat(q.evidence().text()).contains("Dean Kamen said");
  }

  @Test
  void nobody_is_asked_to_have_said_what_the_article_says_itself() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (DT The) (NN banner)) (VP (VBD read) (S (`` “) (NP (JJ Complete)"
                    + " (NN support)) (PP (IN for) (NP (DT the) (NN army))) ('' ”))) (. .)))")
            .lemma("read", "read");
    assertThat(f.generate())
        .extracting(GeneratedQuestion::prompt)
        .noneMatch(p -> p.startsWith("Who said"));
  }
}
