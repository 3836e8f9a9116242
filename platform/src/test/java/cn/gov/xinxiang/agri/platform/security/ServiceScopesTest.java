package cn.gov.xinxiang.agri.platform.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceScopesTest {

    @Test
    void aSpaceSeparatedClaimGrantsEachOfItsScopesAndNothingElse() {
        ServiceScopes s = ServiceScopes.parse("funding:disbursements:write funding:read");
        assertThat(s.granted()).containsExactlyInAnyOrder("funding:disbursements:write", "funding:read");
        assertThat(s.grants("funding:read")).isTrue();
        assertThat(s.grants("funding:plans:write")).isFalse();
        // no prefix matching: a scope is granted exactly or not at all
        assertThat(s.grants("funding:disbursements")).isFalse();
        assertThat(s.grants("funding")).isFalse();
        assertThat(s.display()).isEqualTo("funding:disbursements:write funding:read");
    }

    @Test
    void whiteSpaceListsAndQuotedJsonStringsAreTolerated() {
        assertThat(ServiceScopes.parse("  funding:read\t\nproject:read  ").granted()).containsExactlyInAnyOrder("funding:read", "project:read");
        assertThat(ServiceScopes.parse("funding:read,project:read").granted()).containsExactlyInAnyOrder("funding:read", "project:read");
        assertThat(ServiceScopes.parse(List.of("funding:read", "\"project:households:write\"")).granted())
                .containsExactlyInAnyOrder("funding:read", "project:households:write");
        assertThat(ServiceScopes.parse("\"funding:read funding:read\"").granted()).containsExactly("funding:read");
    }

    @Test
    void noClaimOrABlankOneGrantsNothing() {
        assertThat(ServiceScopes.parse(null).granted()).isEmpty();
        assertThat(ServiceScopes.parse("").granted()).isEmpty();
        assertThat(ServiceScopes.parse("   ").granted()).isEmpty();
        assertThat(ServiceScopes.parse(List.of()).granted()).isEmpty();
        assertThat(ServiceScopes.parse(null).display()).isEqualTo("(none)");
        assertThat(ServiceScopes.parse("").grants("")).isFalse();
    }

    @Test
    void thePlaceholderBecomesTheServicesPrefix() {
        assertThat(ServiceScopes.prefixOf("funding-service")).isEqualTo("funding");
        assertThat(ServiceScopes.prefixOf("gateway")).isEqualTo("gateway");
        assertThat(ServiceScopes.resolve(ServiceScope.SERVICE + ":dead-letters:replay", "asset")).isEqualTo("asset:dead-letters:replay");
        assertThat(ServiceScopes.resolve("funding:read", "asset")).isEqualTo("funding:read");
    }

    @ServiceScope("demo:read")
    static class Demo {
        @GET
        public void read() {
        }

        @POST
        public void write() {
        }

        @POST
        @ServiceScope("demo:things:write")
        public void scopedWrite() {
        }
    }

    static class Unannotated {
        @GET
        public void read() {
        }
    }

    static class Sub extends Demo {
    }

    @Test
    void aClassScopeCoversReadsOnlyAWriteNamesItsOwnAndNothingIsOpenWithoutOne() throws Exception {
        assertThat(ServiceScopeFilter.required(Demo.class.getMethod("read"), Demo.class, "GET")).contains("demo:read");
        assertThat(ServiceScopeFilter.required(Demo.class.getMethod("read"), Demo.class, "HEAD")).contains("demo:read");
        assertThat(ServiceScopeFilter.required(Demo.class.getMethod("write"), Demo.class, "POST")).isEmpty();
        assertThat(ServiceScopeFilter.required(Demo.class.getMethod("scopedWrite"), Demo.class, "POST")).contains("demo:things:write");
        assertThat(ServiceScopeFilter.required(Unannotated.class.getMethod("read"), Unannotated.class, "GET")).isEqualTo(Optional.empty());
        // a resource declared by extending a platform base (policy parameters) inherits the base's class scope
        assertThat(ServiceScopeFilter.required(Demo.class.getMethod("read"), Sub.class, "GET")).contains("demo:read");
    }
}
