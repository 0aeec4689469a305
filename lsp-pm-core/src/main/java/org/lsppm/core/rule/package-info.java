/**
 * The names every decision carries, shared by the domain packages and the rules: the name of the
 * rule that made a decision and the identity of the policy it was made under.
 */
@DomainStyle
package org.lsppm.core.rule;

import org.lsppm.core.DomainStyle;
