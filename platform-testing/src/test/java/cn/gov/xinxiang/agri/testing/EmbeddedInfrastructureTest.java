package cn.gov.xinxiang.agri.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedInfrastructureTest {

    @TempDir
    Path dir;

    @Test
    void postgresStoresChineseTextAndStopsCleanly() throws Exception {
        int port;
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.startEphemeral()) {
            port = pg.port();
            pg.ensureDatabase("project");
            pg.ensureDatabase("project");
            try (var c = DriverManager.getConnection(pg.jdbcUrl("project"), pg.username(), pg.password()); var s = c.createStatement()) {
                s.execute("create table t(name text)");
                s.execute("insert into t values ('原阳县预制菜')");
                var rs = s.executeQuery("select name from t");
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("原阳县预制菜");
            }
        }
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            throw new AssertionError("postgres still listening on " + port);
        } catch (java.io.IOException expected) {
            // nothing listens any more
        }
    }

    @Test
    void persistentPostgresStopsAndStartsAgainWithItsData() throws Exception {
        int port = EmbeddedKafka.freePort();
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.startPersistent(dir.resolve("pg"), port)) {
            pg.ensureDatabase("evaluation");
            try (var c = pg.connect("evaluation"); var s = c.createStatement()) {
                s.execute("create table t(name text)");
                s.execute("insert into t values ('城关一村')");
            }
            pg.stop();
            assertThat(pg.isRunning()).isFalse();
            try (var c = pg.connect("evaluation")) {
                throw new AssertionError("connected to a stopped server");
            } catch (java.sql.SQLException expected) {
                // refused, as clients of a database that went away are
            }
            pg.start();
            assertThat(pg.port()).isEqualTo(port);
            try (var c = pg.connect("evaluation"); var s = c.createStatement()) {
                var rs = s.executeQuery("select name from t");
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("城关一村");
            }
        }
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            throw new AssertionError("postgres still listening on " + port);
        } catch (java.io.IOException expected) {
            // closed for good
        }
    }

    @Test
    void kafkaKeepsRecordsAcrossARestart() {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), 0)) {
            Map<String, Object> pc = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            try (var producer = new KafkaProducer<String, String>(pc)) {
                producer.send(new ProducerRecord<>("t", "k", "before")).get();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            kafka.restart();
            Map<String, Object> cc = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "g",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            List<String> seen = new ArrayList<>();
            try (var consumer = new KafkaConsumer<String, String>(cc)) {
                consumer.subscribe(List.of("t"));
                long deadline = System.currentTimeMillis() + 30_000;
                while (seen.isEmpty() && System.currentTimeMillis() < deadline) {
                    consumer.poll(Duration.ofMillis(500)).forEach(r -> seen.add(r.value()));
                }
            }
            assertThat(seen).containsExactly("before");
        }
    }
}
