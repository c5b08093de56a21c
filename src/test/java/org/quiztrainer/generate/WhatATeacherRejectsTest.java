package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Questions a teacher reviewing the generator rejected (docs/generator-review.md), each on a
 * hand-written parse, so that none comes back.
 */
class WhatATeacherRejectsTest {

  @Test
  void a_vague_amount_is_never_a_key() {
    Fixtures f =
        Fixtures.sentence(
            "(ROOT (S (NP (NP (DT Every) (NN team)) (PP (IN in) (NP (DT the) (NN contest))))"
                + " (VP (VBD was) (VP (VBN sent) (NP (NNS parts)))) (. .)))");
    assertThat(f.asked()).extracting(Draft::answer).noneMatch(a -> a.startsWith("Every"));
  }

  @Test
  void a_name_that_starts_like_an_amount_is_still_a_key() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NNP All) (NNP Blacks)) (VP (VBD beat) (NP (NNP Wales))) (. .)))")
            .entity("All Blacks", "ORGANIZATION")
            .entity("Wales", "COUNTRY");
    assertThat(f.asked()).extracting(Draft::answer).contains("All Blacks");
  }

  @Test
  void the_minute_of_a_goal_is_not_asked_with_when() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NNP Romelu) (NNP Lukaku)) (VP (VBD scored) (PP (IN in) (NP (DT the)"
                    + " (JJ 69th) (NN minute)))) (. .)))")
            .entity("Romelu Lukaku", "PERSON")
            .entity("the 69th minute", "TIME")
            .lemma("scored", "score");
    List<Draft> drafts = f.asked();
    assertThat(drafts).extracting(Draft::prompt).noneMatch(p -> p.startsWith("When"));
  }

  @Test
  void a_month_is_still_asked_with_when() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NNP Lukaku)) (VP (VBD signed) (PP (IN in) (NP (NNP May)))) (. .)))")
            .entity("Lukaku", "PERSON")
            .entity("May", "DATE")
            .lemma("signed", "sign");
    assertThat(f.asked()).extracting(Draft::prompt).contains("When did Lukaku sign?");
  }

  @Test
  void a_common_word_loses_the_capital_it_had_at_the_start_of_its_sentence() {
    assertThat(Prompts.tidy("Who is The secretary general of CEI"))
        .isEqualTo("Who is the secretary general of CEI?");
    assertThat(Prompts.tidy("Where is Next year's competition scheduled to take place"))
        .isEqualTo("Where is next year's competition scheduled to take place?");
    assertThat(Prompts.tidy("Who went to The Hague")).isEqualTo("Who went to The Hague?");
  }

  @Test
  void a_compound_written_with_spaces_round_its_hyphen_is_joined() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (DT The) (CD six) (HYPH -) (NN member) (NN team)) (VP (VBD arrived)"
                    + " (PP (IN in) (NP (NNP Kabul)))) (. .)))")
            .entity("Kabul", "CITY")
            .lemma("arrived", "arrive");
    assertThat(f.asked())
        .extracting(Draft::prompt)
        .anyMatch(p -> p.contains("six-member"))
        .noneMatch(p -> p.contains("six - member"));
  }
}
