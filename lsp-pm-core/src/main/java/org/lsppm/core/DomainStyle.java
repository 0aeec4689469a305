package org.lsppm.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of lsp-pm, applied per package in {@code package-info.java}.
 *
 * <p>Staged builders make a missing required attribute a compile error inside the factories;
 * the generated {@code Immutable*} classes and their builders are package-private, so the public
 * API is the abstract types and their domain-named factories.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    stagedBuilder = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false, prehash = false))
public @interface DomainStyle {}
