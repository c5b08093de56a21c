package org.quiztrainer.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.quiztrainer.testing.PageSession;
import org.quiztrainer.testing.StudentClient;
import org.quiztrainer.testing.TeacherClient;
import org.quiztrainer.testing.TestApp;

/**
 * Every authoring route, API and page, tried by five people: nobody, a student with an attempt
 * token, teacher A who owns the quiz, teacher B who doesn't, and the admin. Only A and the admin
 * get through; B is told the quiz doesn't exist; the others must sign in. Students' attempts open
 * only with their own token, learners' practice only in their own browser, and admin routes only
 * for the admin.
 */
@Tag("nlp")
class OwnershipMatrixTest {
  private static TestApp app;
  private static TeacherClient a;
  private static TeacherClient b;
  private static TeacherClient admin;
  private static PageSession aPages;
  private static PageSession bPages;
  private static PageSession adminPages;
  private static PageSession studentPages;
  private static String quiz;
  private static String question;
  private static StudentClient student;

  @BeforeAll
  static void setUp() {
    app = TestApp.start();
    a = TeacherClient.newTeacher(app, "Ann");
    b = TeacherClient.newTeacher(app, "Bob");
    admin = TeacherClient.admin(app);
    aPages = PageSession.signedIn(app, "ann@school.test", "ann-password-1");
    bPages = PageSession.signedIn(app, "bob@school.test", "bob-password-1");
    adminPages = PageSession.admin(app);
    quiz = a.publishedSeedQuiz("Ann's quiz");
    for (var q : a.full(quiz).get("questions")) {
      if (question == null && q.get("type").asText().equals("multiple_choice")) {
        question = q.get("id").asText(); // one that can be shuffled
      }
    }
    student = StudentClient.startOn(app, quiz, "Stu");
    studentPages = new PageSession(app);
    studentPages.get("/quizzes/" + quiz);
    studentPages.post("/quizzes/" + quiz + "/attempts", Map.of("name", "Stu"));
  }

  @AfterAll
  static void tearDown() {
    app.close();
  }

  /** An API call as one person. */
  private record ApiCall(String method, String path, String body) {}

  private static TestApp.Response api(ApiCall c, String... headers) {
    return app.request(c.method(), c.path(), c.body(), headers);
  }

