/** Shared value types (money, quantities, ratios, text) and the validation building blocks. */
package org.lsppm.core;
