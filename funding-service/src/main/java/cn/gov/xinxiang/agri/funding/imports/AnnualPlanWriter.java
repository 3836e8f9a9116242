package cn.gov.xinxiang.agri.funding.imports;

import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.contracts.funding.PlanPublishedV1;
import cn.gov.xinxiang.agri.funding.plan.PlanFigures;
import cn.gov.xinxiang.agri.funding.plan.PlanRules;
import cn.gov.xinxiang.agri.funding.plan.PlanStatus;
import cn.gov.xinxiang.agri.funding.plan.PlanVersion;
import cn.gov.xinxiang.agri.platform.imports.ImportCaller;
import cn.gov.xinxiang.agri.platform.outbox.OutboxBatch;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Stores checked past plans with JDBC batches on the job's transaction: each plan published (version 1), its county
 * shares broken down by use, version 1 with its shares (kind PUBLICATION, the breaches it was justified for, the
 * documents), and one {@code funding.plan-published.v1} per plan in the outbox, as {@code PlanService.publish} writes it.
 */
@ApplicationScoped
public class AnnualPlanWriter {

    static final int CHUNK = 500;

    @Inject
    EntityManager em;

    @Inject
    OutboxBatch outbox;

    @Inject
    Clock clock;

    /** @return the rows the plans were made of */
    @Transactional(Transactional.TxType.MANDATORY)
    public int write(UUID jobId, List<AnnualPlanRowValidator.YearPlan> plans, ImportCaller caller) {
        if (plans.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<UUID> ids = new ArrayList<>(plans.size());
        List<OutboxBatch.Pending> events = new ArrayList<>(plans.size());
        for (AnnualPlanRowValidator.YearPlan p : plans) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            PlanFigures f = p.figures();
            events.add(new OutboxBatch.Pending(FundingEvents.AGGREGATE, id.toString(), FundingEvents.PLAN_PUBLISHED_V1,
                    new PlanPublishedV1(id.toString(), p.fiscalYear(), f.central(), f.provincial(), f.city(), f.county(), f.total(),
                            f.industryDevelopment(), f.leadingIndustry(), f.infrastructure(), f.employment(), f.other(),
                            p.floors().belowFloor(), p.justification(),
                            p.shares().stream().map(s -> new PlanPublishedV1.CountyShare(s.countyCode(), s.amount())).toList(),
                            caller.subject(), publishedAt(p))));
        }
        em.unwrap(Session.class).doWork(c -> {
            plans(c, jobId, plans, ids, caller, now);
            shares(c, plans, ids);
            outbox.append(c, events);
        });
        return plans.stream().mapToInt(p -> p.lines().size()).sum();
    }

    /** The plan was issued (下达) when its last document was: that day's start in Xinxiang. */
    static Instant publishedAt(AnnualPlanRowValidator.YearPlan p) {
        return p.issuedOn().atStartOfDay(ClockProducer.BUSINESS_ZONE).toInstant();
    }

