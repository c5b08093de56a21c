package org.quiztrainer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.quiztrainer.account.AccountApi;
import org.quiztrainer.account.AccountPages;
import org.quiztrainer.account.Accounts;
import org.quiztrainer.account.Auth;
import org.quiztrainer.account.LoginLimiter;
import org.quiztrainer.account.PasswordHasher;
import org.quiztrainer.account.TeacherDao;
import org.quiztrainer.account.TokenDao;
import org.quiztrainer.attempt.AttemptApi;
import org.quiztrainer.attempt.AttemptDao;
import org.quiztrainer.attempt.AttemptLimits;
import org.quiztrainer.attempt.AttemptPages;
import org.quiztrainer.attempt.AttemptService;
import org.quiztrainer.attempt.RecentAttempts;
import org.quiztrainer.attempt.StartPages;
import org.quiztrainer.authoring.ArticleDrafts;
import org.quiztrainer.authoring.ArticlePages;
import org.quiztrainer.authoring.Authoring;
import org.quiztrainer.authoring.AuthoringApi;
import org.quiztrainer.authoring.AuthoringDao;
import org.quiztrainer.authoring.AuthoringPages;
import org.quiztrainer.authoring.ExchangeHandlers;
import org.quiztrainer.bank.BankFileParser;
import org.quiztrainer.bank.BankSync;
import org.quiztrainer.bank.GeneratedCompanion;
import org.quiztrainer.bank.QuestionBank;
import org.quiztrainer.cluster.LocalSignals;
import org.quiztrainer.cluster.Signals;
import org.quiztrainer.db.Database;
import org.quiztrainer.db.GroupCommit;
import org.quiztrainer.db.PostgresSignals;
import org.quiztrainer.drafts.Drafter;
import org.quiztrainer.drafts.DraftsDao;
import org.quiztrainer.drafts.Skills;
import org.quiztrainer.generate.QuestionGenerator;
import org.quiztrainer.generate.SkillTagger;
import org.quiztrainer.grading.Grader;
import org.quiztrainer.learner.LearnerDao;
import org.quiztrainer.learner.Learners;
import org.quiztrainer.learner.Study;
import org.quiztrainer.learner.StudyDao;
import org.quiztrainer.learner.StudyPages;
import org.quiztrainer.live.JoinGuard;
import org.quiztrainer.live.LiveSessionDao;
import org.quiztrainer.live.SessionApi;
import org.quiztrainer.live.SessionGate;
import org.quiztrainer.live.SessionHub;
import org.quiztrainer.live.SessionPages;
import org.quiztrainer.live.SessionViews;
import org.quiztrainer.live.Sessions;
import org.quiztrainer.nlp.Pipeline;
import org.quiztrainer.quiz.QuestionDao;
import org.quiztrainer.quiz.QuizApi;
import org.quiztrainer.quiz.QuizCatalog;
import org.quiztrainer.quiz.QuizDao;
import org.quiztrainer.results.Results;
import org.quiztrainer.results.ResultsDao;
import org.quiztrainer.results.ResultsPages;
import org.quiztrainer.security.Tokens;
import org.quiztrainer.security.WindowCounter;
import org.quiztrainer.system.ApiDocs;
import org.quiztrainer.system.Health;
import org.quiztrainer.system.Metrics;
import org.quiztrainer.system.Observability;
import org.quiztrainer.web.Cookies;
import org.quiztrainer.web.Csrf;
import org.quiztrainer.web.JteRenderer;
import org.quiztrainer.web.MalformedRequests;

/** The composition root: builds every part from the config and wires them into one Javalin. */
public final class App {
  /** Large enough for any article a teacher pastes, small enough to refuse junk early. */
  static final long MAX_REQUEST_BYTES = 1024 * 1024;

  static final long STOP_TIMEOUT_MS = 10_000;

  /**
   * Joins a minute from one address. A class behind one school router shares an address, so this
   * allows a big class joining at once, and stops a script guessing codes.
   */
  static final int JOINS_PER_MINUTE = 600;

