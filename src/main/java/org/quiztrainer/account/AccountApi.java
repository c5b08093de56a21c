package org.quiztrainer.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import org.quiztrainer.web.JsonBody;

/** Teacher API for tokens and accounts (API.md section 4). */
public final class AccountApi {
  record TokenIssued(String token, String expiresAt) {}

  record Created(String teacherId) {}

  record TeacherLine(String teacherId, String email, String name, boolean admin) {}

  private final Accounts accounts;
  private final Auth auth;
  private final ObjectMapper json;

  public AccountApi(Accounts accounts, Auth auth, ObjectMapper json) {
    this.accounts = accounts;
    this.auth = auth;
    this.json = json;
  }

  public void issueToken(Context ctx) {
    JsonBody body = JsonBody.of(ctx, json);
    Teacher t = accounts.login(body.string("email"), body.string("password"), ctx.ip());
    Accounts.Issued issued = accounts.issueApiToken(t);
    ctx.json(new TokenIssued(issued.token(), issued.expiresAt().toString()));
  }

  /** Revokes the token that authorises this request. */
  public void revokeToken(Context ctx) {
    auth.apiTeacher(ctx);
    accounts.revoke(ctx.header("Authorization").substring(7).trim());
    ctx.status(204);
  }

  public void createTeacher(Context ctx) {
    Teacher admin = auth.apiTeacher(ctx);
    JsonBody body = JsonBody.of(ctx, json);
    Teacher created =
        accounts.createTeacher(
            admin,
            body.string("email"),
            body.string("password"),
            body.optionalString("name").orElse(body.string("email")));
    ctx.status(201).json(new Created(created.id()));
  }

  public void listTeachers(Context ctx) {
    List<TeacherLine> lines =
        accounts.all(auth.apiTeacher(ctx)).stream()
            .map(t -> new TeacherLine(t.id(), t.email(), t.name(), t.admin()))
            .toList();
    ctx.json(lines);
  }
}
