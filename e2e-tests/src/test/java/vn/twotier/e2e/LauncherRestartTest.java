package vn.twotier.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import vn.twotier.embedded.Ports;
import vn.twotier.events.Topics;

/**
 * The one-command stack as a user runs it, in its own JVM: import, then kill -9 the launcher (its broker child
 * orphaned, the store not closed), start it again on the same data directory. Nothing imported is lost and no
 * event is published twice.
 */
class LauncherRestartTest {

    @TempDir
    Path data;

    private final int kafkaPort = Ports.freePort();
    private final int controllerPort = Ports.freePort();
    private final int mongoPort = Ports.freePort();
    private final int mergerPort = Ports.freePort();
    private final int staffingPort = Ports.freePort();
    private final int notificationPort = Ports.freePort();
    private Process launcher;

    @AfterEach
    void stop() throws Exception {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroy(); // SIGTERM: a clean stop, which also stops the broker child
            launcher.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void aKilledLauncherRestartsWithEveryImportedUnitAndNoDuplicateEvent() throws Exception {
        launcher = start();
        importHaTinh();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(staffingUnits()).isEqualTo(69));
        long published = recordsOn(Topics.MERGER_UNITS);
        assertThat(published).as("69 registered + predecessors retired + 1 province imported").isGreaterThan(69);

        launcher.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        launcher = start();
        assertThat(summaryTotal()).isEqualTo(69);
        assertThat(staffingUnits()).isEqualTo(69);
        importHaTinh(); // the same file again: nothing changes, nothing is emitted
        Thread.sleep(3000); // give a (wrong) re-publication the time to show; the assertion below is exact
        assertThat(recordsOn(Topics.MERGER_UNITS)).isEqualTo(published);
    }

    private Process start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "vn.twotier.launcher.TwoTierLauncher", "--data-dir", data.toString(),
                "--kafka-port", "" + kafkaPort, "--kafka-controller-port", "" + controllerPort,
                "--mongo-port", "" + mongoPort, "--merger-port", "" + mergerPort,
                "--staffing-port", "" + staffingPort, "--notification-port", "" + notificationPort,
                "--smtp-port", "" + Ports.freePort(), "--no-sample-data").redirectErrorStream(true);
        Process process = builder.start();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.contains("press Ctrl-C to stop")) {
                        ready.complete(null);
                    }
                }
                ready.completeExceptionally(new IllegalStateException("launcher exited"));
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
        }, "launcher-output");
        reader.setDaemon(true);
        reader.start();
        try {
            ready.get(180, TimeUnit.SECONDS);
        } catch (Exception e) {
            synchronized (output) {
                throw new AssertionError("The launcher did not become ready:\n" + String.join("\n", output), e);
            }
        }
        return process;
    }

    private void importHaTinh() throws IOException {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(SharedData.registerOfProvince("42")) {
            @Override
            public String getFilename() {
                return "ha-tinh.csv";
            }
        });
        RestClient.create("http://localhost:" + mergerPort).post().uri("/api/v1/register/imports")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve().toBodilessEntity();
    }

    private int summaryTotal() {
        Map<?, ?> summary = RestClient.create("http://localhost:" + mergerPort).get()
                .uri("/api/v1/provinces/42/summary?asOf=2025-07-01").retrieve().body(Map.class);
        return ((Number) summary.get("total")).intValue();
    }

    private long staffingUnits() {
        List<?> units = RestClient.create("http://localhost:" + staffingPort).get()
                .uri("/api/v1/units?provinceCode=42&asOf=2025-07-01").retrieve().body(List.class);
        return units.stream().filter(unit -> !"PROVINCE".equals(((Map<?, ?>) unit).get("type"))).count();
    }

    private long recordsOn(String topic) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            return partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
        }
    }
}
