package org.lsppm.rules.unit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitData;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.lsppm.core.rule.RuleName;

/**
 * The one way lsp-pm runs rules: the rule unit that kie-maven-plugin generated at build time for a
 * unit's data class ({@code FooUnit} gets {@code FooUnitRuleUnit}), a new instance of it over the
 * data, every rule fired, the instance closed. No DRL is compiled at run time. A unit's knowledge
 * base is built once per JVM; an instance is never shared between calls or threads. Internal to the
 * rules module (the package is not exported).
 */
public final class Units {
  /** The index kie-maven-plugin writes: a version line, then one model class per line. */
  static final String MODEL_INDEX = "/META-INF/kie/org.lsppm/lsp-pm-rules/drools-model";

  private static final ClassValue<RuleUnit<?>> GENERATED = new ClassValue<>() {
    @Override
    protected RuleUnit<?> computeValue(Class<?> data) {
      return (RuleUnit<?>) instantiate(data.getName() + "RuleUnit");
    }
  };

  /** The data classes whose units have run in this JVM: their knowledge bases are built. */
  private static final java.util.Set<Class<?>> LOADED = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Every rule's name, made once: each decision names the rule that made it, and the rules are few. */
  private static final java.util.concurrent.ConcurrentMap<String, RuleName> RULE_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

  private Units() {}

  /** The name of the rule called {@code rule}, as every decision about it shares it. */
  public static RuleName ruleName(String rule) {
    RuleName name = RULE_NAMES.get(rule);
    return name != null ? name : RULE_NAMES.computeIfAbsent(rule, RuleName::new);
  }

  /** Fires every rule of {@code data}'s unit over it; the rules write their decisions into {@code data}. */
  public static <T extends RuleUnitData> T fire(T data) {
    return fire(data, d -> { });
  }

  /**
   * Fires every rule of {@code data}'s unit over it, once {@code facts} has appended the facts
   * that go to its data streams: a stream passes each fact straight to the running unit and keeps
   * none, so it is fed after the unit starts.
   */
  @SuppressWarnings("unchecked")
  public static <T extends RuleUnitData> T fire(T data, Consumer<T> facts) {
    RuleUnit<T> unit = (RuleUnit<T>) GENERATED.get(data.getClass());
    try (RuleUnitInstance<T> instance = unit.createInstance(data)) {
      facts.accept(data);
      instance.fire();
    }
    LOADED.add(data.getClass());
    return data;
  }

  /**
   * Builds the knowledge bases of these units now (running each once over no facts), so that no
   * later call pays for it; a unit already loaded costs next to nothing.
   */
  public static void preload(RuleUnitData... empty) {
    for (RuleUnitData data : empty) {
      fire(data);
    }
  }

  /** The data classes whose units have been loaded in this JVM. */
  public static java.util.Set<Class<?>> loaded() {
    return java.util.Set.copyOf(LOADED);
  }

  /**
   * The one decision a single-question unit made; none or two is a defect in the rules and fails
   * loudly, naming {@code what} was decided.
   */
  public static <D> D only(List<D> decisions, String what) {
    if (decisions.size() != 1) {
      throw new IllegalStateException((decisions.isEmpty() ? "no rule decided " : "two rules decided ") + what + ": " + decisions);
    }
    return decisions.get(0);
  }

  /**
   * The decisions of a unit by the fact each decided, for units that decide every fact once: a
   * second decision about one fact is a defect in the rules and fails loudly, naming the
   * {@code kind} of decision and the fact.
   */
  public static <F, D> Map<F, D> byFact(List<D> decisions, Function<D, F> fact, String kind) {
    Map<F, D> byFact = new IdentityHashMap<>(decisions.size());
    for (D d : decisions) {
      D earlier = byFact.put(fact.apply(d), d);
      if (earlier != null) {
        throw new IllegalStateException("two " + kind + " rules fired for " + fact.apply(d) + ": " + earlier + ", " + d);
      }
    }
    return byFact;
  }

  /** The names of the rules of every unit, by the unit's simple name, for tests and documentation. */
  public static Map<String, java.util.Set<String>> ruleNames() {
    Map<String, java.util.Set<String>> names = new TreeMap<>();
    for (String model : models()) {
      List<Rule> rules = ((Model) instantiate(model)).getRules();
      for (Rule r : rules) {
        names.computeIfAbsent(r.getUnit() == null ? "" : simpleName(r.getUnit()), k -> new TreeSet<>()).add(r.getName());
      }
    }
    return names;
  }

  private static String simpleName(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  private static List<String> models() {
    try (InputStream in = Units.class.getResourceAsStream(MODEL_INDEX)) {
      if (in == null) {
        throw new IllegalStateException("executable model index missing: " + MODEL_INDEX
            + " (was lsp-pm-rules built with kie-maven-plugin?)");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version"))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object instantiate(String className) {
    try {
      return Class.forName(className, true, Units.class.getClassLoader()).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load generated rule class " + className
          + " (was lsp-pm-rules built with kie-maven-plugin?)", e);
    }
  }
}
