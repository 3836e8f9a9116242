package cn.gov.xinxiang.agri.project.library;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The SQL Hibernate sends, recorded while a test asks for it (the request runs on another thread, so the list is
 * shared); otherwise a pass-through. Lets a test EXPLAIN the statement Hibernate actually emits, not a copy of it.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class RecordedSql implements StatementInspector {

    private static volatile boolean recording;
    private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

    public static void start() {
        STATEMENTS.clear();
        recording = true;
    }

    public static List<String> stop() {
        recording = false;
        return List.copyOf(STATEMENTS);
    }

    @Override
    public String inspect(String sql) {
        if (recording) {
            STATEMENTS.add(sql);
        }
        return sql;
    }
}
