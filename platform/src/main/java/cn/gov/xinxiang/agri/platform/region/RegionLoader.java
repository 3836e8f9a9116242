package cn.gov.xinxiang.agri.platform.region;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;

/**
 * Fills this service's {@code region} table at start (after Flyway): the packaged official list,
 * adding only codes the table lacks (a renamed or retired code keeps the state an upload gave it),
 * skipped altogether when the same file was loaded before; then the sample villages, only when
 * {@code agri.regions.sample-data.enabled=true}. Safe to run on several replicas at once.
 */
@ApplicationScoped
public class RegionLoader {

    private static final Logger LOG = Logger.getLogger(RegionLoader.class);

    @Inject
    RegionStore store;

    @Inject
    RegionDirectory directory;

    @Inject
    Event<RegionsChanged> changed;

    @Inject
    Clock clock;

    @ConfigProperty(name = "agri.regions.sample-data.enabled", defaultValue = "false")
    boolean sampleEnabled;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        load();
    }

    public void load() {
        long started = System.nanoTime();
        RegionFile.Contents official = RegionFile.official();
        int[] added = {0, 0};
        QuarkusTransaction.requiringNew().run(() -> {
            // The row lock of region_directory makes concurrent starts take turns.
            if (!official.sha256().equals(store.officialFileSha256())) {
                added[0] = store.insertMissing(official.regions());
                store.officialFileLoaded(official.sha256(), clock.instant());
            }
            if (sampleEnabled) {
                added[1] = store.insertMissing(RegionFile.sample().regions());
            }
            if (added[0] + added[1] > 0) {
                store.nextVersion();
                changed.fire(new RegionsChanged("packaged lists loaded"));
            }
        });
        directory.invalidate();
        LOG.infof("Regions: official list %s (%d regions, %d added), sample data %s (%d added) in %d ms", RegionFile.OFFICIAL,
                official.regions().size(), added[0], sampleEnabled ? "ON — （样例） villages accepted" : "off", added[1],
                (System.nanoTime() - started) / 1_000_000);
    }
}
