package org.lsppm.cli;

import org.lsppm.reports.RatingReports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lsppm.cli.Cli.data;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaKeyword;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lsppm.core.Json;

/**
 * The published JSON Schema of each {@code --format json} output ({@code schemas/} in this
 * module and the distribution): generated from the library's own types as its JSON binding
 * writes them, equal to the file on disk (run with {@code -Dlsppm.schemas.write=true} to
 * rewrite it after a deliberate change), and every output of the bundled examples valid against
 * it.
 */
@org.junit.jupiter.api.Tag("slow") // whole command lines in every data format: left out of mutation runs
class JsonSchemasTest {
  private static final Path SCHEMAS = Path.of("schemas");
  private static final ObjectMapper MAPPER = Json.newMapper();

  /** Each output: its schema's name, the type the command line writes, and a command that writes it. */
  static Stream<Arguments> outputs() {
    List<String> measurements = List.of("--measurements", data("committee-measurements.csv"));
    List<String> agreement = List.of("--agreement", data("lpsa-agreement.json"));
    List<String> partnership = List.of("--partnership", data("sample-partnership.json"), "--as-of", "2004-06-01");
    return Stream.of(
        Arguments.of("rate", org.lsppm.core.rating.IndicatorRating[].class, command("rate", measurements)),
        Arguments.of("rate-comparators", RatingReports.Placed[].class,
            command("rate", List.of("--measurements", data("measurements.csv")), "--comparators", data("comparators.csv"))),
        Arguments.of("rate-compare-policy", org.lsppm.core.rating.PolicyComparison.class,
            command("rate", measurements, "--compare-policy", data("proposed-policy.json"))),
        Arguments.of("needed", org.lsppm.core.rating.LightThresholds[].class, command("needed", measurements)),
        Arguments.of("summary", org.lsppm.core.rating.SummaryRow[].class,
            command("summary", List.of("--outcomes", data("kcp-2009-laa1-outcomes.csv")))),
        Arguments.of("prg", org.lsppm.core.reward.RewardResult.class,
            command("prg", agreement, "--outturns", data("lpsa-scenarios.csv"), "--scenario", "pessimistic")),
        Arguments.of("prg-compare-policy", org.lsppm.core.reward.GrantComparison.class,
            command("prg", agreement, "--outturns", data("lpsa-scenarios.csv"), "--compare-policy", data("proposed-reward-policy.json"))),
        Arguments.of("triggers", org.lsppm.core.reward.Trigger[].class, command("triggers", agreement)),
        Arguments.of("simulate", org.lsppm.core.reward.RewardSimulation.Result.class,
            command("simulate", agreement, "--forecasts", data("lpsa-forecasts.csv"), "--draws", "200")),
        Arguments.of("whatif", org.lsppm.reports.GrantReports.WhatIf.class, command("whatif", agreement, "--scenarios", data("lpsa-scenarios.csv"),
            "--vary", "1", "--from", "16", "--to", "17", "--step", "0.5")),
        Arguments.of("reviews", org.lsppm.core.review.ReviewReport.class, command("reviews", partnership)),
        Arguments.of("plan-check", org.lsppm.core.review.PlanFinding[].class, command("plan-check", partnership)));
  }