  /** Wrong join codes a minute from one address: enough for typos, too few to search codes. */
  static final int WRONG_CODES_PER_MINUTE = 20;

  /** Wrong recovery codes a minute from one address: enough for typos, far too few to search. */
  static final int WRONG_RECOVERY_CODES_PER_MINUTE = 10;

  private App() {}

  /** Opens the database, loads the question bank and returns the app, not yet started. */
  public static Javalin create(Config config) {
    return create(config, new QuestionGenerator(Pipeline.english(Clock.systemUTC())));
  }

  /** As {@link #create(Config)}, with a generator that is already loaded (tests share one). */
  public static Javalin create(Config config, QuestionGenerator generator) {
    return create(config, generator, Clock.systemUTC());
  }

  /** As {@link #create(Config, QuestionGenerator)}, on a given clock (tests move time). */
  public static Javalin create(Config config, QuestionGenerator generator, Clock clock) {
    Database database = Database.open(config);
    try {
      return wire(config, database, generator, clock);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static Javalin wire(
      Config config, Database database, QuestionGenerator generator, Clock clock) {
    ObjectMapper json =
        JavalinJackson.defaultMapper()
            .setDefaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
    QuizDao quizDao = new QuizDao();
    QuestionDao questionDao = new QuestionDao();
    Signals signals =
        database.isPostgres()
            ? new PostgresSignals(database.jdbi(), database::dedicatedConnection)
            : new LocalSignals();
    QuizCatalog catalog = new QuizCatalog(database.jdbi(), quizDao, questionDao, signals);
    DraftsDao draftsDao = new DraftsDao();
    Drafter drafter = new Drafter(database.jdbi(), generator);
    new BankSync(
            database.jdbi(),
            quizDao,
            questionDao,
            new QuestionBank(new BankFileParser()),
            new GeneratedCompanion(quizDao, questionDao, draftsDao, drafter, catalog, clock))
        .load(config.questionsDir());

    LiveSessionDao liveDao = new LiveSessionDao();
    SessionViews sessionViews = new SessionViews(database.jdbi(), liveDao, catalog);
    SessionHub hub = new SessionHub(sessionViews, json, clock, signals);
    SessionGate gate = new SessionGate(liveDao, hub, clock);
    GroupCommit answerWrites = new GroupCommit(database.jdbi());
    AttemptLimits attemptLimits = new AttemptLimits(clock);
    AttemptService attempts =
        new AttemptService(
            database.jdbi(),
            new AttemptDao(),
            questionDao,
            catalog,
            new Grader(),
            gate,
            answerWrites,
            attemptLimits);
    Cookies cookies = new Cookies(config.secureCookies());
    RecentAttempts recent = new RecentAttempts(cookies);
    Csrf csrf = new Csrf(cookies);
    Accounts accounts =
        new Accounts(
            database.jdbi(),
            new TeacherDao(),
            new TokenDao(),
            new PasswordHasher(),
            new LoginLimiter(clock),
            clock);
    if (config.adminEmail().isPresent() && config.adminPassword().isPresent()) {
      accounts.bootstrapAdmin(config.adminEmail().get(), config.adminPassword().get());
    }
    Auth auth = new Auth(accounts, cookies);
    AccountPages accountPages = new AccountPages(accounts, auth, csrf);
    Authoring authoring = new Authoring(database.jdbi(), new AuthoringDao(), questionDao, catalog);
    ArticleDrafts articleDrafts =
        new ArticleDrafts(
            database.jdbi(),
            authoring,
            new AuthoringDao(),
            questionDao,
            catalog,
            drafter,
            draftsDao,
            clock);
    articleDrafts.resumeUnfinished();
    ExchangeHandlers exchange = new ExchangeHandlers(authoring);
    Sessions sessions = new Sessions(database.jdbi(), liveDao, authoring, attempts, hub, clock);
    JoinGuard joinLimit =
        new JoinGuard(
            new WindowCounter(clock, Duration.ofMinutes(1), JOINS_PER_MINUTE),
            new WindowCounter(clock, Duration.ofMinutes(1), WRONG_CODES_PER_MINUTE));
    Skills skills = new Skills(database.jdbi(), new SkillTagger());
    Learners learners =
        new Learners(
            database.jdbi(),
            new LearnerDao(),
            cookies,
            new Tokens(),
            new WindowCounter(clock, Duration.ofMinutes(1), WRONG_RECOVERY_CODES_PER_MINUTE),
            clock);
    Study study =
        new Study(
            database.jdbi(),
            new StudyDao(),
            questionDao,
            catalog,
            new Grader(),
            skills,
            clock,
            ZoneId.systemDefault());
    StudyPages studyPages = new StudyPages(study, learners, catalog, csrf);
    ResultsPages resultsPages =
        new ResultsPages(
            new Results(database.jdbi(), new ResultsDao(), authoring), auth, accountPages);
    SessionApi sessionApi =
        new SessionApi(
            sessions,
            sessionViews,
            hub,
            auth,
            json,
            clock,
            database.jdbi(),
            liveDao,
            joinLimit,
            resultsPages);
    Observability observability = new Observability();
    Routes routes =
        new Routes(
            new Routes.Handlers(
                new Health(database),
                new ApiDocs(),
                new QuizApi(catalog),
                new AttemptApi(attempts, json, attemptLimits),
                new StartPages(
                    catalog, attempts, recent, csrf, studyPages::homeNotice, attemptLimits),
                new AttemptPages(attempts, recent, csrf),
                new AccountApi(accounts, auth, json),
                accountPages,
                new AuthoringApi(authoring, articleDrafts, exchange, auth, json),
                new AuthoringPages(
                    authoring,
                    articleDrafts,
                    exchange,
                    auth,
                    accountPages,
                    attempts,
                    recent,
                    skills),
                new ArticlePages(authoring, articleDrafts, exchange, auth, accountPages),
                resultsPages,
                sessionApi,
                new SessionPages(
                    sessions,
                    sessionViews,
                    hub,
                    auth,
                    accountPages,
                    csrf,
                    attempts,
                    recent,
                    database.jdbi(),
                    liveDao,
                    clock,
                    joinLimit,
                    resultsPages),
                studyPages,
                new Metrics(observability, auth, config.metricsToken()),
                csrf));

    return Javalin.create(
        cfg -> {
          cfg.startup.showJavalinBanner = false;
          cfg.jetty.port = config.port();
          cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
          cfg.jsonMapper(new JavalinJackson(json, false));
          cfg.requestLogger.http(observability::record);
          cfg.fileRenderer(
              config.hotReloadTemplates()
                  ? JteRenderer.hotReloading(Path.of("src", "main", "jte"))
                  : JteRenderer.precompiled());
          cfg.staticFiles.add(
              files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
              });
          cfg.staticFiles.enableWebjars();
          // On SIGTERM, stop taking connections but let requests in flight finish.
          if (config.trustProxy()) {
            // Rate limits key on the client's address, which behind a proxy is in a header.
            cfg.jetty.modifyHttpConfiguration(
                http -> http.addCustomizer(new ForwardedRequestCustomizer()));
          }
          cfg.jetty.modifyServer(
              server -> {
                server.setStopTimeout(STOP_TIMEOUT_MS);
                server.setErrorHandler(new MalformedRequests());
                server.insertHandler(new GracefulHandler());
              });
          cfg.events.serverStopping(hub::close); // open event streams would hold shutdown up
          cfg.events.serverStopped(
              () -> {
                drafter.close(); // an unfinished draft is made again at the next start
                answerWrites.close(); // the last acknowledged answers are already committed
                observability.close();
                signals.close();
                database.close();
              });
          routes.register(cfg.routes);
        });
  }
}
