package vn.twotier.notification.email;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;

/**
 * A real SMTP server (GreenMail) inside the service for the embedded default: the service's e-mails really travel
 * over SMTP and land here, where people can read them over IMAP or at {@code GET /ops/mailbox}. Compose points the
 * service at a real relay instead and turns this off.
 */
public class EmbeddedMailServer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final GreenMail greenMail;

    public EmbeddedMailServer(@Value("${twotier.notification.mail.embedded-server.smtp-port:3025}") int smtpPort,
            @Value("${twotier.notification.mail.embedded-server.imap-port:3143}") int imapPort) {
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, LOOPBACK, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, LOOPBACK, ServerSetup.PROTOCOL_IMAP)});
        try {
            greenMail.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("The embedded mail server could not listen on " + LOOPBACK + " ports "
                    + smtpPort + " (SMTP) and " + imapPort + " (IMAP); another program may hold them. Set "
                    + "twotier.notification.mail.embedded-server.smtp-port / imap-port, or disable it with "
                    + "twotier.notification.mail.embedded-server.enabled=false. Cause: " + e.getMessage(), e);
        }
        log.info("Embedded mail server: SMTP {}:{}, IMAP {}:{} (any user name, password = user name)", LOOPBACK,
                smtpPort(), LOOPBACK, greenMail.getImap().getPort());
    }

    public String host() {
        return LOOPBACK;
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    /** Every message received so far, oldest first. */
    public List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    @Override
    public void destroy() {
        greenMail.stop();
    }
}
