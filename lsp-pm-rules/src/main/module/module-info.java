/**
 * lsp-pm rules: Drools decisions over the core domain. The module is open because Drools loads
 * the executable model it generated at build time by reflection.
 */
open module org.lsppm.rules {
  requires transitive org.lsppm.core;
  requires org.kie.api;
  requires org.drools.canonicalmodel;
  requires org.drools.modelcompiler;
  requires org.drools.core;
  requires org.drools.kiesession;
  requires org.drools.ruleunits.api;
  requires org.drools.ruleunits.impl;
  // Drools' jars are automatic modules and declare nothing. These two are named modules that
  // Drools uses at run time; without them here, a consumer's `requires org.lsppm.rules` would
  // resolve neither, and Drools would fail with NoClassDefFoundError when the rules load.
  requires org.slf4j;
  requires org.apache.commons.codec;

  exports org.lsppm.rules;
}
