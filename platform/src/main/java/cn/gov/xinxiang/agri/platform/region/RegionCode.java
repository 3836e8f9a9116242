package cn.gov.xinxiang.agri.platform.region;

import cn.gov.xinxiang.agri.contracts.region.DivisionCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A 12-digit statistical division code (统计用区划代码): 2 digits province, 2 city, 2 county,
 * 3 township, 3 village. The tier and every ancestor follow from the digits alone.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

    public RegionCode {
        // The digit rules live in contracts (DivisionCode) so that cross-service rules read the same ones.
        DivisionCode.problem(value).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    /** Like {@link #of} but empty instead of an exception, for validating input. */
    public static Optional<RegionCode> parse(String value) {
        try {
            return Optional.of(new RegionCode(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Tier tier() {
        return tierOf(value);
    }

    /** The digits that identify this region; every descendant's code starts with them. */
    public String prefix() {
        return DivisionCode.prefix(value);
    }

    /** True when this region is {@code other} or lies below it. */
    public boolean isWithin(RegionCode other) {
        return DivisionCode.isWithin(value, other.value);
    }

    /** The region one tier up, empty for a province. */
    public Optional<RegionCode> parent() {
        Tier[] tiers = Tier.values();
        int i = tier().ordinal();
        if (i == 0) {
            return Optional.empty();
        }
        return Optional.of(truncate(tiers[i - 1]));
    }

    /** Ancestors from the province down to the parent. */
    public List<RegionCode> ancestors() {
        List<RegionCode> out = new ArrayList<>();
        for (Tier t : Tier.values()) {
            if (t.ordinal() >= tier().ordinal()) {
                break;
            }
            out.add(truncate(t));
        }
        return out;
    }

    /** This region's ancestor at the given tier (itself when it is of that tier). */
    public RegionCode at(Tier t) {
        if (t.ordinal() > tier().ordinal()) {
            throw new IllegalArgumentException(value + " is above tier " + t);
        }
        return truncate(t);
    }

    private RegionCode truncate(Tier t) {
        return new RegionCode(DivisionCode.at(value, t.level));
    }

    private static Tier tierOf(String v) {
        return Tier.of(DivisionCode.level(v));
    }

    @Override
    public int compareTo(RegionCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
