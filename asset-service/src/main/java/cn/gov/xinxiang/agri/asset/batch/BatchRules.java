package cn.gov.xinxiang.agri.asset.batch;

import cn.gov.xinxiang.agri.asset.income.Period;
import cn.gov.xinxiang.agri.asset.register.AssetStatus;
import cn.gov.xinxiang.agri.asset.register.Batch;
import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;

import java.util.List;

/**
 * Proposes one of the four batches from an operating asset's income history. The officer decides;
 * this only says what the numbers suggest and why:
 * <ul>
 *   <li>no income two periods running, or below the benchmark four periods running → adjust (难以为继)</li>
 *   <li>below the benchmark two periods running → revitalise (暂时困难)</li>
 *   <li>at or above the benchmark the last two periods → consolidate</li>
 *   <li>otherwise (one of the last two below) → upgrade (有基础，补短板)</li>
 * </ul>
 * "Running" means consecutive half-years: a gap in the inventories breaks a run. Only operating assets are placed
 * in a batch, and a disposed one no longer.
 */
public final class BatchRules {
    private BatchRules() {
    }

    public record Result(Period period, boolean belowBenchmark, boolean noIncome) {
    }

    public record Proposal(Batch batch, String reason) {
    }

    /** The four batches are for operating assets only (422 {@code not-operating} otherwise). */
    public static Decision<AssetClass> operating(AssetClass assetClass) {
        return assetClass == AssetClass.OPERATING ? Decision.allow(assetClass)
                : Decision.refuse(Violation.rule("not-operating", "batch.not-operating"));
    }

    /** A disposed asset is classified no more (409 {@code asset-disposed}). */
    public static Decision<AssetStatus> classifiable(AssetStatus status) {
        return status == AssetStatus.DISPOSED ? Decision.refuse(Violation.state("asset-disposed", "batch.disposed")) : Decision.allow(status);
    }

    /** @param history inventories of one asset, any order */
    public static Proposal propose(List<Result> history) {
        List<Result> sorted = history.stream().sorted((a, b) -> b.period().compareTo(a.period())).toList();
        if (sorted.size() < 2) {
            return new Proposal(null, "至少需要两期收益盘点才能提出建议（现有" + sorted.size() + "期）");
        }
        int below = run(sorted, Result::belowBenchmark);
        int none = run(sorted, Result::noIncome);
        Result latest = sorted.get(0);
        Result before = sorted.get(1);
        if (none >= 2) {
            return new Proposal(Batch.ADJUST, "连续" + none + "期无收益（截至" + latest.period() + "）");
        }
        if (below >= 4) {
            return new Proposal(Batch.ADJUST, "连续" + below + "期收益率低于同期基准利率（截至" + latest.period() + "）");
        }
        if (below >= 2) {
            return new Proposal(Batch.REVITALISE, "连续" + below + "期收益率低于同期基准利率（截至" + latest.period() + "）");
        }
        boolean adjacent = before.period().equals(latest.period().previous());
        if (adjacent && !latest.belowBenchmark() && !before.belowBenchmark()) {
            return new Proposal(Batch.CONSOLIDATE, before.period() + "、" + latest.period() + "两期收益率均不低于基准利率");
        }
        return new Proposal(Batch.UPGRADE, "近两期收益不稳定（" + before.period() + (before.belowBenchmark() ? "低于" : "不低于")
                + "基准，" + latest.period() + (latest.belowBenchmark() ? "低于" : "不低于") + "基准）");
    }

    /** How many of the latest consecutive half-years satisfy the condition. */
    private static int run(List<Result> newestFirst, java.util.function.Predicate<Result> condition) {
        int n = 0;
        Period expected = newestFirst.get(0).period();
        for (Result r : newestFirst) {
            if (!r.period().equals(expected) || !condition.test(r)) {
                break;
            }
            n++;
            expected = expected.previous();
        }
        return n;
    }
}
