package org.quiztrainer.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quiztrainer.nlp.Analysis;
import org.quiztrainer.nlp.Lexicon;
import org.quiztrainer.quiz.QuestionType;
import org.quiztrainer.testing.StoredAnalyses;

/**
 * The whole generator, from analysis to ranked list, on CoreNLP's own analysis of the seed article
 * (stored as text, so this runs in milliseconds without the models): the questions a teacher
 * expects, their keys and evidence, the wrong choices, the mix and the vocabulary rules.
 */
class StoredArticleTest {
  static final Analysis SEED = StoredAnalyses.read("/generate/belousov-analysis.txt").get(0);

  /** A small dictionary, one sense a word, standing in for WordNet. */
  private static final Map<String, String> GLOSSES =
      Map.of(
          "countermeasure", "an action taken to offset another action",
          "surveillance", "close observation of a person or group",
          "solidarity", "a union of interests or purposes among members of a group",
          "isolation", "a state of separation between persons or groups",
          "sanction", "a mechanism of social control for enforcing a society's standards",
          "programme", "a series of steps to be carried out or goals to be accomplished");

  static final Lexicon ONE_SENSE =
      (lemma, tag) ->
          GLOSSES.containsKey(lemma) && tag.startsWith("NN")
              ? List.of(new Lexicon.Sense(GLOSSES.get(lemma), List.of(), 1, "noun.act"))
              : List.of();

  static List<GeneratedQuestion> generate(Lexicon lexicon) {
    return new QuestionGenerator((t, p) -> SEED, lexicon, Ranker.shipped()).generate(SEED);
  }

  private List<GeneratedQuestion> questions;

  /**
   * Made in the test that reads it, not once in a static field: mutation testing swaps the
   * generator's code between runs of a test in one JVM, and counts as covered only what a test
   * itself runs. The checks on one list are grouped into one test because PIT runs every test that
   * covers a surviving mutant, and each generation of the article costs a tenth of a second there:
   * with 18 tests PIT took 8.1 minutes on two cores, with 6 that each generated the list 6.6; the
   * generator has grown since, and this one list is made once a run.
   */
  private void generateTheQuiz() {
    questions = generate(ONE_SENSE);
  }

  private GeneratedQuestion asking(String prompt) {
    return questions.stream()
        .filter(q -> q.prompt().equals(prompt))
        .findFirst()
        .orElseThrow(() -> new AssertionError("nothing asks: " + prompt));
  }

  private List<GeneratedQuestion> ofKind(Kind kind) {
    String name = kind.name().toLowerCase(Locale.ROOT);
    return questions.stream().filter(q -> q.kind().equals(name)).toList();
  }

  /**
   * Who replaced Shoigu, how many soldiers, the banner, why, and what the article is about; every
   * question whole and pointing at its evidence; the shares and variety of the list.
   */
  @Test
  void the_seed_article_asks_its_headline_facts_in_whole_questions_of_many_kinds() {
    generateTheQuiz();
    it_asks_who_replaced_shoigu_with_other_people_of_the_article_as_wrong_choices();
    it_asks_how_many_soldiers_with_the_hedge_in_the_key_and_ranges_it_rules_out();
    it_asks_what_the_banner_read_and_keeps_the_quotation_as_the_key();
    it_asks_why_with_the_articles_own_reason_as_the_key();
    a_wrong_reason_reads_as_a_reason_in_the_keys_own_form();
    there_is_one_main_idea_question_and_its_key_is_the_lead();
    every_question_points_at_evidence_in_the_article_that_holds_its_key();
    every_multiple_choice_question_offers_its_key_among_distinct_choices();
    every_question_says_why_it_was_chosen();
    a_misspelt_name_is_accepted_but_never_the_key();
    fill_in_the_blanks_are_at_most_a_fifth_and_true_false_a_tenth_of_the_list();
    the_first_ten_ask_about_different_sentences_and_mix_kinds();
    a_false_statement_is_not_what_the_article_says_and_a_true_one_is();
    vocabulary_asks_a_one_sense_word_with_other_words_meanings_as_wrong_choices();
    assertThat(generate(ONE_SENSE))
        .as("the same analysis gives the same questions")
        .isEqualTo(questions);
  }

