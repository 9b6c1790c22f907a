package vn.twotier.notification.email;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP connection: {@code spring.mail.*} when a relay is configured (compose), otherwise the embedded server.
 * Built here rather than by Boot so an embedded server on a dynamic port (tests) is found.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    @Bean(destroyMethod = "destroy")
    // On unless turned off or a relay is configured (compose sets SPRING_MAIL_HOST to its SMTP server).
    @ConditionalOnExpression("${twotier.notification.mail.embedded-server.enabled:true} "
            + "and '${spring.mail.host:}'.isBlank()")
    EmbeddedMailServer embeddedMailServer(
            @Value("${twotier.notification.mail.embedded-server.smtp-port:3025}") int smtpPort,
            @Value("${twotier.notification.mail.embedded-server.imap-port:3143}") int imapPort,
            @Value("${twotier.notification.mail.embedded-server.fall-back-to-free-ports:true}") boolean fallBack) {
        return new EmbeddedMailServer(smtpPort, imapPort, fallBack);
    }

    @Bean
    JavaMailSenderImpl mailSender(MailProperties properties, ObjectProvider<EmbeddedMailServer> embedded) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        EmbeddedMailServer server = embedded.getIfAvailable();
        @Nullable String host = blankToNull(properties.getHost());
        if (host == null && server != null) {
            sender.setHost(server.host());
            sender.setPort(server.smtpPort());
        } else {
            sender.setHost(host == null ? "127.0.0.1" : host);
            if (properties.getPort() != null) {
                sender.setPort(properties.getPort());
            }
            sender.setUsername(blankToNull(properties.getUsername()));
            sender.setPassword(blankToNull(properties.getPassword()));
            sender.setProtocol(properties.getProtocol());
        }
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        Properties javaMail = new Properties();
        javaMail.putAll(properties.getProperties());
        // A dead relay must fail an attempt, not hang a sending thread.
        javaMail.putIfAbsent("mail.smtp.connectiontimeout", "5000");
        javaMail.putIfAbsent("mail.smtp.timeout", "10000");
        javaMail.putIfAbsent("mail.smtp.writetimeout", "10000");
        sender.setJavaMailProperties(javaMail);
        return sender;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
