package vn.twotier.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

/** Two TwoTier stacks on one machine (or a developer's own mail catcher) must not stop the service from starting. */
class EmbeddedMailServerTest {

    @Test
    void aTakenPortFallsBackToAFreeOneOrIsExplainedWhenFallbackIsOff() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            EmbeddedMailServer server = new EmbeddedMailServer(taken.getLocalPort(), 0, true);
            try {
                assertThat(server.smtpPort()).isPositive().isNotEqualTo(taken.getLocalPort());
            } finally {
                server.destroy();
            }
            assertThatThrownBy(() -> new EmbeddedMailServer(taken.getLocalPort(), 0, false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("could not listen on 127.0.0.1 ports " + taken.getLocalPort());
        }
    }
}
