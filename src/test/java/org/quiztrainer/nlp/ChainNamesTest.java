package org.quiztrainer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which name each mention of a coreference chain gets. */
class ChainNamesTest {
  private static ChainNames.Mention proper(String name, String type) {
    return new ChainNames.Mention(true, Optional.of(new Entity(0, 0, 1, type, name, null)));
  }

  private static final ChainNames.Mention PRONOUN = new ChainNames.Mention(false, Optional.empty());

  private static List<String> names(ChainNames.Mention... mentions) {
    return ChainNames.of(List.of(mentions)).stream()
        .map(e -> e.map(Entity::text).orElse("-"))
        .toList();
  }

  @Test
  void a_surname_takes_the_full_name_given_before_it_but_not_one_given_after_it() {
    assertThat(
            names(
                proper("Tesla", "PERSON"),
                PRONOUN,
                proper("Milutin Tesla", "PERSON"),
                proper("Tesla", "PERSON"),
                PRONOUN))
        .containsExactly("Tesla", "Tesla", "Milutin Tesla", "Milutin Tesla", "Milutin Tesla");
  }

  @Test
  void a_first_name_of_someone_else_keeps_its_own_name() {
    assertThat(names(proper("Milutin Tesla", "PERSON"), proper("Nikola", "PERSON"), PRONOUN))
        .containsExactly("Milutin Tesla", "Nikola", "Nikola");
  }

  @Test
  void a_misspelt_first_name_takes_the_spelling_given_before() {
    assertThat(names(proper("Vladimir Putin", "PERSON"), proper("Vladmir Putin", "PERSON")))
        .containsExactly("Vladimir Putin", "Vladimir Putin");
    assertThat(names(proper("Vladimir Putin", "PERSON"), proper("Vadim Putin", "PERSON")))
        .containsExactly("Vladimir Putin", "Vadim Putin");
  }

  @Test
  void a_pronoun_before_any_name_takes_the_first_name_after_it() {
    assertThat(names(PRONOUN, proper("Kim Jong-un", "PERSON"), PRONOUN))
        .containsExactly("Kim Jong-un", "Kim Jong-un", "Kim Jong-un");
  }

  @Test
  void a_place_takes_a_longer_name_that_holds_its_words() {
    assertThat(names(proper("North Korea", "COUNTRY"), proper("North", "LOCATION")))
        .containsExactly("North Korea", "North Korea");
    assertThat(names(proper("Seoul", "CITY"), proper("North Korea", "COUNTRY")))
        .containsExactly("Seoul", "North Korea");
  }

  @Test
  void a_chain_that_names_nobody_gives_no_names() {
    assertThat(names(PRONOUN, PRONOUN)).containsExactly("-", "-");
  }

  @Test
  void nearly_the_same_word_is_one_letter_added_dropped_or_changed() {
    assertThat(ChainNames.nearly("vladimir", "vladmir")).isTrue();
    assertThat(ChainNames.nearly("vladmir", "vladimir")).isTrue();
    assertThat(ChainNames.nearly("brazilian", "brazillian")).isTrue();
    assertThat(ChainNames.nearly("vladimir", "vladimer")).isTrue();
    assertThat(ChainNames.nearly("vladimir", "vladim")).isFalse();
    assertThat(ChainNames.nearly("vlad", "vlac")).isFalse();
    assertThat(ChainNames.nearly("milutin", "nikola")).isFalse();
  }

  @Test
  void a_korean_family_name_comes_first() {
    assertThat(PersonNames.family("Kim Jong-un")).isEqualTo("Kim");
    assertThat(PersonNames.family("Shin Won-sik")).isEqualTo("Shin");
    assertThat(PersonNames.family("Vladimir Putin")).isEqualTo("Putin");
    assertThat(PersonNames.family("Jean-Claude Juncker")).isEqualTo("Juncker");
    assertThat(PersonNames.family("Tesla")).isEqualTo("Tesla");
    assertThat(names(proper("Kim Jong-un", "PERSON"), proper("Kim", "PERSON")))
        .containsExactly("Kim Jong-un", "Kim Jong-un");
  }
}
