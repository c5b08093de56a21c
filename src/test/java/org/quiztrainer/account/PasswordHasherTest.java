package org.quiztrainer.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void a_password_is_stored_as_an_argon2id_hash_with_its_parameters_and_never_in_clear() {
    String hash = hasher.hash("correct horse battery");
    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct");
  }

  @Test
  void the_same_password_hashes_differently_each_time_because_of_the_salt() {
    assertThat(hasher.hash("correct horse battery"))
        .isNotEqualTo(hasher.hash("correct horse battery"));
  }

  @Test
  void only_the_right_password_matches() {
    String hash = hasher.hash("correct horse battery");
    assertThat(hasher.matches("correct horse battery", hash)).isTrue();
    assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
    assertThat(hasher.matches("", hash)).isFalse();
  }

  @Test
  void a_hash_made_with_other_parameters_still_verifies() {
    String older = new PasswordHasher(8 * 1024, 3).hash("correct horse battery");
    assertThat(older).contains("m=8192,t=3");
    assertThat(hasher.matches("correct horse battery", older)).isTrue();
  }

  @Test
  void a_malformed_stored_hash_never_matches() {
    assertThat(hasher.matches("x", "")).isFalse();
    assertThat(hasher.matches("x", "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
    assertThat(hasher.matches("x", "$argon2id$v=19$m=x,t=2,p=1$AAAA$AAAA")).isFalse();
    assertThat(hasher.matches("x", "$argon2id$v=19$m=8,t=1,p=1$!!$AAAA")).isFalse();
  }
}
