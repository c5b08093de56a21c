package org.quiztrainer.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Attempt tokens: 256 random bits, given to the student once. Only their SHA-256 is stored; a slow
 * hash is not needed because the token is random, not a password a person chose.
 */
public final class Tokens {
  private final SecureRandom random = new SecureRandom();

  public String newToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static boolean matches(String token, String storedHash) {
    if (token == null || token.isEmpty() || token.length() > 200) {
      return false;
    }
    return MessageDigest.isEqual(
        hash(token).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }
}
