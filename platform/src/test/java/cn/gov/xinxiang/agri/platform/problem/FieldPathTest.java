package cn.gov.xinxiang.agri.platform.problem;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FieldPathTest {

    record Item(@NotBlank String code) {
    }

    record Request(@NotBlank String name, @Valid List<Item> items, List<@NotBlank String> tags) {
    }

    final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void fieldsAreNamedAsTheCallerWroteThem() {
        var violations = validator.validate(new Request("", List.of(new Item("ok"), new Item(" ")), List.of("a", "")));
        assertThat(violations.stream().map(v -> ProblemMappers.fieldOf(v.getPropertyPath())))
                .containsExactlyInAnyOrder("name", "items[1].code", "tags[1]");
    }
}
