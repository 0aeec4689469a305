package org.lsppm.rules;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.lsppm.core.rating.RuleName;

/**
 * The rules of lsp-pm as one Drools knowledge base, built once per JVM from the executable model
 * that kie-maven-plugin generated at build time (no DRL is compiled at run time). The knowledge
 * base holds no policy: thresholds travel in the facts, so every engine shares it.
 */
final class RuleBase {
  /** The index kie-maven-plugin writes: a version line, then one model class per line. */
  static final String MODEL_INDEX = "/META-INF/kie/org.lsppm/lsp-pm-rules/drools-model";

  private static final class Holder {
    static final RuleBase INSTANCE = load();
  }

  private final KieBase kieBase;
  private final Map<String, RuleName> ruleNames;

  private RuleBase(KieBase kieBase) {
    this.kieBase = kieBase;
    this.ruleNames = HashMap.ofEntries(List.ofAll(kieBase.getKiePackages())
        .flatMap(KiePackage::getRules)
        .map(r -> io.vavr.Tuple.of(r.getName(), new RuleName(r.getName()))));
  }

  static RuleBase get() {
    return Holder.INSTANCE;
  }

  KieBase kieBase() {
    return kieBase;
  }

  /** The value for a rule's name; every name a rule can report is known in advance. */
  RuleName ruleName(String name) {
    return ruleNames.get(name).getOrElseThrow(() -> new IllegalStateException("unknown rule " + name));
  }

  /** The names of every rule, for tests and documentation. */
  io.vavr.collection.Set<String> ruleNames() {
    return ruleNames.keySet();
  }

  private static RuleBase load() {
    return new RuleBase(KieBaseBuilder.createKieBaseFromModel(models(), RuleBaseFactory.newKnowledgeBaseConfiguration()));
  }

  private static java.util.List<Model> models() {
    try (InputStream in = RuleBase.class.getResourceAsStream(MODEL_INDEX)) {
      if (in == null) {
        throw new IllegalStateException("executable model index missing: " + MODEL_INDEX
            + " (was lsp-pm-rules built with kie-maven-plugin?)");
      }
      List<String> lines = List.ofAll(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version")).toList());
      return lines.map(RuleBase::instantiate).toJavaList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Model instantiate(String className) {
    try {
      return (Model) Class.forName(className, true, RuleBase.class.getClassLoader()).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load rule model " + className, e);
    }
  }
}