  private void it_asks_who_replaced_shoigu_with_other_people_of_the_article_as_wrong_choices() {
    GeneratedQuestion q = asking("Who replaced Sergei Shoigu as defence minister in May?");

    assertThat(q.answer()).isEqualTo("Andrei Belousov");
    assertThat(q.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
    assertThat(q.choices()).hasSize(4).doesNotHaveDuplicates().contains("Andrei Belousov");
    assertThat(q.choices()).allSatisfy(c -> assertThat(SEED.text()).contains(c));
    assertThat(q.evidence().text()).contains("replaced Sergei Shoigu");
  }

  private void it_asks_how_many_soldiers_with_the_hedge_in_the_key_and_ranges_it_rules_out() {
    GeneratedQuestion q =
        questions.stream()
            .filter(x -> x.prompt().contains("how many soldiers"))
            .findFirst()
            .orElseThrow();

    // "more than 10,000": the key keeps its hedge, and each wrong choice is a range the article
    // rules out and the other choices don't overlap (12,000 would be "more than 10,000" too).
    assertThat(q.answer()).isEqualTo("more than 10,000");
    assertThat(q.choices()).hasSize(4).doesNotHaveDuplicates().contains("more than 10,000");
    assertThat(q.choices())
        .allMatch(c -> c.matches("(more than|about|fewer than) \\d{1,3}(,\\d{3})*"));
    assertThat(q.choices())
        .filteredOn(c -> !c.equals(q.answer()))
        .allMatch(c -> Long.parseLong(c.replaceAll("\\D", "")) < 10_000)
        .doesNotContain("about 5,000"); // halving gives it away
  }

  private void it_asks_what_the_banner_read_and_keeps_the_quotation_as_the_key() {
    GeneratedQuestion q = asking("What did the banner read?");

    assertThat(q.answer())
        .isEqualTo("Complete support and solidarity with the fighting Russian army and people");
    assertThat(q.evidence().text()).contains(q.answer());
  }

  private void it_asks_why_with_the_articles_own_reason_as_the_key() {
    assertThat(ofKind(Kind.CAUSE))
        .anySatisfy(
            q -> {
              assertThat(q.prompt()).startsWith("Why ");
              assertThat(q.answer()).startsWith("to break out of isolation");
            });
  }

  private void a_wrong_reason_reads_as_a_reason_in_the_keys_own_form() {
    for (GeneratedQuestion q : ofKind(Kind.CAUSE)) {
      if (q.answer().startsWith("to ") && !q.answer().startsWith("to have ")) {
        assertThat(q.choices()).noneMatch(c -> c.startsWith("to have given"));
        assertThat(q.choices()).allMatch(c -> c.startsWith("to "));
      }
    }
  }

  private void every_question_points_at_evidence_in_the_article_that_holds_its_key() {
    assertThat(questions).hasSizeGreaterThan(30);
    for (GeneratedQuestion q : questions) {
      assertThat(SEED.text().substring(q.evidence().start(), q.evidence().end()))
          .isEqualTo(q.evidence().text());
      if (q.type() == QuestionType.SHORT_ANSWER
          || q.kind().equals("subject")
          || q.kind().equals("object")) {
        // A name coreference completed ("Andrei Belousov" for "Belousov") keeps its surname.
        String[] words = q.answer().split(" ");
        assertThat(q.evidence().text().toLowerCase(Locale.ROOT))
            .as(q.prompt())
            .containsAnyOf(
                q.answer().toLowerCase(Locale.ROOT),
                words[words.length - 1].toLowerCase(Locale.ROOT));
      }
    }
  }

  private void every_multiple_choice_question_offers_its_key_among_distinct_choices() {
    for (GeneratedQuestion q : questions) {
      if (q.type() == QuestionType.MULTIPLE_CHOICE) {
        assertThat(q.choices()).as(q.prompt()).contains(q.answer()).doesNotHaveDuplicates();
        assertThat(q.choices().size()).as(q.prompt()).isBetween(3, 4);
      }
    }
  }

  private void there_is_one_main_idea_question_and_its_key_is_the_lead() {
    List<GeneratedQuestion> main = ofKind(Kind.MAIN_IDEA);

    assertThat(main).hasSize(1);
    assertThat(main.get(0).answer()).startsWith("Russian Defence Minister Andrei Belousov arrived");
    assertThat(main.get(0).choices()).hasSize(4).doesNotHaveDuplicates();
  }

  private void fill_in_the_blanks_are_at_most_a_fifth_and_true_false_a_tenth_of_the_list() {
    assertThat(ofKind(Kind.CLOZE).size()).isLessThanOrEqualTo(questions.size() / 5);
    assertThat(ofKind(Kind.TRUE_FALSE).size()).isLessThanOrEqualTo(questions.size() / 10);
  }

  private void the_first_ten_ask_about_different_sentences_and_mix_kinds() {
    List<GeneratedQuestion> top = questions.subList(0, 10);
    Set<Integer> sentences = new HashSet<>();
    top.forEach(
        q -> assertThat(sentences.add(q.evidence().start())).as(q.evidence().text()).isTrue());
    assertThat(top.stream().map(GeneratedQuestion::kind).collect(Collectors.toSet()))
        .hasSizeGreaterThanOrEqualTo(5);
  }

  private void a_false_statement_is_not_what_the_article_says_and_a_true_one_is() {
    List<GeneratedQuestion> tf = ofKind(Kind.TRUE_FALSE);
    assertThat(tf).extracting(GeneratedQuestion::answer).contains("true", "false");
    for (GeneratedQuestion q : tf) {
      String statement = q.prompt().substring("True or false: ".length());
      String stem = statement.substring(0, statement.length() - 1);
      if (q.answer().equals("false")) {
        assertThat(SEED.text()).doesNotContain(stem);
      }
    }
  }

  private void a_misspelt_name_is_accepted_but_never_the_key() {
    assertThat(questions).noneMatch(q -> q.answer().contains("Vladmir"));
    assertThat(questions)
        .filteredOn(q -> q.evidence().text().contains("Vladmir Putin"))
        .filteredOn(q -> q.answer().equals("Vladimir Putin"))
        .allSatisfy(q -> assertThat(q.acceptedAnswers()).contains("Vladmir Putin"));
    Spellings spellings = new Spellings(SEED);
    assertThat(spellings.of("Vladmir Putin")).isEqualTo("Vladimir Putin");
    assertThat(spellings.all("Vladimir Putin")).contains("Vladmir Putin", "Vladimir Putin");
  }

  private void every_question_says_why_it_was_chosen() {
    assertThat(questions).allSatisfy(q -> assertThat(q.reasons()).isNotEmpty());
  }

  private void vocabulary_asks_a_one_sense_word_with_other_words_meanings_as_wrong_choices() {
    List<GeneratedQuestion> vocabulary = ofKind(Kind.VOCABULARY);

    assertThat(vocabulary).isNotEmpty();
    for (GeneratedQuestion q : vocabulary) {
      String word = q.prompt().replaceFirst("^What does “([a-z]+)” mean.*", "$1");
      assertThat(q.answer()).isEqualTo(GLOSSES.get(word.replaceFirst("s$", "")));
      assertThat(q.choices()).hasSize(4).doesNotHaveDuplicates();
      assertThat(GLOSSES.values()).containsAll(q.choices());
      assertThat(q.evidence().text()).contains(word);
    }
  }
}
