package org.quiztrainer.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without JavaScript: keeps cookies, reads the CSRF token from pages and posts forms the
 * way an HTML form would. Redirects are not followed, so tests can check them.
 */
public final class PageSession {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private final TestApp app;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String csrf;

  public PageSession(TestApp app) {
    this.app = app;
  }

  /** A session signed in through the login form. */
  public static PageSession signedIn(TestApp app, String email, String password) {
    PageSession s = new PageSession(app);
    TestApp.Response r = s.login(email, password);
    assertThat(r.status()).as(r.body()).isEqualTo(303);
    return s;
  }

  public static PageSession admin(TestApp app) {
    return signedIn(app, TestApp.ADMIN_EMAIL, TestApp.ADMIN_PASSWORD);
  }

  public TestApp.Response login(String email, String password) {
    get("/login");
    return post("/login", Map.of("email", email, "password", password, "next", "/teach"));
  }

  /**
   * Waits until the generator has drafted the quiz (its drafting page redirects to the review
   * screen), as the page's own polling does; the first draft of a JVM waits for the models.
   */
  public void awaitDrafted(String quizId) {
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < until) {
      TestApp.Response r = get("/teach/quizzes/" + quizId + "/drafting");
      if (r.status() == 303) {
        return;
      }
      if (r.body().contains("could not draft")) {
        throw new AssertionError("drafting failed: " + r.body());
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("the draft of " + quizId + " was not ready within 3 minutes");
  }

  public TestApp.Response get(String path) {
    TestApp.Response r = app.get(path, headers());
    remember(r);
    return r;
  }

  /** Posts a form with this session's CSRF token, fetching a page first if none is known. */
  public TestApp.Response post(String path, Map<String, String> form) {
    if (csrf == null) {
      get("/login");
    }
    Map<String, String> withToken = new LinkedHashMap<>(form);
    withToken.putIfAbsent("_csrf", csrf);
    return postRaw(path, withToken);
  }

  /** Posts exactly these fields, without adding a CSRF token. */
  public TestApp.Response postRaw(String path, Map<String, String> form) {
    TestApp.Response r = app.postForm(path, form, headers());
    remember(r);
    return r;
  }

  /** A multipart form with one file, as a browser uploads it. */
  public TestApp.Response upload(
      String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
    if (csrf == null) {
      get("/login");
    }
    String boundary = "----qt" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.putIfAbsent("_csrf", csrf);
    all.forEach(
        (k, v) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + k
                        + "\"\r\n\r\n"
                        + v
                        + "\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(
        ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String[] h = headers();
    String[] withType = java.util.Arrays.copyOf(h, h.length + 2);
    withType[h.length] = "Content-Type";
    withType[h.length + 1] = "multipart/form-data; boundary=" + boundary;
    TestApp.Response r = app.postBytes(path, body.toByteArray(), withType);
    remember(r);
    return r;
  }

  public String cookie(String name) {
    return cookies.get(name);
  }

  public void setCookie(String name, String value) {
    cookies.put(name, value);
  }

  public String csrf() {
    return csrf;
  }

  private String[] headers() {
    if (cookies.isEmpty()) {
      return new String[0];
    }
    StringBuilder jar = new StringBuilder();
    cookies.forEach(
        (k, v) -> jar.append(jar.length() == 0 ? "" : "; ").append(k).append('=').append(v));
    return new String[] {"Cookie", jar.toString()};
  }

  private void remember(TestApp.Response r) {
    List<String> set =
        r.headers().entrySet().stream()
            .filter(e -> e.getKey().equalsIgnoreCase("set-cookie"))
            .flatMap(e -> e.getValue().stream())
            .toList();
    for (String c : set) {
      String pair = c.split(";", 2)[0];
      int eq = pair.indexOf('=');
      String name = pair.substring(0, eq);
      String value = pair.substring(eq + 1);
      if (value.isEmpty() || c.contains("Max-Age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    Matcher m = CSRF.matcher(r.body() == null ? "" : r.body());
    if (m.find()) {
      csrf = m.group(1);
    }
  }
}
