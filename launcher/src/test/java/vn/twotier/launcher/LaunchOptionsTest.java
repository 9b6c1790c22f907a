package vn.twotier.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void defaultsAreTheDocumentedPortsAndLoadSampleData() {
        LaunchOptions options = LaunchOptions.parse(new String[0]);
        assertThat(options.mergerPort()).isEqualTo(8081);
        assertThat(options.staffingPort()).isEqualTo(8082);
        assertThat(options.notificationPort()).isEqualTo(8083);
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.loadSampleData()).isTrue();
    }

    @Test
    void optionsInBothFormsAndSpringPropertiesPassThrough() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--data-dir", "/tmp/x", "--merger-port=9081",
                "--no-sample-data", "--logging.level.vn.twotier=DEBUG"});
        assertThat(options.dataDirectory()).isEqualTo(Path.of("/tmp/x"));
        assertThat(options.mergerPort()).isEqualTo(9081);
        assertThat(options.loadSampleData()).isFalse();
        assertThat(options.serviceProperties()).containsEntry("logging.level.vn.twotier", "DEBUG");
    }

    @Test
    void aBadPortOrAnUnknownOptionIsAClearMessage() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--kafka-port", "abc"}))
                .hasMessage("--kafka-port must be a port number (1-65535), not 'abc'");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--kafka-port", "70000"}))
                .hasMessageContaining("--kafka-port must be a port number");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--colour", "red"}))
                .hasMessageContaining("Unknown option(s): [colour]").hasMessageContaining("Usage:");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--merger-port"}))
                .hasMessage("Option --merger-port needs a value");
    }
}
