package cn.gov.xinxiang.agri.platform.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A packaged region list ({@code regions/xinxiang-official.csv}, {@code regions/xinxiang-sample.csv}):
 * {@code #} comment lines, a header {@code code,name,parent_code,tier,functional_zone,pinyin,initials},
 * then one region a line. Names never contain commas (the generator refuses them).
 */
public final class RegionFile {

    public static final String OFFICIAL = "/regions/xinxiang-official.csv";
    public static final String SAMPLE = "/regions/xinxiang-sample.csv";
    static final String HEADER = "code,name,parent_code,tier,functional_zone,pinyin,initials";

    /** The rows of one file and the SHA-256 of its bytes (to skip reloading an unchanged file). */
    public record Contents(List<RegionDirectory.Region> regions, String sha256) {
    }

    private RegionFile() {
    }

    public static Contents official() {
        return read(OFFICIAL, false);
    }

    public static Contents sample() {
        return read(SAMPLE, true);
    }

    static Contents read(String resource, boolean sample) {
        try (InputStream in = RegionFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("region list " + resource + " is not on the classpath");
            }
            byte[] bytes = in.readAllBytes();
            return new Contents(parse(new java.io.ByteArrayInputStream(bytes), sample, resource),
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<RegionDirectory.Region> parse(InputStream csv, boolean sample, String what) throws IOException {
        List<RegionDirectory.Region> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            boolean header = false;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!header) {
                    if (!line.strip().equals(HEADER)) {
                        throw new IllegalStateException(what + ":" + n + ": expected the header " + HEADER);
                    }
                    header = true;
                    continue;
                }
                String[] c = line.split(",", -1);
                if (c.length != 7) {
                    throw new IllegalStateException(what + ":" + n + ": expected 7 columns, found " + c.length);
                }
                RegionCode code = RegionCode.of(c[0]);
                Tier tier = Tier.valueOf(c[3]);
                if (code.tier() != tier) {
                    throw new IllegalStateException(what + ":" + n + ": " + code + " is of tier " + code.tier() + ", not " + tier);
                }
                String parent = c[2].isEmpty() ? null : c[2];
                if (!java.util.Objects.equals(parent, code.parent().filter(p -> p.tier() != Tier.PROVINCE).map(RegionCode::value).orElse(null))) {
                    throw new IllegalStateException(what + ":" + n + ": " + code + " cannot have parent " + parent);
                }
                out.add(new RegionDirectory.Region(code, c[1], parent, tier, Boolean.parseBoolean(c[4]), sample, c[5], c[6], null, null));
            }
        }
        return out;
    }
}
