package org.quiztrainer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The build keeps the shape: a plain-Java core, SQL only in DAOs, HTTP only at the edge. */
class ArchitectureTest {
  private static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.quiztrainer");

  private static final String[] WEB_AND_SQL = {
    "io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..", "java.sql..", "javax.sql..",
    "org.jdbi..", "org.flywaydb..", "com.zaxxer..", "org.h2..", "gg.jte..",
    "org.quiztrainer.web..", "org.quiztrainer.db.."
  };

  @Test
  void the_core_knows_nothing_of_http_or_sql() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.quiztrainer.grading..",
            "org.quiztrainer.generate..",
            "org.quiztrainer.analysis..",
            "org.quiztrainer.exchange..",
            "org.quiztrainer.study..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(WEB_AND_SQL)
        .allowEmptyShould(true)
        .check(APP);
  }

  @Test
  void the_quiz_domain_records_know_nothing_of_http() {
    noClasses()
        .that()
        .haveSimpleNameNotEndingWith("Api")
        .and()
        .resideInAPackage("org.quiztrainer.quiz..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "org.quiztrainer.web..")
        .check(APP);
  }

  @Test
  void only_daos_and_the_database_talk_sql() {
    noClasses()
        .that()
        .haveSimpleNameNotEndingWith("Dao")
        .and()
        .resideOutsideOfPackage("org.quiztrainer.db..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
        .because("SQL lives in migrations and small DAO classes")
        .check(APP);
  }

  @Test
  void services_and_daos_never_see_http() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Service")
        .or()
        .haveSimpleNameEndingWith("Dao")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "jakarta.servlet..")
        .check(APP);
  }
}
