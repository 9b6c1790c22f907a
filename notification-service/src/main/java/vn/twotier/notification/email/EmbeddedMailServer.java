package vn.twotier.notification.email;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * A real SMTP server (GreenMail) inside the service for the embedded default: the service's e-mails really travel
 * over SMTP and land here, where people can read them over IMAP or at {@code GET /ops/mailbox}. Compose points the
 * service at a real relay instead and turns this off.
 */
public class EmbeddedMailServer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final GreenMail greenMail;

    /**
     * Listens on the given ports; when one is taken (another TwoTier, a developer's mail catcher) and
     * {@code fallBackToFreePorts} is set, on free ports instead, logged, so the service still starts.
     */
    public EmbeddedMailServer(int smtpPort, int imapPort, boolean fallBackToFreePorts) {
        GreenMail started;
        try {
            started = start(smtpPort, imapPort);
        } catch (RuntimeException e) {
            if (!fallBackToFreePorts) {
                throw new IllegalStateException("The embedded mail server could not listen on " + LOOPBACK
                        + " ports " + smtpPort + " (SMTP) and " + imapPort + " (IMAP); another program may hold them."
                        + " Set twotier.notification.mail.embedded-server.smtp-port / imap-port, or turn it off with "
                        + "twotier.notification.mail.embedded-server.enabled=false. Cause: " + e.getMessage(), e);
            }
            log.warn("Ports {} (SMTP) / {} (IMAP) are taken; the embedded mail server uses free ports instead",
                    smtpPort, imapPort);
            started = start(0, 0);
        }
        greenMail = started;
        log.info("Embedded mail server: SMTP {}:{}, IMAP {}:{} (log in with the recipient's address as user name and "
                + "password); received mail also at GET /ops/mailbox", LOOPBACK, smtpPort(), LOOPBACK, imapPort());
    }

    private static GreenMail start(int smtpPort, int imapPort) {
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, LOOPBACK, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, LOOPBACK, ServerSetup.PROTOCOL_IMAP)});
        try {
            server.start();
            return server;
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
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
