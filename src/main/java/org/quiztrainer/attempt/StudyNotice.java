package org.quiztrainer.attempt;

import io.javalin.http.Context;
import java.util.Optional;

/** What the home page shows of this browser's self-study; the learner feature provides it. */
@FunctionalInterface
public interface StudyNotice {
  Optional<HomePage.Study> of(Context ctx);
}
