package org.lsppm.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionLikeType;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;

/**
 * Reads Vavr lists and sorted sets through Jackson's own list reading, so that an error inside an
 * element carries its index ({@code themes[2].name}), which vavr-jackson's readers leave out.
 * Registered after vavr-jackson, it takes precedence for these two types only.
 */
final class VavrIndexedModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  VavrIndexedModule() {
    super("lsp-pm-vavr-indexed");
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new Finder());
  }

  private static final class Finder extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findCollectionLikeDeserializer(
        CollectionLikeType type, DeserializationConfig config, BeanDescription beanDesc,
        TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer) {
      Class<?> raw = type.getRawClass();
      if (raw == List.class || raw == Seq.class) {
        return new Reader(type, false);
      }
      if (raw == SortedSet.class || raw == TreeSet.class) {
        return new Reader(type, true);
      }
      return null;
    }
  }

  private static final class Reader extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final JavaType elements;
    private final boolean sorted;

    Reader(CollectionLikeType type, boolean sorted) {
      super(type);
      this.elements = type.getContentType();
      this.sorted = sorted;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      java.util.List<Object> read =
          ctxt.readValue(p, ctxt.getTypeFactory().constructCollectionType(ArrayList.class, elements));
      if (sorted) {
        return TreeSet.ofAll((Comparator) Comparator.naturalOrder(), (Iterable) read);
      }
      return List.ofAll(read);
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) {
      return sorted ? TreeSet.empty() : List.empty();
    }
  }
}
