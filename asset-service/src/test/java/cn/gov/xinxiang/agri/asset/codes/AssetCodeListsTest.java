package cn.gov.xinxiang.agri.asset.codes;

import cn.gov.xinxiang.agri.asset.distribution.DistributionUse;
import cn.gov.xinxiang.agri.asset.distribution.LineKind;
import cn.gov.xinxiang.agri.asset.register.AssetStatus;
import cn.gov.xinxiang.agri.asset.register.Batch;
import cn.gov.xinxiang.agri.asset.register.OperatingMode;
import cn.gov.xinxiang.agri.asset.register.OwnerType;
import cn.gov.xinxiang.agri.asset.register.OwnershipNature;
import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import cn.gov.xinxiang.agri.platform.codes.CodeList;
import cn.gov.xinxiang.agri.platform.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every code of asset-service has both names, and the Chinese one is the label the code carries elsewhere (XLSX, events). */
class AssetCodeListsTest {

    @Test
    void bothNamesForEveryCodeAndChineseAsTheEnumsLabel() throws Exception {
        Map<String, Class<? extends Enum<?>>> enums = Map.of("asset-classes", AssetClass.class, "owner-types", OwnerType.class,
                "ownership-natures", OwnershipNature.class, "operating-modes", OperatingMode.class, "asset-statuses", AssetStatus.class,
                "batches", Batch.class, "distribution-uses", DistributionUse.class, "distribution-line-kinds", LineKind.class);
        List<CodeList> lists = new AssetCodeLists().codeLists(Role.VILLAGE);
        assertThat(lists).extracting(CodeList::name).containsExactlyInAnyOrderElementsOf(enums.keySet());
        for (CodeList list : lists) {
            Class<? extends Enum<?>> type = enums.get(list.name());
            assertThat(list.codes()).hasSize(type.getEnumConstants().length);
            for (CodeList.Entry e : list.codes()) {
                Object constant = type.getField(e.code()).get(null);
                assertThat(e.zh()).as(list.name() + "." + e.code()).isEqualTo(type.getField("label").get(constant));
                assertThat(e.en()).isNotBlank();
            }
        }
    }
}
