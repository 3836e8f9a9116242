package cn.gov.xinxiang.agri.project.imports;

import cn.gov.xinxiang.agri.project.library.EntityType;
import cn.gov.xinxiang.agri.project.library.IndustryCategory;
import cn.gov.xinxiang.agri.project.library.MechanismType;
import cn.gov.xinxiang.agri.project.library.ParticipantRole;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** One checked row of a library-project file, normalised: what the import stores. */
public record LibraryProjectRow(int rowNumber, String code, String name, int fiscalYear, String regionCode, String countyCode,
                                IndustryCategory industryCategory, String leadingIndustryCode, BigDecimal linkageFunds, BigDecimal otherFiscal,
                                BigDecimal selfRaised, BigDecimal credit, LocalDate admittedOn, String entityName, EntityType entityType,
                                ParticipantRole entityRole, String creditCode, List<Mechanism> mechanisms) {

    public record Mechanism(MechanismType type, int povertyAlleviated, int monitored, int other, BigDecimal incomePerHousehold) {
    }

    public BigDecimal total() {
        return linkageFunds.add(otherFiscal).add(selfRaised).add(credit);
    }

    /** SHA-256 over the normalised content (length-prefixed, fixed order; the row number is not content). */
    public String digest() {
        List<Object> fields = new ArrayList<>(List.<Object>of(code, name, fiscalYear, regionCode, industryCategory, Objects.toString(leadingIndustryCode, ""),
                linkageFunds.toPlainString(), otherFiscal.toPlainString(), selfRaised.toPlainString(), credit.toPlainString(), admittedOn, entityName,
                entityType, entityRole, Objects.toString(creditCode, "")));
        for (Mechanism m : mechanisms) {
            fields.addAll(List.<Object>of(m.type(), m.povertyAlleviated(), m.monitored(), m.other(), m.incomePerHousehold().toPlainString()));
        }
        StringBuilder sb = new StringBuilder("library-project/1");
        for (Object f : fields) {
            String s = f.toString();
            sb.append('|').append(s.length()).append(':').append(s);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
