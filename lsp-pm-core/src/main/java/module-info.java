/**
 * lsp-pm core: the domain of Local Strategic Partnership and Local Area Agreement performance
 * management as immutable values, free of any rule engine.
 */
module org.lsppm.core {
  requires static org.immutables.value.annotations;
  requires transitive io.vavr;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires io.vavr.jackson;

  exports org.lsppm.core;
  exports org.lsppm.core.period;
  exports org.lsppm.core.indicator;
  exports org.lsppm.core.rule;
  exports org.lsppm.core.criterion;
  exports org.lsppm.core.rating;
  exports org.lsppm.core.theme;
  exports org.lsppm.core.review;
  exports org.lsppm.core.plan;
  exports org.lsppm.core.reward;
  exports org.lsppm.core.partnership;

  opens org.lsppm.core to com.fasterxml.jackson.databind;
  opens org.lsppm.core.period to com.fasterxml.jackson.databind;
  opens org.lsppm.core.indicator to com.fasterxml.jackson.databind;
  opens org.lsppm.core.rule to com.fasterxml.jackson.databind;
  opens org.lsppm.core.criterion to com.fasterxml.jackson.databind;
  opens org.lsppm.core.rating to com.fasterxml.jackson.databind;
  opens org.lsppm.core.theme to com.fasterxml.jackson.databind;
  opens org.lsppm.core.review to com.fasterxml.jackson.databind;
  opens org.lsppm.core.plan to com.fasterxml.jackson.databind;
  opens org.lsppm.core.reward to com.fasterxml.jackson.databind;
  opens org.lsppm.core.partnership to com.fasterxml.jackson.databind;
}
