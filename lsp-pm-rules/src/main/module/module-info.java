/**
 * lsp-pm rules: Drools decisions over the core domain. The module is open because Drools loads
 * the executable model it generated at build time by reflection.
 */
open module org.lsppm.rules {
  requires transitive org.lsppm.core;
  requires org.kie.api;
  requires org.drools.canonicalmodel;
  requires org.drools.modelcompiler;

  exports org.lsppm.rules;
}