    private static void plans(Connection c, UUID jobId, List<AnnualPlanRowValidator.YearPlan> plans, List<UUID> ids, ImportCaller caller,
                              Instant now) throws SQLException {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        try (PreparedStatement plan = c.prepareStatement("insert into funding_plan (id, fiscal_year, region_code, status, central_amount, "
                + "provincial_amount, city_amount, county_amount, planned_industry, planned_leading, planned_infrastructure, planned_employment, "
                + "planned_other, justification, justified_by, justified_at, published_by, published_at, created_by, created_at, updated_at, version, "
                + "plan_version, source_document, import_job_id, import_digest) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1, ?, ?, ?)");
             PreparedStatement version = c.prepareStatement("insert into plan_version (plan_id, version_no, central_amount, provincial_amount, "
                     + "city_amount, county_amount, planned_industry, planned_leading, planned_infrastructure, planned_employment, planned_other, kind, "
                     + "reason, breaches, justification, justified_by, justified_at, made_by, made_at) "
                     + "values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < plans.size(); i++) {
                AnnualPlanRowValidator.YearPlan p = plans.get(i);
                PlanFigures f = p.figures();
                OffsetDateTime published = OffsetDateTime.ofInstant(publishedAt(p), ZoneOffset.UTC);
                boolean justified = p.justification() != null;
                int n = 1;
                plan.setObject(n++, ids.get(i));
                plan.setInt(n++, p.fiscalYear());
                plan.setString(n++, caller.region().value());
                plan.setString(n++, PlanStatus.PUBLISHED.name());
                n = figures(plan, n, f);
                n = justification(plan, n, p, caller, at);
                plan.setString(n++, caller.subject());
                plan.setObject(n++, published);
                plan.setString(n++, caller.subject());
                plan.setObject(n++, at);
                plan.setObject(n++, at);
                plan.setString(n++, p.documents());
                plan.setObject(n++, jobId);
                plan.setString(n, p.digest());
                plan.addBatch();

                n = 1;
                version.setObject(n++, ids.get(i));
                n = figures(version, n, f);
                version.setString(n++, PlanVersion.PUBLICATION);
                version.setString(n++, p.breaches().stream().map(b -> b.slug).collect(Collectors.joining(",")));
                n = justification(version, n, p, caller, at);
                version.setString(n++, caller.subject());
                version.setObject(n, published);
                version.addBatch();
                if ((i + 1) % CHUNK == 0) {
                    plan.executeBatch();
                    version.executeBatch();
                }
            }
            plan.executeBatch();
            version.executeBatch();
        }
    }

    private static int figures(PreparedStatement ps, int n, PlanFigures f) throws SQLException {
        for (BigDecimal v : new BigDecimal[]{f.central(), f.provincial(), f.city(), f.county(), f.industryDevelopment(), f.leadingIndustry(),
                f.infrastructure(), f.employment(), f.other()}) {
            ps.setBigDecimal(n++, v);
        }
        return n;
    }

    /** The justification with who recorded it (the importer) and when (the import). */
    private static int justification(PreparedStatement ps, int n, AnnualPlanRowValidator.YearPlan p, ImportCaller caller, OffsetDateTime at)
            throws SQLException {
        if (p.justification() == null) {
            ps.setNull(n++, Types.VARCHAR);
            ps.setNull(n++, Types.VARCHAR);
            ps.setNull(n++, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setString(n++, p.justification());
            ps.setString(n++, caller.subject());
            ps.setObject(n++, at);
        }
        return n;
    }

    private static void shares(Connection c, List<AnnualPlanRowValidator.YearPlan> plans, List<UUID> ids) throws SQLException {
        try (PreparedStatement share = c.prepareStatement("insert into county_share (plan_id, county_code, amount, allocated, planned_industry, "
                + "planned_infrastructure, planned_employment, planned_other) values (?, ?, ?, 0, ?, ?, ?, ?)");
             PreparedStatement versionShare = c.prepareStatement("insert into plan_version_share (plan_id, version_no, county_code, amount, "
                     + "planned_industry, planned_infrastructure, planned_employment, planned_other) values (?, 1, ?, ?, ?, ?, ?, ?)")) {
            int rows = 0;
            for (int i = 0; i < plans.size(); i++) {
                for (PlanRules.ShareLine s : plans.get(i).shares()) {
                    for (PreparedStatement ps : List.of(share, versionShare)) {
                        ps.setObject(1, ids.get(i));
                        ps.setString(2, s.countyCode());
                        ps.setBigDecimal(3, s.amount());
                        ps.setBigDecimal(4, s.uses().industryDevelopment());
                        ps.setBigDecimal(5, s.uses().infrastructure());
                        ps.setBigDecimal(6, s.uses().employment());
                        ps.setBigDecimal(7, s.uses().other());
                        ps.addBatch();
                    }
                    if (++rows % CHUNK == 0) {
                        share.executeBatch();
                        versionShare.executeBatch();
                    }
                }
            }
            share.executeBatch();
            versionShare.executeBatch();
        }
    }
}
