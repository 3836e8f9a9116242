package cn.gov.xinxiang.agri.platform.consumer;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dispatch by type: each routed type's data read once as its record; other types left alone. */
class EventRoutesTest {

    record Made(String projectId, long amount) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static CloudEvent event(String type, String json) throws Exception {
        return new CloudEvent(UUID.randomUUID().toString(), "test", type, "s", Instant.now(), MAPPER.readTree(json));
    }

    private static Object read(CloudEvent e, Class<?> type) {
        try {
            return MAPPER.treeToValue(e.data(), type);
        } catch (Exception ex) {
            throw new CloudEvent.MalformedEventException(ex.getMessage());
        }
    }

    @Test
    void aRoutedTypeReachesItsEffectAsItsRecord() throws Exception {
        List<String> seen = new ArrayList<>();
        EventRoutes routes = new EventRoutes()
                .on("made.v1", Made.class, (e, made) -> seen.add(e.type() + ":" + made.projectId() + ":" + made.amount()))
                .on("revoked.v1", Made.class, (e, made) -> seen.add("revoked"));
        assertThat(routes.apply(event("made.v1", "{\"projectId\":\"p1\",\"amount\":5}"), EventRoutesTest::read)).isTrue();
        assertThat(seen).containsExactly("made.v1:p1:5");
        assertThat(routes.types()).containsExactly("made.v1", "revoked.v1");
    }

    @Test
    void anotherTypeIsSkippedUnread() throws Exception {
        List<Class<?>> read = new ArrayList<>();
        EventRoutes routes = new EventRoutes().on("made.v1", Made.class, (e, made) -> {
        });
        assertThat(routes.apply(event("other.v1", "\"not an object\""), (e, t) -> read.add(t))).isFalse();
        assertThat(read).isEmpty();
    }

    @Test
    void whatTheReaderRefusesIsNotApplied() throws Exception {
        List<Made> seen = new ArrayList<>();
        EventRoutes routes = new EventRoutes().on("made.v1", Made.class, (e, made) -> seen.add(made));
        assertThatThrownBy(() -> routes.apply(event("made.v1", "{\"amount\":\"x\"}"), EventRoutesTest::read))
                .isInstanceOf(CloudEvent.MalformedEventException.class);
        assertThat(seen).isEmpty();
    }

    @Test
    void aTypeRoutedTwiceIsAMistake() {
        EventRoutes routes = new EventRoutes().on("made.v1", Made.class, (e, made) -> {
        });
        assertThatThrownBy(() -> routes.on("made.v1", Made.class, (e, made) -> {
        })).isInstanceOf(IllegalStateException.class);
    }
}
