package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiztrainer.nlp.Lexicon;

/**
 * Questions about the phrases wh-movement can't reach, asked where they stand, and the facts a
 * sentence gives in passing (life dates, initials, nationalities, a year before a noun, a purpose),
 * each on a hand-written parse.
 */
class QuestionsInPlaceTest {
  private static List<String> drafted(Fixtures f) {
    return f.drafts(Lexicon.NONE).stream().map(d -> d.prompt() + " -> " + d.answer()).toList();
  }

  @Test
  void a_name_inside_another_noun_phrase_is_asked_where_it_stands() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NNP ABC)) (VP (VBD broadcast) (NP (NP (DT the) (NN coronation))"
                    + " (PP (IN of) (NP (NNP Queen) (NNP Elizabeth) (NNP II)))) (PP (IN in) (NP"
                    + " (NNP June) (CD 1953)))) (. .)))")
            .entity("ABC", "ORGANIZATION")
            .entity("Queen Elizabeth II", "PERSON")
            .entity("June 1953", "DATE")
            .lemma("broadcast", "broadcast");
    assertThat(drafted(f))
        .contains("ABC broadcast the coronation of whom in June 1953? -> Queen Elizabeth II")
        .contains("When did ABC broadcast the coronation of Queen Elizabeth II? -> June 1953");
  }

  @Test
  void a_description_before_a_name_goes_with_the_question_word() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NNP Westinghouse)) (VP (VBD licensed) (NP (DT a) (NN motor)) (PP"
                    + " (IN from) (NP (DT the) (JJ Italian) (NN physicist) (NNP Galileo) (NNP"
                    + " Ferraris)))) (. .)))")
            .entity("Westinghouse", "ORGANIZATION")
            .entity("Galileo Ferraris", "PERSON")
            .entity("Italian", "NATIONALITY")
            .lemma("licensed", "license");
    assertThat(drafted(f))
        .anyMatch(p -> p.endsWith("-> Galileo Ferraris") && p.contains("from"))
        .contains("What nationality was Galileo Ferraris? -> Italian");
  }

  @Test
  void a_name_that_is_one_of_a_list_or_part_of_a_longer_name_is_not_asked_in_place() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (DT The) (NN team)) (VP (VBD flew) (PP (IN to) (NP (NNP Washington)"
                    + " (NNP D.C.))) (PP (IN with) (NP (NNP Kabul) (CC and) (NNP Herat))))"
                    + " (. .)))")
            .entity("Washington", "STATE_OR_PROVINCE")
            .entity("Kabul", "CITY")
            .entity("Herat", "CITY")
            .lemma("flew", "fly");
    assertThat(drafted(f))
        .noneMatch(p -> p.contains("which state D.C."))
        .noneMatch(p -> p.contains("and which city") || p.contains("which city and"));
  }

  @Test
  void dates_in_brackets_after_a_name_ask_when_the_person_was_born_and_died() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NP (NNP Nikola) (NNP Tesla)) (PRN (-LRB- -LRB-) (NP (NP (CD 10)"
                    + " (NNP July) (CD 1856)) (: –) (NP (CD 7) (NNP January) (CD 1943))) (-RRB-"
                    + " -RRB-))) (VP (VBD was) (NP (DT an) (NN inventor))) (. .)))")
            .entity("Nikola Tesla", "PERSON")
            .entity("10 July 1856", "DATE")
            .entity("7 January 1943", "DATE");
    assertThat(drafted(f))
        .contains("When was Nikola Tesla born? -> 10 July 1856")
        .contains("When did Nikola Tesla die? -> 7 January 1943");
  }

  @Test
  void initials_in_brackets_ask_what_they_stand_for() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NNP Tesla)) (VP (VBD designed) (NP (NP (DT the) (JJ alternating)"
                    + " (NN current)) (PRN (-LRB- -LRB-) (NP (NNP AC)) (-RRB- -RRB-))) (NP (NN"
                    + " system))) (. .)))")
            .entity("Tesla", "PERSON")
            .lemma("designed", "design");
    assertThat(drafted(f)).contains("What does AC stand for? -> alternating current");
  }

  @Test
  void a_to_clause_after_what_the_verb_does_asks_why() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NNP Tesla)) (VP (VBD severed) (NP (NNS relations)) (PP (IN with)"
                    + " (NP (PRP$ his) (NN family))) (S (VP (TO to) (VP (VB hide) (NP (PRP$ his)"
                    + " (NNS failures)))))) (. .)))")
            .entity("Tesla", "PERSON")
            .lemma("severed", "sever")
            .refers("his", "Tesla", "PERSON");
    assertThat(f.asked().stream().map(d -> d.prompt() + " -> " + d.answer()))
        .contains("Why did Tesla sever relations with his family? -> to hide his failures");
  }

  @Test
  void a_to_clause_that_a_verb_takes_as_its_object_is_no_reason() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (PRP$ His) (NN father)) (VP (VBD asked) (NP (PRP him)) (S (VP (TO"
                    + " to) (VP (VB return) (ADVP (RB home)))))) (. .)))")
            .lemma("asked", "ask");
    assertThat(f.asked()).noneMatch(d -> d.kind() == Kind.CAUSE);
  }

  @Test
  void a_year_before_a_noun_asks_in_what_year() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (DT The) (NN show)) (VP (VBD won) (NP (DT the) (CD 2006) (NNP"
                    + " British) (NNP Academy) (NN award))) (. .)))")
            .entity("2006", "DATE")
            .lemma("won", "win");
    assertThat(f.asked().stream().map(d -> d.prompt() + " -> " + d.answer()))
        .contains("In what year did the show win the British Academy award? -> 2006");
  }

  @Test
  void a_long_clause_loses_its_asides_in_the_question_but_keeps_what_it_asks_about() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NNP George) (NNP Westinghouse)) (VP (VBD won) (NP (NP (DT the)"
                    + " (NN bid)) (PP (IN for) (NP (NP (DT the) (NN lighting)) (PP (IN of) (NP (DT"
                    + " the) (NN exposition)))))) (PP (IN with) (NP (NP (DT a) (JJ complete) (NN"
                    + " system)) (PP (IN of) (NP (NP (JJ alternating) (NN current)) (PP (IN for)"
                    + " (NP (NP (DT the) (NN whole)) (PP (IN of) (NP (DT the) (NN fair) (NNS"
                    + " grounds))))))))) (PP (IN in) (NP (NNP Chicago))) (PP (IN in) (NP (CD"
                    + " 1893)))) (. .)))")
            .entity("George Westinghouse", "PERSON")
            .entity("Chicago", "CITY")
            .entity("1893", "DATE")
            .lemma("won", "win");
    Draft when =
        f.asked().stream()
            .filter(d -> d.answer().equals("1893") && d.prompt().startsWith("When"))
            .findFirst()
            .orElseThrow();
    assertThat(when.prompt()).contains("win the bid").doesNotContain("fair grounds");
    assertThat(Draft.words(when.prompt())).isLessThanOrEqualTo(24);
  }

  @Test
  void a_possessive_after_a_named_subject_is_the_subjects_own() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NNP Westinghouse)) (VP (VBD explained) (NP (PRP$ his) (JJ"
                    + " financial) (NNS difficulties)) (PP (IN to) (NP (NNP Tesla)))) (. .)))")
            .entity("Westinghouse", "ORGANIZATION")
            .entity("Tesla", "PERSON")
            .lemma("explained", "explain");
    assertThat(f.asked().stream().map(Draft::prompt))
        .contains("What did Westinghouse explain to Tesla?");
  }

  @Test
  void a_clause_about_the_countries_named_before_asks_nothing_in_place() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (DT The) (NNS countries)) (VP (VBP deepen) (NP (PRP$ their) (NN"
                    + " alignment)) (PP (IN over) (NP (NP (NNP Russia) (POS ’s)) (NN war)))) (."
                    + " .)))")
            .entity("Russia", "COUNTRY")
            .lemma("deepen", "deepen");
    assertThat(f.drafts(Lexicon.NONE)).noneMatch(d -> d.kind() == Kind.IN_SITU);
  }

  @Test
  void a_description_as_the_key_gets_wrong_answers_of_its_own_kind_of_thing() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (DT The) (NN engine)) (VP (VBD used) (NP (DT a) (JJ simple) (NN"
                    + " lever))) (. .)))")
            .lemma("used", "use")
            .and(
                "(ROOT (S (NP (DT The) (NN driver)) (VP (VBD pulled) (NP (DT a) (JJ long) (NN"
                    + " chain))) (. .)))")
            .lemma("pulled", "pull")
            .and(
                "(ROOT (S (NP (DT The) (NN boiler)) (VP (VBD held) (NP (DT a) (NN brass) (NN"
                    + " whistle))) (. .)))")
            .lemma("held", "hold")
            .and(
                "(ROOT (S (NP (DT The) (NN crew)) (VP (VBD felt) (NP (DT a) (JJ great) (NN"
                    + " fear))) (. .)))")
            .lemma("felt", "feel");
    Draft lever =
        f.drafts(new org.quiztrainer.nlp.WordNet()).stream()
            .filter(d -> d.answer().equals("a simple lever") && d.kind() == Kind.OBJECT)
            .findFirst()
            .orElseThrow();
    assertThat(lever.type()).isEqualTo(org.quiztrainer.quiz.QuestionType.MULTIPLE_CHOICE);
    assertThat(lever.choices())
        .contains("a simple lever", "a long chain", "a brass whistle")
        .doesNotContain("a great fear");
  }

  @Test
  void a_phrase_left_empty_by_a_bracket_is_not_written_as_its_label() {
    edu.stanford.nlp.trees.Tree t =
        org.quiztrainer.testing.StoredAnalyses.parse(
            "(ROOT (S (NP (DT The) (NN city)) (VP (VBD reasoned) (NP (NN this)) (FRAG (-LRB- -LRB-)"
                + " (-LRB- -LRB-) (NP (PRP it)) (-RRB- -RRB-) (-RRB- -RRB-))) (. .)))");
    Trees.removeBrackets(t);
    assertThat(t.getLeaves().stream().map(l -> l.value()).toList())
        .containsExactly("The", "city", "reasoned", "this", ".");
  }

  @Test
  void a_false_statement_swaps_in_only_a_name_the_article_gives() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NNS Muslims)) (VP (VBP travel) (PP (TO to) (NP (NNP Mecca))) (PP"
                    + " (IN for) (NP (DT the) (NN pilgrimage)))) (. .)))")
            .entity("Mecca", "CITY")
            .lemma("travel", "travel");
    assertThat(f.drafts(Lexicon.NONE))
        .filteredOn(d -> d.kind() == Kind.TRUE_FALSE && d.answer().equals("false"))
        .isEmpty();
  }

  @Test
  void an_amount_in_a_long_sentence_no_question_can_ask_about_is_blanked_in_its_shortened_clause() {
    Fixtures f =
        Fixtures.sentence(
                "(ROOT (S (NP (NP (NNS Teams)) (PP (IN from) (NP (NP (JJ different) (NNS countrie"
                    + "s)) (PP (IN around) (NP (DT the) (NN world)))))) (VP (VBD were) (VP (VBN arrange"
                    + "d) (PP (IN by) (NP (NP (DT the) (NNS organisers)) (PP (IN of) (NP (DT the) (JJ b"
                    + "ig) (NN contest))))) (PP (IN in) (NP (NP (NNS groups)) (PP (IN of) (NP (CD 300))"
                    + "))) (PP (IN on) (NP (NP (DT the) (JJ first) (NN morning)) (PP (IN of) (NP (DT th"
                    + "e) (JJ long) (NN competition))))) (PP (IN in) (NP (NP (DT the) (JJ old) (NN hall"
                    + ")) (PP (IN of) (NP (DT the) (NN city))))))) (. .)))")
            .lemma("were", "be")
            .entity("300", "NUMBER")
            .lemma("arranged", "arrange");
    var a = f.analysis();
    Mentions m = new Mentions(a);
    Draft blank =
        new InSitu(m, new Resolver(m))
            .blank(a.sentences().get(0), a.entitiesIn(0).get(0))
            .orElseThrow();
    assertThat(blank.prompt())
        .startsWith("Fill in the blank: Teams")
        .contains("groups of _____")
        .doesNotContain("city");
    assertThat(Draft.words(blank.prompt())).isLessThanOrEqualTo(28);
    assertThat(blank.answer()).isEqualTo("300");
  }
}
