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
 * API is the abstract types and their domain-named factories. The style sets no annotation-valued
 * attributes: those would stay in core's class files and make every consumer's compiler warn that
 * it cannot find the Immutables annotation methods (the annotations are compile-time only).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    stagedBuilder = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    // Our public builders are nested classes named Builder; this keeps Immutables from taking
    // them for builders of its own to extend (it warned "incompat" for each).
    typeInnerBuilder = "ImmutablesInnerBuilder")
public @interface DomainStyle {}
