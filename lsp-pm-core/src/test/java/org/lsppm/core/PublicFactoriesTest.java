package org.lsppm.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.vavr.control.Validation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an embedder can call cannot be misused by accident: every public factory that answers a
 * {@link Validation} answers one for missing values too (never a NullPointerException), and no
 * public type has a static and an instance method of one name, where a call on an instance could
 * quietly reach the static one ({@code Scenario.named("a").outturn("1", "16.1").named("b")}).
 */
class PublicFactoriesTest {
  private static List<Class<?>> publicTypes;

  @BeforeAll
  static void importTheCore() {
    publicTypes = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.lsppm.core")) {
      Class<?> type = c.reflect();
      if (Modifier.isPublic(type.getModifiers()) && isReachable(type)) {
        publicTypes.add(type);
      }
    }
  }

  private static boolean isReachable(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static Object nothing(Class<?> type) {
    if (!type.isPrimitive()) {
      return null;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return '\0';
    }
    if (type == double.class) {
      return 0.0;
    }
    if (type == float.class) {
      return 0.0f;
    }
    if (type == long.class) {
      return 0L;
    }
    return type == int.class ? 0 : type == short.class ? (short) 0 : (byte) 0;
  }

  /**
   * A parameter that is part of the caller's program rather than a value it was given: a
   * function, a validation to combine, a type to read, an engine to call. Passing null for one is
   * a programming error, and {@link Checks}' combinators take only such parameters and the words
   * of a refusal.
   */
  private static boolean isCode(Class<?> type) {
    return type.isAnnotationPresent(FunctionalInterface.class) || type == Validation.class || type == Class.class
        || type == io.vavr.collection.Seq.class || type.getSimpleName().endsWith("Engine");
  }

  @Test
  void every_public_factory_answering_a_validation_reports_missing_values_as_problems() throws Exception {
    List<String> threw = new ArrayList<>();
    int called = 0;
    for (Class<?> type : publicTypes) {
      for (Method m : type.getDeclaredMethods()) {
        if (type == Checks.class || !Modifier.isPublic(m.getModifiers()) || !Modifier.isStatic(m.getModifiers())
            || m.getReturnType() != Validation.class
            || m.getParameterCount() == 0 || Arrays.stream(m.getParameterTypes()).allMatch(Class::isPrimitive)) {
          continue;
        }
        if (Arrays.stream(m.getParameterTypes()).anyMatch(PublicFactoriesTest::isCode)) {
          continue;
        }
        Object[] args = Arrays.stream(m.getParameterTypes()).map(PublicFactoriesTest::nothing).toArray();
        called++;
        try {
          assertThat(m.invoke(null, args)).as(m.toString()).isInstanceOf(Validation.class);
        } catch (InvocationTargetException e) {
          threw.add(type.getSimpleName() + "." + m.getName() + Arrays.toString(m.getParameterTypes()) + ": " + e.getCause());
        }
      }
    }
    assertThat(called).as("factories found").isGreaterThanOrEqualTo(40);
    assertThat(threw).isEmpty();
  }

  @Test
  void no_public_type_has_a_static_and_an_instance_method_of_one_name() {
    Set<String> both = new TreeSet<>();
    for (Class<?> type : publicTypes) {
      Set<String> statics = new TreeSet<>();
      Set<String> instances = new TreeSet<>();
      for (Method m : type.getMethods()) {
        if (m.getDeclaringClass() == Object.class || m.isSynthetic() || m.isBridge()) {
          continue;
        }
        (Modifier.isStatic(m.getModifiers()) ? statics : instances).add(m.getName());
      }
      statics.retainAll(instances);
      statics.forEach(name -> both.add(type.getSimpleName() + "." + name));
    }
    assertThat(both).isEmpty();
  }
}
