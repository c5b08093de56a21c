package org.quiztrainer.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code
 * $argon2id$v=19$m=..,t=..,p=..$salt$hash}) so that the parameters travel with each hash and can be
 * raised later without breaking old ones. The defaults are OWASP's minimum for Argon2id: 19 MiB,
 * two passes, one lane.
 */
public final class PasswordHasher {
  public static final int MIN_LENGTH = 10;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getDecoder();

  private final int memoryKib;
  private final int iterations;
  private final SecureRandom random = new SecureRandom();

  public PasswordHasher() {
    this(19 * 1024, 2);
  }

  PasswordHasher(int memoryKib, int iterations) {
    this.memoryKib = memoryKib;
    this.iterations = iterations;
  }

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, memoryKib, iterations, 1, HASH_BYTES);
    return "$argon2id$v=19$m=%d,t=%d,p=1$%s$%s"
        .formatted(memoryKib, iterations, B64.encodeToString(salt), B64.encodeToString(hash));
  }

  /** True if the password matches; a malformed stored hash never matches. */
  public boolean matches(String password, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
      return false;
    }
    try {
      int m = 0;
      int t = 0;
      int p = 0;
      for (String kv : parts[3].split(",")) {
        int value = Integer.parseInt(kv.substring(2));
        switch (kv.substring(0, 2)) {
          case "m=" -> m = value;
          case "t=" -> t = value;
          case "p=" -> p = value;
          default -> {
            return false;
          }
        }
      }
      byte[] expected = B64D.decode(parts[5]);
      byte[] actual = derive(password, B64D.decode(parts[4]), m, t, p, expected.length);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return false;
    }
  }

  private static byte[] derive(
      String password, byte[] salt, int memoryKib, int iterations, int lanes, int length) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withSalt(salt)
            .withMemoryAsKB(memoryKib)
            .withIterations(iterations)
            .withParallelism(lanes)
            .build());
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
