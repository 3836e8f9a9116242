package cn.gov.xinxiang.agri.platform.security;

import cn.gov.xinxiang.agri.platform.region.RegionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionScopeTest {

    @ParameterizedTest
    @CsvSource({"410700000000,4107", "410725000000,410725", "410725901000,410725901", "410725901201,410725901201"})
    void thePatternIsTheRootsSignificantDigitsThenAnything(String root, String prefix) {
        RegionScope scope = RegionScope.of(RegionCode.of(root));
        assertThat(scope.prefix()).isEqualTo(prefix);
        assertThat(scope.likePattern()).isEqualTo(prefix + "%");
    }

    @Test
    void theClauseNamesTheBoundParameter() {
        assertThat(RegionScope.clause("regionCode")).isEqualTo("regionCode like :scope");
        assertThat(RegionScope.clause("a.region_code")).isEqualTo("a.region_code like :scope");
        assertThat(RegionScope.clause("p.regionCode", "sub")).isEqualTo("p.regionCode like :sub");
        assertThat(RegionScope.positionalClause("region_code", 2)).isEqualTo("region_code like ?2");
    }

    @Test
    void parametersHoldThePatternUnderTheClausesName() {
        RegionScope county = RegionScope.of(RegionCode.of("410725000000"));
        assertThat(county.parameters().map()).containsExactly(java.util.Map.entry("scope", "410725%"));
        assertThat(county.bind(io.quarkus.panache.common.Parameters.with("id", 7)).map())
                .containsEntry("id", 7).containsEntry("scope", "410725%").hasSize(2);
        assertThat(county.bind(io.quarkus.panache.common.Parameters.with("scope", "x"), "sub").map())
                .containsEntry("scope", "x").containsEntry("sub", "410725%");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "region code", "a.b.c", "x;drop", "1abc", "code'--"})
    void namesThatAreNoIdentifiersAreRefused(String name) {
        assertThatThrownBy(() -> RegionScope.clause(name)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegionScope.clause("regionCode", name)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegionScope.of(RegionCode.of("410725000000")).bind(io.quarkus.panache.common.Parameters.with("a", 1), name))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void positionsCountFromOne() {
        assertThatThrownBy(() -> RegionScope.positionalClause("region_code", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void likeWildcardsAndTheEscapeMatchOnlyThemselves() {
        assertThat(RegionScope.escapeLike("41_07%\\")).isEqualTo("41\\_07\\%\\\\");
        assertThat(RegionScope.escapeLike("410725")).isEqualTo("410725");
        // the escaped pattern, read as PostgreSQL reads LIKE (backslash escapes), matches the literal text only
        Pattern asRead = likeAsRegex(RegionScope.escapeLike("4_%") + "%");
        assertThat(asRead.matcher("4_%9").matches()).isTrue();
        assertThat(asRead.matcher("4x%9").matches()).isFalse();
        assertThat(asRead.matcher("4_x9").matches()).isFalse();
    }

    @Test
    void coversTheSubtreeOnly() {
        RegionScope township = RegionScope.of(RegionCode.of("410725901000"));
        assertThat(township.covers(RegionCode.of("410725901000"))).isTrue();
        assertThat(township.covers(RegionCode.of("410725901201"))).isTrue();
        assertThat(township.covers(RegionCode.of("410725902201"))).isFalse();
        assertThat(township.covers(RegionCode.of("410725000000"))).as("the parent is outside").isFalse();
        assertThat(township.covers("410725901201")).isTrue();
        assertThat(township.covers("41072590120")).isFalse();
        assertThat(township.covers((String) null)).isFalse();
        // the pattern and covers agree: a code inside matches the pattern's prefix, one outside does not
        assertThat(likeAsRegex(township.likePattern()).matcher("410725901201").matches()).isTrue();
        assertThat(likeAsRegex(township.likePattern()).matcher("410725902201").matches()).isFalse();
    }

    @Test
    void aScopeNeedsItsRoot() {
        assertThatThrownBy(() -> new RegionScope(null)).isInstanceOf(IllegalArgumentException.class);
    }

    /** LIKE with backslash escapes, translated to a regex, to check what a pattern matches without a database. */
    private static Pattern likeAsRegex(String like) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                re.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                re.append(".*");
            } else if (c == '_') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
