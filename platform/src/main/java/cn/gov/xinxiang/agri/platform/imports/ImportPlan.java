package cn.gov.xinxiang.agri.platform.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The outcome of checking every row of a file, before anything is written: the errors of every row
 * (empty when the file may be stored), how many rows are already stored with the same content, and the
 * write itself.
 */
public interface ImportPlan {

    List<ImportError> errors();

    /** Rows whose natural key is stored already with the same content: re-imported, they change nothing. */
    int unchanged();

    /**
     * Stores every new row, in the job's one transaction (called only when {@link #errors()} is empty).
     *
     * @return how many rows were created
     */
    int write();

    /**
     * What a handler returns once every row is checked: failed with the errors in row order when there are any,
     * otherwise a plan that counts {@code unchanged} rows and stores the rest with {@code write}.
     */
    static ImportPlan of(List<ImportError> errors, int unchanged, IntSupplier write) {
        if (!errors.isEmpty()) {
            List<ImportError> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparingInt(ImportError::row));
            return failed(sorted);
        }
        return new ImportPlan() {
            @Override
            public List<ImportError> errors() {
                return List.of();
            }

            @Override
            public int unchanged() {
                return unchanged;
            }

            @Override
            public int write() {
                return write.getAsInt();
            }
        };
    }

    static ImportPlan failed(List<ImportError> errors) {
        return new ImportPlan() {
            @Override
            public List<ImportError> errors() {
                return errors;
            }

            @Override
            public int unchanged() {
                return 0;
            }

            @Override
            public int write() {
                throw new IllegalStateException("a plan with errors writes nothing");
            }
        };
    }
}
