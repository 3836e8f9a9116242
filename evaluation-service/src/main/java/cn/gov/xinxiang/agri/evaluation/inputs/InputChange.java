package cn.gov.xinxiang.agri.evaluation.inputs;

/**
 * A change of something evaluations read: a read-model table (or {@code policy:<key>}, {@code framework}),
 * the fiscal years it can affect and the region it happened in. Published evaluations whose recorded
 * dependencies match are marked stale. Any future correction event only has to name what it changed.
 *
 * @param toYear     last year affected, null = every later year too (a stock, such as the asset register)
 * @param regionCode the 12-digit code of the county (or deeper) it happened in; null = everywhere
 * @param what       for people: what changed, e.g. "asset.income-recorded.v1 of 2024H2"
 */
public record InputChange(String source, int fromYear, Integer toYear, String regionCode, String what) {

    public static InputChange of(String source, int year, String regionCode, String what) {
        return new InputChange(source, year, year, regionCode, what);
    }

    public static InputChange onward(String source, int fromYear, String regionCode, String what) {
        return new InputChange(source, fromYear, null, regionCode, what);
    }
}
