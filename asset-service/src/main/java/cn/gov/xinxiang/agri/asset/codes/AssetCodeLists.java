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
import cn.gov.xinxiang.agri.platform.codes.CodeListSource;
import cn.gov.xinxiang.agri.platform.codes.CodeNames;
import cn.gov.xinxiang.agri.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** asset-service's dictionaries: the codes of the asset register, the four batches and income distribution. */
@ApplicationScoped
public class AssetCodeLists implements CodeListSource {

    private final CodeNames names = CodeNames.load(AssetCodeLists.class.getClassLoader());

    @Override
    public List<CodeList> codeLists(Role caller) {
        return List.of(
                names.of(AssetClass.LIST, AssetClass.class),
                names.of("owner-types", OwnerType.class),
                names.of("ownership-natures", OwnershipNature.class),
                names.of("operating-modes", OperatingMode.class),
                names.of("asset-statuses", AssetStatus.class),
                names.of("batches", Batch.class),
                names.of("distribution-uses", DistributionUse.class),
                names.of("distribution-line-kinds", LineKind.class));
    }
}
