package cn.gov.xinxiang.agri.project.skills;

import cn.gov.xinxiang.agri.project.household.HouseholdCategory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One checked certificate, normalised: what is stored. The ID number is already masked here. */
public record CertificateRow(int rowNumber, UUID householdId, String nationalHouseholdNo, HouseholdCategory householdCategory,
                             String villageCode, String countyCode, String personName, String idNumberMasked, CertificateKind kind,
                             CertificateLevel level, String issuer, String certificateNo, LocalDate issuedOn, UUID trainingId) {

    /** The natural key: a certificate number is unique per issuer. */
    public String key() {
        return issuer + "\u0000" + certificateNo;
    }

    public int year() {
        return issuedOn.getYear();
    }

    /** SHA-256 over the normalised content (length-prefixed, fixed order; the row number is not content). */
    public String digest() {
        StringBuilder sb = new StringBuilder("skills-certificate/1");
        for (Object f : List.<Object>of(nationalHouseholdNo, personName, idNumberMasked, kind, level, issuer, certificateNo, issuedOn,
                Objects.toString(trainingId, ""))) {
            String s = f.toString();
            sb.append('|').append(s.length()).append(':').append(s);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Never print the ID number, not even masked. */
    @Override
    public String toString() {
        return "CertificateRow[" + rowNumber + ", " + certificateNo + "]";
    }
}