  private static List<String> command(String name, List<String> inputs, String... more) {
    List<String> c = new ArrayList<>(List.of(name));
    c.addAll(inputs);
    c.addAll(List.of(more));
    c.addAll(List.of("--format", "json"));
    return c;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void each_json_output_has_a_published_schema_and_is_valid_against_it(String name, Class<?> type, List<String> command)
      throws Exception {
    ObjectNode schema = schema(type, name);
    Path file = SCHEMAS.resolve(name + ".schema.json");
    String written = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
    if (Boolean.getBoolean("lsppm.schemas.write")) {
      Files.createDirectories(SCHEMAS);
      Files.writeString(file, written);
    }
    assertThat(file).as("the published schema; rewrite with -Dlsppm.schemas.write=true").exists();
    assertThat(Files.readString(file)).as("the published schema is the types' schema").isEqualTo(written);

    Cli r = Cli.run(command.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    Set<ValidationMessage> problems = validator.validate(MAPPER.readTree(r.out()));
    assertThat(problems).as("%s against %s", String.join(" ", command), file).isEmpty();
  }

  /** The schema of {@code type} as {@link Json} writes it. */
  static ObjectNode schema(Class<?> type, String name) {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(MAPPER, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
        // Every field is written, null only where the type is an Option; no other field appears.
        .with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
        .without(Option.SCHEMA_VERSION_INDICATOR);
    config.forTypesInGeneral().withCustomDefinitionProvider(JsonSchemasTest::definition);
    config.forFields().withRequiredCheck(f -> true);
    config.forFields().withIgnoreCheck(f -> f.isTransient() || f.getDeclaringType().getErasedType().getSimpleName().startsWith("Immutable")
        && (f.getName().equals("initBits") || f.getName().startsWith("INIT_BIT") || f.getName().equals("OPT_BIT_")));
    ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(type);
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://lsppm.org/schemas/" + name + ".schema.json");
    root.put("title", "lsp-pm " + name + " --format json: " + type.getSimpleName().replace("[]", " array"));
    root.setAll(schema);
    return root;
  }

  /** The library's value types as its binding writes them: numbers, text, dates, Vavr collections. */
  private static CustomDefinition definition(ResolvedType type, SchemaGenerationContext context) {
    Class<?> raw = type.getErasedType();
    com.fasterxml.jackson.databind.annotation.JsonSerialize as = raw.getAnnotation(com.fasterxml.jackson.databind.annotation.JsonSerialize.class);
    if (as != null && as.as() != Void.class && as.as() != raw) {
      // An Immutables type is written as its generated class, whose fields are the attributes.
      return new CustomDefinition(context.createStandardDefinition(context.getTypeContext().resolve(as.as()), null));
    }
    ObjectNode node = context.getGeneratorConfig().createObjectNode();
    if (raw == org.lsppm.core.Money.class || raw == org.lsppm.core.Quantity.class || raw == org.lsppm.core.Ratio.class
        || raw == java.math.BigDecimal.class) {
      node.put(context.getKeyword(SchemaKeyword.TAG_TYPE), "number");
    } else if (raw == java.time.LocalDate.class) {
      node.put(context.getKeyword(SchemaKeyword.TAG_TYPE), "string").put("format", "date");
    } else if (raw == org.lsppm.core.period.FinancialYear.class) {
      node.put(context.getKeyword(SchemaKeyword.TAG_TYPE), "string").put("pattern", "^[0-9]{4}/[0-9]{2}$");
    } else if (raw == org.lsppm.core.indicator.Goal.class) {
      node.putArray("oneOf").add(object(context, "value")).add(object(context, "lower", "upper"));
    } else if (org.lsppm.core.reward.OutturnForecast.class.isAssignableFrom(raw)) {
      node.putArray("oneOf").add(kind(object(context, "low", "likely", "high"), "range"))
          .add(kind(object(context, "mean", "standardDeviation"), "normal")).add(kind(object(context, "value"), "fixed"));
    } else if (raw.isSealed() && raw.isInterface() && !properties(raw).isEmpty()) {
      // A sealed type written as one object (Outturn): its @JsonProperty accessors are the fields.
      List<Method> accessors = properties(raw);
      node.put(context.getKeyword(SchemaKeyword.TAG_TYPE), "object");
      ObjectNode fields = node.putObject(context.getKeyword(SchemaKeyword.TAG_PROPERTIES));
      for (Method m : accessors) {
        fields.set(m.getName(), context.createDefinitionReference(context.getTypeContext().resolve(m.getGenericReturnType())));
      }
      node.putArray(context.getKeyword(SchemaKeyword.TAG_REQUIRED))
          .addAll(accessors.stream().map(m -> new com.fasterxml.jackson.databind.node.TextNode(m.getName())).toList());
      node.put(context.getKeyword(SchemaKeyword.TAG_ADDITIONAL_PROPERTIES), false);
    } else if (io.vavr.control.Option.class.isAssignableFrom(raw)) {
      ObjectNode nullable = context.getGeneratorConfig().createObjectNode();
      nullable.putArray("anyOf").add(context.createDefinitionReference(type.getTypeParameters().get(0)))
          .add(context.getGeneratorConfig().createObjectNode().put(context.getKeyword(SchemaKeyword.TAG_TYPE), "null"));
      return new CustomDefinition(nullable, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO);
    } else if (io.vavr.collection.Map.class.isAssignableFrom(raw)) {
      node.put(context.getKeyword(SchemaKeyword.TAG_TYPE), "object")
          .set("additionalProperties", context.createDefinitionReference(type.getTypeParameters().get(1)));
    } else if (io.vavr.collection.Traversable.class.isAssignableFrom(raw)) {
      node.put(context.getKeyword(SchemaKeyword.TAG_TYPE), "array")
          .set("items", context.createDefinitionReference(type.getTypeParameters().get(0)));
    } else {
      Method value = jsonValue(raw);
      if (value == null) {
        return null;
      }
      Class<?> written = value.getReturnType();
      node.put(context.getKeyword(SchemaKeyword.TAG_TYPE), written == String.class ? "string"
          : written == int.class || written == long.class || written == Integer.class ? "integer" : "number");
    }
    return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.AttributeInclusion.NO);
  }

  private static ObjectNode object(SchemaGenerationContext context, String... numbers) {
    ObjectNode o = context.getGeneratorConfig().createObjectNode().put(context.getKeyword(SchemaKeyword.TAG_TYPE), "object");
    ObjectNode properties = o.putObject("properties");
    for (String n : numbers) {
      properties.putObject(n).put(context.getKeyword(SchemaKeyword.TAG_TYPE), "number");
    }
    o.putArray("required").addAll(Stream.of(numbers).map(com.fasterxml.jackson.databind.node.TextNode::new).toList());
    o.put("additionalProperties", false);
    return o;
  }

  /** A forecast's object named by its kind, as {@code @JsonTypeInfo} writes it. */
  private static ObjectNode kind(ObjectNode object, String kind) {
    ((ObjectNode) object.get("properties")).putObject("kind").put("const", kind);
    ((com.fasterxml.jackson.databind.node.ArrayNode) object.get("required")).insert(0, "kind");
    return object;
  }

  /** The accessors a type declares as JSON properties, by name (as the generator orders fields). */
  private static List<Method> properties(Class<?> type) {
    return Stream.of(type.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonProperty.class) && m.getParameterCount() == 0)
        .sorted(java.util.Comparator.comparing(Method::getName)).toList();
  }

  /** The method written as the whole value: declared by the type or, as for the identifiers, by an interface of it. */
  private static Method jsonValue(Class<?> type) {
    for (Method m : type.getDeclaredMethods()) {
      if (m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0) {
        return m;
      }
    }
    for (Class<?> i : type.getInterfaces()) {
      Method m = jsonValue(i);
      if (m != null) {
        return m;
      }
    }
    return null;
  }
}
