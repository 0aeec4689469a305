package org.lsppm.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.LinkedNode;
import java.io.IOException;

/**
 * Lets {@link Json#read} go on after an lsp-pm value is refused: every value type's deserializer
 * is wrapped so that, when the read carries a {@link ProblemCollector}, a refusal is recorded at
 * its path and the value becomes nothing, and the document's other values are still read. Without
 * a collector (a mapper from {@link Json#newMapper()} used directly) nothing changes.
 */
final class CollectingModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  CollectingModule() {
    super("lsp-pm-collecting");
    addDeserializer(java.math.BigDecimal.class, new NumbersAreNumbers());
    addDeserializer(java.time.LocalDate.class, new SupportedDates());
    setDeserializerModifier(new BeanDeserializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
          JsonDeserializer<?> deserializer) {
        return beanDesc.getBeanClass().getName().startsWith("org.lsppm.") ? new Collecting(deserializer) : deserializer;
      }
    });
  }

  /**
   * Numbers are JSON numbers: {@code "110250000.00"} in quotes is refused as a number written
   * as text (Jackson would read it), so a document means the same to every JSON reader.
   */
  private static final class NumbersAreNumbers extends com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<java.math.BigDecimal> {
    private static final long serialVersionUID = 1L;

    NumbersAreNumbers() {
      super(java.math.BigDecimal.class);
    }

    @Override
    public java.math.BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return switch (p.currentToken()) {
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
        case VALUE_STRING -> (java.math.BigDecimal) ctxt.handleWeirdStringValue(java.math.BigDecimal.class, p.getText(),
            "a number written as text");
        default -> (java.math.BigDecimal) ctxt.handleUnexpectedToken(java.math.BigDecimal.class, p);
      };
    }
  }

  /**
   * Every date of every document within the supported financial years ({@link Checks#date}): one
   * check for review dates, periods, due dates and the rest, each refused at its own path.
   */
  private static final class SupportedDates extends com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<java.time.LocalDate> {
    private static final long serialVersionUID = 1L;

    SupportedDates() {
      super(java.time.LocalDate.class);
    }

    @Override
    public java.time.LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      java.time.LocalDate date = com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
      var supported = Checks.date(date);
      if (date == null || supported.isValid()) {
        return date;
      }
      Problem refused = supported.getError().head();
      ProblemCollector collector = collector(ctxt);
      if (collector == null) {
        throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(p, "expected " + refused.expected(), date,
            java.time.LocalDate.class);
      }
      collector.record(new Problem(ProblemCollector.path(p.getParsingContext()), refused.expected(), refused.actual()));
      return null;
    }
  }

  private static ProblemCollector collector(DeserializationContext ctxt) {
    for (LinkedNode<DeserializationProblemHandler> h = ctxt.getConfig().getProblemHandlers(); h != null; h = h.next()) {
      if (h.value() instanceof ProblemCollector c) {
        return c;
      }
    }
    return null;
  }

  private static final class Collecting extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    Collecting(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new Collecting(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      ProblemCollector collector = collector(ctxt);
      if (collector == null) {
        return super.deserialize(p, ctxt);
      }
      // Where this value stands: kept as the context, and spelt out only if the value is refused
      // (most are not). An object or array has entered its own context already; its place is
      // in the enclosing one, which does not move while the value is read.
      JsonToken first = p.currentToken();
      JsonStreamContext where = first == JsonToken.START_OBJECT || first == JsonToken.START_ARRAY
          ? p.getParsingContext().getParent() : p.getParsingContext();
      try {
        return super.deserialize(p, ctxt);
      } catch (JsonMappingException e) {
        String at = ProblemCollector.path(where);
        if (ProblemCollector.isSyntax(e) || !collector.refusedBy(at, e) && !collector.partRefused(at)) {
          throw e;
        }
        if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
          p.skipChildren();
        }
        return null;
      }
    }

  }
}
