package org.quiztrainer.account;

import io.javalin.http.Context;
import org.quiztrainer.Problem;
import org.quiztrainer.web.Csrf;
import org.quiztrainer.web.Pages;
import org.quiztrainer.web.TeacherNav;

/** Sign in and out, change password, and the admin's teacher accounts page. */
public final class AccountPages {
  private final Accounts accounts;
  private final Auth auth;
  private final Csrf csrf;

  public AccountPages(Accounts accounts, Auth auth, Csrf csrf) {
    this.accounts = accounts;
    this.auth = auth;
    this.csrf = csrf;
  }

  public TeacherNav nav(Context ctx, Teacher t) {
    return new TeacherNav(t.name(), t.admin(), csrf.token(ctx));
  }

  public void loginForm(Context ctx) {
    if (auth.pageTeacher(ctx).isPresent()) {
      Pages.seeOther(ctx, safeNext(ctx.queryParam("next")));
      return;
    }
    Pages.render(
        ctx,
        "account/login.jte",
        new LoginPage(csrf.token(ctx), "", safeNext(ctx.queryParam("next")), null));
  }

  public void login(Context ctx) {
    String email = ctx.formParam("email");
    String next = safeNext(ctx.formParam("next"));
    try {
      Teacher t = accounts.login(email, ctx.formParam("password"), ctx.ip());
      auth.signIn(ctx, t);
      Pages.seeOther(ctx, next);
    } catch (Problem p) {
      if (p.kind() != Problem.Kind.UNAUTHORIZED && p.kind() != Problem.Kind.TOO_MANY) {
        throw p;
      }
      ctx.status(p.kind() == Problem.Kind.TOO_MANY ? 429 : 401);
      String shown = email == null ? "" : email.strip();
      Pages.render(
          ctx,
          "account/login.jte",
          new LoginPage(csrf.token(ctx), shown, next, Pages.sentence(p.getMessage())));
    }
  }

  public void logout(Context ctx) {
    auth.signOut(ctx);
    Pages.seeOther(ctx, "/login");
  }

  public void passwordForm(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    Pages.render(ctx, "account/password.jte", new PasswordPage(nav(ctx, t), null, false));
  }

  public void changePassword(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    String fresh = ctx.formParam("new_password");
    String error = null;
    if (fresh == null || !fresh.equals(ctx.formParam("confirm_password"))) {
      error = "The new password and its confirmation differ.";
    } else {
      try {
        accounts.changePassword(
            t, ctx.formParam("current_password"), fresh, auth.sessionToken(ctx));
      } catch (Problem p) {
        if (p.kind() != Problem.Kind.INVALID) {
          throw p;
        }
        error = Pages.sentence(p.getMessage());
      }
    }
    if (error != null) {
      ctx.status(400);
    }
    Pages.render(ctx, "account/password.jte", new PasswordPage(nav(ctx, t), error, error == null));
  }

  public void teachers(Context ctx) {
    Teacher admin = auth.requirePageTeacher(ctx);
    Pages.render(
        ctx,
        "account/teachers.jte",
        new TeachersPage(nav(ctx, admin), accounts.all(admin), "", "", null, null));
  }

  public void createTeacher(Context ctx) {
    Teacher admin = auth.requirePageTeacher(ctx);
    String email = ctx.formParam("email");
    String name = ctx.formParam("name");
    try {
      Teacher created = accounts.createTeacher(admin, email, ctx.formParam("password"), name);
      Pages.render(
          ctx,
          "account/teachers.jte",
          new TeachersPage(nav(ctx, admin), accounts.all(admin), "", "", null, created.email()));
    } catch (Problem p) {
      if (p.kind() != Problem.Kind.INVALID && p.kind() != Problem.Kind.CONFLICT) {
        throw p;
      }
      ctx.status(p.kind() == Problem.Kind.CONFLICT ? 409 : 400);
      Pages.render(
          ctx,
          "account/teachers.jte",
          new TeachersPage(
              nav(ctx, admin),
              accounts.all(admin),
              email == null ? "" : email.strip(),
              name == null ? "" : name.strip(),
              Pages.sentence(p.getMessage()),
              null));
    }
  }

  /** Only a path on this site: an open redirect to another site would help phishing. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
      return "/teach";
    }
    return next;
  }
}
