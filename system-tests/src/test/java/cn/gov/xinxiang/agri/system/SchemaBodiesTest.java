package cn.gov.xinxiang.agri.system;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fuzz's bodies and the matrix's parameter rules, without a running suite. */
class SchemaBodiesTest {

    static final String DOC = """
            {"paths": {"/api/v1/things/{id}/notes": {"post": {
               "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                              {"name": "regionCode", "in": "query", "schema": {"type": "string"}}],
               "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Note"}}}}}}},
             "components": {"schemas": {
               "Note": {"type": "object", "required": ["text"], "properties": {
                 "text": {"type": "string", "maxLength": 200, "examples": ["联农带农"]},
                 "amount": {"type": "number", "minimum": 0},
                 "kind": {"$ref": "#/components/schemas/Kind"},
                 "scores": {"type": "object", "additionalProperties": {"type": "integer"}}}},
               "Kind": {"type": "string", "enum": ["A", "B"]}}}}
            """;

    @Test
    void operationsComeFromTheDocumentWithTheirParametersAndSchema() {
        List<ServedApi.Operation> ops = new ServedApi("x-service", DOC).operations();
        assertThat(ops).hasSize(1);
        ServedApi.Operation op = ops.get(0);
        assertThat(op.method()).isEqualTo("POST");
        assertThat(op.pathParams()).extracting(ServedApi.Param::name).containsExactly("id");
        assertThat(op.queryParams()).extracting(ServedApi.Param::name).containsExactly("regionCode");
        assertThat(op.bodyRequired()).isTrue();
    }

    @Test
    void theSampleUsesExamplesEnumsAndMapsAndEachPropertyIsMutated() {
        ServedApi api = new ServedApi("x-service", DOC);
        ServedApi.Operation op = api.operations().get(0);
        SchemaBodies bodies = new SchemaBodies(api);
        assertThat(bodies.sample(op.requestSchema()).toString()).isEqualTo("{\"text\":\"联农带农\",\"amount\":1.00,\"kind\":\"A\",\"scores\":{\"A\":1}}");
        List<SchemaBodies.Body> all = bodies.bodies(op);
        assertThat(all).filteredOn(b -> b.what().equals("text missing")).singleElement().matches(SchemaBodies.Body::invalid);
        // null is refused only where the property is required
        assertThat(all).filteredOn(b -> b.what().equals("text = null")).singleElement().matches(SchemaBodies.Body::invalid);
        assertThat(all).filteredOn(b -> b.what().equals("amount = null")).singleElement().matches(b -> !b.invalid());
        // a negative number breaks the schema only where it has a minimum of 0
        assertThat(all).filteredOn(b -> b.what().equals("amount negative")).singleElement().matches(SchemaBodies.Body::invalid);
        assertThat(all).filteredOn(b -> b.what().equals("kind not one of its values")).singleElement().matches(SchemaBodies.Body::invalid);
        assertThat(all).filteredOn(b -> b.what().equals("text a number")).singleElement()
                .matches(b -> b.json().contains("\"text\":12345"));
        assertThat(all).extracting(SchemaBodies.Body::what).contains("not JSON", "deep nesting (arrays)", "text a 1 MB string", "amount huge (1e400)");
    }

    @Test
    void aPathParameterIsFilledByTheRuleOfItsTemplatePrefixOrNotAtAll() {
        SecurityFixture f = new SecurityFixture(null);
        f.project = "p-1";
        f.objection = "o-1";
        assertThat(PathParameters.path(f, "project-service", "/api/v1/projects/{id}/objections/{objectionId}/resolution", "id").value())
                .isEqualTo("p-1");
        assertThat(PathParameters.path(f, "project-service", "/api/v1/projects/{id}/objections/{objectionId}/resolution", "objectionId"))
                .isEqualTo(new PathParameters.Value(PathParameters.Scope.OWNED, "o-1"));
        assertThat(PathParameters.path(f, "project-service", "/api/v1/unknown/{id}", "id")).isNull();
        assertThat(PathParameters.namesRegion("regionCode")).isTrue();
        assertThat(PathParameters.namesRegion("subjectType")).isFalse();
        assertThat(PathParameters.namesRegion("subjectId")).isTrue();
    }
}
