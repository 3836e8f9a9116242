package cn.gov.xinxiang.agri.platform.http;

import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpConventionsTest {

    @Test
    void ifMatchMustNameTheCurrentVersion() {
        ETags.require("\"3\"", 3);
        ETags.require("W/\"3\"", 3);
        assertThatThrownBy(() -> ETags.require("\"2\"", 3)).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(412));
        assertThatThrownBy(() -> ETags.require(null, 3)).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(428));
    }

    @Test
    void pagesAreBounded() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 20));
        assertThat(PageRequest.of(2, 50).offset()).isEqualTo(100);
        assertThatThrownBy(() -> PageRequest.of(0, 201)).isInstanceOf(ProblemException.class).hasMessageContaining("size");
        assertThatThrownBy(() -> PageRequest.of(-1, 10)).isInstanceOf(ProblemException.class).hasMessageContaining("page");
        assertThatThrownBy(() -> PageRequest.of(0, 0)).isInstanceOf(ProblemException.class);
    }

    @Test
    void regionScopeIsTheSubtreeAsALikePattern() {
        RegionScope county = new RegionScope(RegionCode.of("410725000000"));
        assertThat(county.likePattern()).isEqualTo("410725%");
        assertThat(county.covers("410725901201")).isTrue();
        assertThat(county.covers("410726901201")).isFalse();
        assertThat(county.covers("garbage")).isFalse();
        RegionScope village = new RegionScope(RegionCode.of("410725901201"));
        assertThat(village.likePattern()).isEqualTo("410725901201%");
        assertThat(village.covers("410725901202")).isFalse();
    }
}
