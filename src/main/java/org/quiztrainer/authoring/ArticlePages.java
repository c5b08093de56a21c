package org.quiztrainer.authoring;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.quiztrainer.Problem;
import org.quiztrainer.account.AccountPages;
import org.quiztrainer.account.Auth;
import org.quiztrainer.account.Teacher;
import org.quiztrainer.exchange.Format;
import org.quiztrainer.quiz.PlainText;
import org.quiztrainer.quiz.Quiz;
import org.quiztrainer.web.Pages;

/**
 * The pages that bring a quiz in: a new article (pasted or a .txt file) with the progress of its
 * draft while the generator works, and a quiz file to import.
 */
public final class ArticlePages {
  private final Authoring authoring;
  private final ArticleDrafts drafts;
  private final ExchangeHandlers exchange;
  private final Auth auth;
  private final AccountPages accounts;

  public ArticlePages(
      Authoring authoring,
      ArticleDrafts drafts,
      ExchangeHandlers exchange,
      Auth auth,
      AccountPages accounts) {
    this.authoring = authoring;
    this.drafts = drafts;
    this.exchange = exchange;
    this.auth = auth;
    this.accounts = accounts;
  }

  public void newArticle(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    drafts.prepareGenerator(); // the models load while the teacher finds an article
    Pages.render(
        ctx,
        "authoring/new-article.jte",
        new NewArticlePage(accounts.nav(ctx, t), "", "", "", null));
  }

  public void createArticle(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    String title = param(ctx, "title");
    String source = param(ctx, "source");
    String pasted = param(ctx, "text");
    try {
      String text = uploaded(ctx).orElse(pasted.replace("\r\n", "\n"));
      String id = drafts.startDraft(t, title, text, source);
      Pages.seeOther(ctx, "/teach/quizzes/" + id + "?created=1");
    } catch (Problem p) {
      if (p.kind() != Problem.Kind.INVALID && p.kind() != Problem.Kind.TOO_LARGE) {
        throw p;
      }
      ctx.status(p.kind() == Problem.Kind.TOO_LARGE ? 413 : 400);
      String shownText = pasted.length() > ArticleInput.MAX_ARTICLE_BYTES ? "" : pasted;
      Pages.render(
          ctx,
          "authoring/new-article.jte",
          new NewArticlePage(
              accounts.nav(ctx, t), title, source, shownText, Pages.sentence(p.getMessage())));
    }
  }

  /** The text of an uploaded .txt file, if one was chosen. */
  private static Optional<String> uploaded(Context ctx) {
    if (!ctx.isMultipartFormData()) {
      return Optional.empty();
    }
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null || file.filename().isBlank()) {
      return Optional.empty();
    }
    if (!file.filename().toLowerCase(Locale.ROOT).endsWith(".txt")) {
      throw Problem.invalid("choose a .txt file (plain text), or paste the article instead");
    }
    if (file.size() > ArticleInput.MAX_ARTICLE_BYTES) {
      throw Problem.tooLarge("the file is over 200 KB; split it into shorter articles");
    }
    try (InputStream in = file.content()) {
      return Optional.of(
          PlainText.utf8(in.readNBytes(ArticleInput.MAX_ARTICLE_BYTES + 1))
              .orElseThrow(
                  () ->
                      Problem.invalid(
                          "the file is not UTF-8 text; save it as UTF-8 plain text and try again"))
              .replace("\r\n", "\n"));
    } catch (IOException e) {
      throw Problem.invalid("the file could not be read; try again");
    }
  }

  public void importForm(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    Pages.render(ctx, "authoring/import.jte", new ImportPage(accounts.nav(ctx, t), null));
  }

  public void importFile(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    try {
      UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
      if (file == null || file.filename().isBlank()) {
        throw Problem.invalid("choose a file to import");
      }
      String chosen = param(ctx, "format");
      Format format =
          chosen.isEmpty() || chosen.equals("auto")
              ? Format.fromFileName(file.filename())
                  .orElseThrow(
                      () ->
                          Problem.invalid(
                              "can't tell the format from the name '"
                                  + file.filename()
                                  + "'; choose GIFT, Moodle XML or JSON"))
              : ExchangeHandlers.format(chosen);
      if (file.size() > 1024 * 1024) {
        throw Problem.tooLarge("the file is over 1 MB");
      }
      byte[] bytes;
      try (InputStream in = file.content()) {
        bytes = in.readAllBytes();
      }
      Quiz quiz = exchange.importFile(t, format, bytes);
      Pages.seeOther(ctx, "/teach/quizzes/" + quiz.id());
    } catch (Problem p) {
      if (p.kind() != Problem.Kind.INVALID && p.kind() != Problem.Kind.TOO_LARGE) {
        throw p;
      }
      ctx.status(p.kind() == Problem.Kind.TOO_LARGE ? 413 : 400);
      Pages.render(
          ctx,
          "authoring/import.jte",
          new ImportPage(accounts.nav(ctx, t), Pages.sentence(p.getMessage())));
    } catch (IOException e) {
      ctx.status(400);
      Pages.render(
          ctx,
          "authoring/import.jte",
          new ImportPage(accounts.nav(ctx, t), "The file could not be read; try again."));
    }
  }

  /**
   * The progress of a draft, polled by its page: the progress again while the generator works, and
   * a redirect to the review screen once it is done.
   */
  public void drafting(Context ctx) {
    Teacher t = auth.requirePageTeacher(ctx);
    Authoring.Draft draft = authoring.draft(t, ctx.pathParam("quizId"));
    Optional<String> drafting = drafts.drafting(draft.quiz().id());
    String review = "/teach/quizzes/" + draft.quiz().id() + "?created=1";
    if (drafting.isEmpty()) {
      if (ctx.header("HX-Request") != null) {
        ctx.header("HX-Redirect", review);
        ctx.status(200);
      } else {
        Pages.seeOther(ctx, review);
      }
      return;
    }
    Pages.render(
        ctx,
        "authoring/drafting-progress.jte",
        DraftingPage.of(accounts.nav(ctx, t), draft, drafting.get()));
  }

  private static String param(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value;
  }
}
