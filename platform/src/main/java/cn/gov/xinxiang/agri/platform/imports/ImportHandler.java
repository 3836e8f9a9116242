package cn.gov.xinxiang.agri.platform.imports;

import cn.gov.xinxiang.agri.platform.decision.Violation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One kind of bulk import a service offers (a CDI bean; the platform's {@code /api/v1/imports/{kind}}
 * finds it by {@link #kind()}). The platform reads the file, runs the job and keeps its counts and
 * errors; the handler knows the columns, checks the rows and writes them.
 *
 * <p>Contract: {@link #plan} checks every row and writes nothing; the platform calls
 * {@link ImportPlan#write()} in the same transaction only when no row has an error, so a file is stored
 * whole or not at all. Rows whose natural key is stored with the same content are skipped (idempotent);
 * the same key with different content is a row error (corrections change stored records, not imports).
 * Imports of one kind run one at a time across replicas (a transaction-scoped advisory lock), so two
 * files with the same key cannot both pass the check.
 */
public interface ImportHandler {

    /** The path segment, e.g. {@code legacy-assets}. */
    String kind();

    /** What the template's sheet is called, e.g. 历史资产. */
    String title();

    List<ImportColumn> columns();

    /**
     * Why {@code caller} may not import this kind at all (typically {@link Violation#forbidden}), or empty when they may;
     * the platform turns it into the problem. Row-level scope is checked per row, in {@link #plan}. No default: each
     * kind says who may import it.
     */
    Optional<Violation> refusal(ImportCaller caller);

    /**
     * Checks every row (inside the job's transaction; reads only).
     *
     * @param jobId the job, for the records it stores (which import created them)
     */
    ImportPlan plan(UUID jobId, List<ImportRow> rows, ImportCaller caller, ImportProgress progress);
}