  @TestFactory
  List<DynamicTest> api_routes_let_only_the_owner_and_the_admin_in() {
    String q = "/api/quizzes/";
    List<ApiCall> calls =
        List.of(
            new ApiCall("GET", q + "QUIZ/full", null),
            new ApiCall("POST", q + "QUIZ/publish", ""),
            new ApiCall("POST", q + "QUIZ/unpublish", ""),
            new ApiCall("GET", q + "QUIZ/export?format=json", null),
            new ApiCall("GET", q + "QUIZ/export?format=gift", null),
            new ApiCall("GET", q + "QUIZ/results.csv", null));
    List<DynamicTest> tests = new ArrayList<>();
    for (ApiCall raw : calls) {
      ApiCall c = new ApiCall(raw.method(), raw.path().replace("QUIZ", quiz), raw.body());
      String name = c.method() + " " + raw.path();
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                assertThat(api(c).status()).as("anonymous").isEqualTo(401);
                assertThat(api(c, "Authorization", "Bearer " + student.token()).status())
                    .as("student token as Bearer")
                    .isEqualTo(401);
                assertThat(api(c, "X-Attempt-Token", student.token()).status())
                    .as("student token")
                    .isEqualTo(401);
                assertThat(api(c, b.auth()).status()).as("teacher B").isEqualTo(404);
                assertThat(api(c, a.auth()).status()).as("teacher A").isEqualTo(200);
                assertThat(api(c, admin.auth()).status()).as("admin").isEqualTo(200);
              }));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> live_session_routes_let_only_the_owner_and_the_admin_in() {
    String session =
        a.post("/api/sessions", Map.of("quizId", quiz, "mode", "student_paced"))
            .json()
            .get("sessionId")
            .asText();
    List<ApiCall> calls =
        List.of(
            new ApiCall("GET", "/api/sessions/S", null),
            new ApiCall("GET", "/api/sessions/S/results", null),
            new ApiCall("GET", "/api/sessions/S/results.csv", null));
    List<DynamicTest> tests = new ArrayList<>();
    for (ApiCall raw : calls) {
      ApiCall c = new ApiCall(raw.method(), raw.path().replace("S", session), raw.body());
      tests.add(
          DynamicTest.dynamicTest(
              c.method() + " " + raw.path(),
              () -> {
                assertThat(api(c).status()).as("anonymous").isEqualTo(401);
                assertThat(api(c, "Authorization", "Bearer " + student.token()).status())
                    .as("student token")
                    .isEqualTo(401);
                assertThat(api(c, b.auth()).status()).as("teacher B").isEqualTo(404);
                assertThat(api(c, a.auth()).status()).as("teacher A").isEqualTo(200);
                assertThat(api(c, admin.auth()).status()).as("admin").isEqualTo(200);
              }));
    }
    tests.add(
        DynamicTest.dynamicTest(
            "POST /api/sessions on someone else's quiz",
            () ->
                assertThat(
                        b.post("/api/sessions", Map.of("quizId", quiz, "mode", "student_paced"))
                            .status())
                    .isEqualTo(404)));
    tests.add(
        DynamicTest.dynamicTest(
            "POST /api/sessions/S/close",
            () -> {
              ApiCall c = new ApiCall("POST", "/api/sessions/" + session + "/close", "");
              assertThat(api(c).status()).isEqualTo(401);
              assertThat(api(c, b.auth()).status()).isEqualTo(404);
              assertThat(api(c, a.auth()).status()).isEqualTo(200);
            }));
    return tests;
  }

  @TestFactory
  List<DynamicTest> creating_needs_a_teacher_and_making_teachers_needs_the_admin() {
    byte[] gift = "::q:: 1+1\\=2 {T}\n".getBytes(StandardCharsets.UTF_8);
    Function<String[], Integer> importAs =
        h -> app.postBytes("/api/quizzes/import?format=gift", gift, h).status();
    Function<String[], Integer> articleAs =
        h ->
            app.postJson(
                    "/api/articles",
                    Map.of("title", "t", "text", "Cats purr when happy, said Ann Lee on Monday."),
                    h)
                .status();
    Function<String[], Integer> teacherAs =
        h ->
            app.postJson(
                    "/api/teachers",
                    Map.of(
                        "email",
                        "new" + System.nanoTime() + "@school.test",
                        "password",
                        "long-enough-1"),
                    h)
                .status();
    String[] none = new String[0];
    String[] stu = {"Authorization", "Bearer " + student.token()};
    return List.of(
        DynamicTest.dynamicTest(
            "POST /api/quizzes/import",
            () -> {
              assertThat(importAs.apply(none)).isEqualTo(401);
              assertThat(importAs.apply(stu)).isEqualTo(401);
              assertThat(importAs.apply(a.auth())).isEqualTo(201);
              assertThat(importAs.apply(b.auth())).isEqualTo(201);
              assertThat(importAs.apply(admin.auth())).isEqualTo(201);
            }),
        DynamicTest.dynamicTest(
            "POST /api/articles",
            () -> {
              assertThat(articleAs.apply(none)).isEqualTo(401);
              assertThat(articleAs.apply(stu)).isEqualTo(401);
              assertThat(articleAs.apply(b.auth())).isEqualTo(201);
              assertThat(articleAs.apply(admin.auth())).isEqualTo(201);
            }),
        DynamicTest.dynamicTest(
            "POST /api/teachers",
            () -> {
              assertThat(teacherAs.apply(none)).isEqualTo(401);
              assertThat(teacherAs.apply(stu)).isEqualTo(401);
              assertThat(teacherAs.apply(a.auth())).isEqualTo(403);
              assertThat(teacherAs.apply(b.auth())).isEqualTo(403);
              assertThat(teacherAs.apply(admin.auth())).isEqualTo(201);
            }),
        DynamicTest.dynamicTest(
            "GET /api/teacher/quizzes lists only one's own, or all for the admin",
            () -> {
              assertThat(app.get("/api/teacher/quizzes").status()).isEqualTo(401);
              assertThat(a.get("/api/teacher/quizzes").json().findValuesAsText("id"))
                  .contains(quiz);
              assertThat(b.get("/api/teacher/quizzes").json().findValuesAsText("id"))
                  .doesNotContain(quiz);
              assertThat(admin.get("/api/teacher/quizzes").json().findValuesAsText("id"))
                  .contains(quiz, "belousov-pyongyang");
            }));
  }

  @TestFactory
  List<DynamicTest> pages_let_only_the_owner_and_the_admin_in() {
    String base = "/teach/quizzes/QUIZ";
    List<String> gets =
        List.of(
            base,
            base + "/results",
            base + "/results.csv",
            base + "/export?format=gift",
            base + "/questions/new",
            base + "/questions/QUESTION/edit");
    List<String> posts =
        List.of(
            base + "/publish",
            base + "/title",
            base + "/preview",
            base + "/questions/QUESTION/accept",
            base + "/questions/QUESTION/shuffle",
            base + "/questions/QUESTION/down",
            base + "/questions/QUESTION");
    List<DynamicTest> tests = new ArrayList<>();
    for (String raw : gets) {
      String path = raw.replace("QUIZ", quiz).replace("QUESTION", question);
      tests.add(
          DynamicTest.dynamicTest(
              "GET " + raw,
              () -> {
                assertThat(new PageSession(app).get(path).status()).as("anonymous").isEqualTo(303);
                assertThat(studentPages.get(path).status()).as("student").isEqualTo(303);
                assertThat(bPages.get(path).status()).as("teacher B").isEqualTo(404);
                assertThat(aPages.get(path).status()).as("teacher A").isEqualTo(200);
                assertThat(adminPages.get(path).status()).as("admin").isEqualTo(200);
              }));
    }
    for (String raw : posts) {
      String path = raw.replace("QUIZ", quiz).replace("QUESTION", question);
      Map<String, String> form =
          Map.of(
              "published",
              "true",
              "title",
              "Ann's quiz",
              "type",
              "true_false",
              "prompt",
              "Belousov replaced Shoigu.",
              "answer",
              "true",
              "evidence",
              "replaced Sergei Shoigu");
      tests.add(
          DynamicTest.dynamicTest(
              "POST " + raw,
              () -> {
                PageSession anonymous = new PageSession(app);
                anonymous.get("/login");
                assertThat(anonymous.post(path, form).status()).as("anonymous").isEqualTo(303);
                assertThat(anonymous.post(path, form).header("location")).startsWith("/login");
                assertThat(studentPages.post(path, form).status()).as("student").isEqualTo(303);
                assertThat(bPages.post(path, form).status()).as("teacher B").isEqualTo(404);
                assertThat(aPages.post(path, form).status()).as("teacher A").isEqualTo(303);
                assertThat(adminPages.post(path, form).status()).as("admin").isEqualTo(303);
              }));
    }
    tests.add(
        DynamicTest.dynamicTest(
            "GET /teach/teachers",
            () -> {
              assertThat(new PageSession(app).get("/teach/teachers").status()).isEqualTo(303);
              assertThat(aPages.get("/teach/teachers").status()).isEqualTo(403);
              assertThat(adminPages.get("/teach/teachers").status()).isEqualTo(200);
            }));
    tests.add(
        DynamicTest.dynamicTest(
            "GET /teach lists only one's own quizzes",
            () -> {
              assertThat(aPages.get("/teach").body()).contains("/teach/quizzes/" + quiz + "\"");
              assertThat(bPages.get("/teach").body())
                  .doesNotContain("/teach/quizzes/" + quiz + "\"");
              assertThat(adminPages.get("/teach").body()).contains("/teach/quizzes/" + quiz + "\"");
            }));
    return tests;
  }

  @TestFactory
  List<DynamicTest> a_students_attempt_opens_only_with_its_own_token() {
    StudentClient other = StudentClient.startOn(app, quiz, "Other");
    String own = "/api/attempts/" + student.attemptId();
    String body = "{\"questionId\":\"" + question + "\",\"answer\":\"x\"}";
    List<ApiCall> calls =
        List.of(new ApiCall("GET", own, null), new ApiCall("POST", own + "/answers", body));
    List<DynamicTest> tests = new ArrayList<>();
    for (ApiCall c : calls) {
      tests.add(
          DynamicTest.dynamicTest(
              c.method() + " /api/attempts/A" + (c.body() == null ? "" : "/answers"),
              () -> {
                assertThat(api(c).status()).as("anonymous").isEqualTo(403);
                assertThat(api(c, "X-Attempt-Token", other.token()).status())
                    .as("another student's token")
                    .isEqualTo(403);
                assertThat(api(c, a.auth()).status()).as("teacher A").isEqualTo(403);
                assertThat(api(c, b.auth()).status()).as("teacher B").isEqualTo(403);
                assertThat(api(c, admin.auth()).status()).as("admin").isEqualTo(403);
                assertThat(api(c, "X-Attempt-Token", student.token()).status())
                    .as("the student")
                    .isIn(200, 400); // 400: "x" is not one of the choices, read with the token
              }));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> admin_routes_let_only_the_admin_in() {
    ApiCall list = new ApiCall("GET", "/api/teachers", null);
    ApiCall create =
        new ApiCall(
            "POST",
            "/api/teachers",
            "{\"email\":\"new@school.test\",\"password\":\"new-password-1\"}");
    List<DynamicTest> tests = new ArrayList<>();
    for (ApiCall c : List.of(list, create)) {
      tests.add(
          DynamicTest.dynamicTest(
              c.method() + " /api/teachers",
              () -> {
                assertThat(api(c).status()).as("anonymous").isEqualTo(401);
                assertThat(api(c, "X-Attempt-Token", student.token()).status())
                    .as("student")
                    .isEqualTo(401);
                assertThat(api(c, a.auth()).status()).as("teacher A").isEqualTo(403);
                assertThat(api(c, b.auth()).status()).as("teacher B").isEqualTo(403);
                assertThat(api(c, admin.auth()).status()).as("admin").isIn(200, 201);
              }));
    }
    tests.add(
        DynamicTest.dynamicTest(
            "GET /teach/teachers",
            () -> {
              assertThat(studentPages.get("/teach/teachers").status()).as("student").isEqualTo(303);
              assertThat(aPages.get("/teach/teachers").status()).as("teacher A").isEqualTo(403);
              assertThat(bPages.get("/teach/teachers").status()).as("teacher B").isEqualTo(403);
              assertThat(adminPages.get("/teach/teachers").status()).as("admin").isEqualTo(200);
            }));
    return tests;
  }

  @TestFactory
  List<DynamicTest> a_learners_practice_opens_only_in_that_learners_browser() {
    PageSession learner = new PageSession(app);
    learner.get("/quizzes/" + quiz);
    String practice =
        learner
            .post("/study/quizzes/" + quiz + "/practice", Map.of("mode", "hard"))
            .header("location");
    PageSession otherLearner = new PageSession(app);
    otherLearner.get("/quizzes/" + quiz);
    otherLearner.post("/study/quizzes/" + quiz + "/practice", Map.of("mode", "easy"));
    List<DynamicTest> tests = new ArrayList<>();
    for (String path : List.of(practice, practice + "/summary")) {
      tests.add(
          DynamicTest.dynamicTest(
              "GET " + path.replaceAll("[0-9a-f-]{36}", "P"),
              () -> {
                assertThat(new PageSession(app).get(path).status()).as("anonymous").isEqualTo(404);
                assertThat(otherLearner.get(path).status()).as("another learner").isEqualTo(404);
                assertThat(studentPages.get(path).status()).as("a student").isEqualTo(404);
                assertThat(aPages.get(path).status()).as("teacher A").isEqualTo(404);
                assertThat(adminPages.get(path).status()).as("admin").isEqualTo(404);
                assertThat(learner.get(path).status()).as("the learner").isIn(200, 303);
              }));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> live_session_pages_and_students_screens_open_only_for_their_owner() {
    var started = a.post("/api/sessions", Map.of("quizId", quiz, "mode", "teacher_paced")).json();
    String session = started.get("sessionId").asText();
    PageSession kid = new PageSession(app);
    kid.get("/join");
    String play =
        kid.post("/join", Map.of("code", started.get("joinCode").asText(), "name", "Kid"))
            .header("location");
    String attemptPage =
        studentPages.get("/").body().replaceAll("(?s).*href=\"(/attempts/[^\"/]+)\".*", "$1");
    List<DynamicTest> tests = new ArrayList<>();
    for (String raw :
        List.of("/teach/sessions/S", "/teach/sessions/S/panel", "/teach/sessions/S/results.csv")) {
      String path = raw.replace("S", session);
      tests.add(
          DynamicTest.dynamicTest(
              "GET " + raw,
              () -> {
                assertThat(new PageSession(app).get(path).status()).as("anonymous").isEqualTo(303);
                assertThat(kid.get(path).status()).as("student").isEqualTo(303);
                assertThat(bPages.get(path).status()).as("teacher B").isEqualTo(404);
                assertThat(aPages.get(path).status()).as("teacher A").isEqualTo(200);
                assertThat(adminPages.get(path).status()).as("admin").isEqualTo(200);
              }));
    }
    tests.add(
        DynamicTest.dynamicTest(
            "POST /teach/sessions/S/next and /teach/quizzes/Q/sessions",
            () -> {
              String next = "/teach/sessions/" + session + "/next";
              assertThat(kid.post(next, Map.of()).status()).as("student").isEqualTo(303);
              assertThat(kid.post(next, Map.of()).header("location")).startsWith("/login");
              assertThat(bPages.post(next, Map.of()).status()).as("teacher B").isEqualTo(404);
              assertThat(aPages.post(next, Map.of()).status()).as("teacher A").isEqualTo(303);
              String start = "/teach/quizzes/" + quiz + "/sessions";
              Map<String, String> form = Map.of("mode", "student_paced");
              assertThat(bPages.post(start, form).status()).as("teacher B").isEqualTo(404);
              assertThat(aPages.post(start, form).status()).as("teacher A").isEqualTo(303);
            }));
    for (String path : List.of(play, play + "/panel", attemptPage)) {
      PageSession owner = path.startsWith("/play") ? kid : studentPages;
      tests.add(
          DynamicTest.dynamicTest(
              "GET " + path.replaceAll("[0-9a-f-]{36}", "A"),
              () -> {
                assertThat(owner.get(path).status()).as("the student").isEqualTo(200);
                assertThat(new PageSession(app).get(path).status()).as("anonymous").isEqualTo(403);
                PageSession other = new PageSession(app);
                other.get("/quizzes/" + quiz);
                other.post("/quizzes/" + quiz + "/attempts", Map.of("name", "Other"));
                assertThat(other.get(path).status()).as("another student").isEqualTo(403);
                assertThat(aPages.get(path).status()).as("teacher A").isEqualTo(403);
                assertThat(adminPages.get(path).status()).as("admin").isEqualTo(403);
              }));
    }
    return tests;
  }
}
