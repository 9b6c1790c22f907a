package vn.twotier.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.annotation.UserConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** With a relay configured (compose), mail goes there and no embedded server starts; without one, it is local. */
class MailConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(UserConfigurations.of(MailConfiguration.class))
            .withPropertyValues("twotier.notification.mail.embedded-server.smtp-port=0",
                    "twotier.notification.mail.embedded-server.imap-port=0");

    @Test
    void aConfiguredRelayIsUsedAndTheEmbeddedServerStaysOff() {
        runner.withPropertyValues("spring.mail.host=mailpit", "spring.mail.port=1025").run(context -> {
            assertThat(context).doesNotHaveBean(EmbeddedMailServer.class);
            JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
            assertThat(sender.getHost()).isEqualTo("mailpit");
            assertThat(sender.getPort()).isEqualTo(1025);
        });
    }

    @Test
    void withoutARelayMailGoesToTheEmbeddedServer() {
        runner.withPropertyValues("spring.mail.host=").run(context -> {
            EmbeddedMailServer server = context.getBean(EmbeddedMailServer.class);
            JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
            assertThat(sender.getHost()).isEqualTo("127.0.0.1");
            assertThat(sender.getPort()).isEqualTo(server.smtpPort());
        });
    }
}
