package cn.gov.xinxiang.agri.asset.imports;

import cn.gov.xinxiang.agri.asset.custody.CustodySealer;
import cn.gov.xinxiang.agri.asset.register.OwnerType;
import cn.gov.xinxiang.agri.asset.register.OwnershipNature;
import cn.gov.xinxiang.agri.contracts.asset.AssetClass;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One checked row of a legacy-asset file, normalised: what the import stores. */
public record LegacyAssetRow(int rowNumber, String legacyAssetNo, String name, AssetClass assetClass, BigDecimal value, String regionCode,
                             LocalDate inServiceOn, OwnerType ownerType, String ownerName, String ownerRegionCode,
                             OwnershipNature ownershipNature, String householdNo, UUID householdId, LocalDate confirmedOn,
                             String confirmationDocNo, String sourceProjectName, String sourceProjectCode, Integer sourceProjectYear,
                             List<CustodySealer.Assignment> custodians) {

    /** The natural key: where the asset stands and its number in the old ledger. */
    public String key() {
        return regionCode + "|" + legacyAssetNo;
    }

    /**
     * SHA-256 over the normalised content (length-prefixed fields, fixed order; the row number is not
     * content): the same asset typed in another file, or the same file again, has the same digest.
     */
    public String digest() {
        StringBuilder sb = new StringBuilder("legacy-asset/1");
        Object[] fields = {legacyAssetNo, name, assetClass, value.toPlainString(), regionCode, inServiceOn, ownerType, ownerName, ownerRegionCode,
                ownershipNature, householdNo, confirmedOn, confirmationDocNo, sourceProjectName, sourceProjectCode, sourceProjectYear};
        for (Object f : fields) {
            String s = Objects.toString(f, "");
            sb.append('|').append(s.length()).append(':').append(s);
        }
        for (CustodySealer.Assignment a : custodians) {
            for (String s : new String[]{a.tier().name(), a.regionCode(), a.unitName(), a.personName()}) {
                sb.append('|').append(s.length()).append(':').append(s);
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
