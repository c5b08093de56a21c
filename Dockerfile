# Build: the same Maven build as on a laptop, without the browser tests (they need Chromium).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q -DskipTests package

# Run: a Java 17 JRE, a non-root user, the question bank, and the database on a volume.
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin quiz \
 && mkdir -p /data \
 && chown quiz /data
WORKDIR /app
COPY --from=build /src/target/quiz-trainer.jar /app/quiz-trainer.jar
COPY questions /app/questions
ENV PORT=7070 \
    QUIZ_DATA_DIR=/data \
    QUIZ_QUESTIONS_DIR=/app/questions
VOLUME ["/data"]
EXPOSE 7070
USER quiz
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD curl -fsS "http://localhost:${PORT}/health" || exit 1
# SIGTERM reaches java directly (exec form), so shutdown is graceful. A node that drafts quizzes
# needs about 2 GB of heap for the language models (bench/generate.sh): give the container 3 GB.
# A node that only runs live sessions never loads them and fits in far less.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/quiz-trainer.jar"]
