package org.lsppm.rules.session;

import io.vavr.collection.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * The one way lsp-pm runs rules: a new session of the shared knowledge base, the sinks set as
 * globals, the facts inserted, every rule fired, the session disposed. A session is never shared
 * between calls or threads. Internal to the rules module (the package is not exported).
 */
public final class Sessions {
  private Sessions() {}

  /** Runs the rules of {@code kieBase} over {@code facts} with {@code globals} (name to sink). */
  public static void fire(KieBase kieBase, Map<String, Object> globals, Iterable<?> facts) {
    KieSession session = kieBase.newKieSession();
    try {
      globals.forEach(session::setGlobal);
      for (Object fact : facts) {
        session.insert(fact);
      }
      session.fireAllRules();
    } finally {
      session.dispose();
    }
  }
}
