package vn.twotier.notification.email;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.twotier.support.web.NotFoundException;

/** What the embedded mail server received, so a person trying the embedded default can read the e-mails. */
@RestController
class MailboxController {

    private final ObjectProvider<EmbeddedMailServer> server;

    MailboxController(ObjectProvider<EmbeddedMailServer> server) {
        this.server = server;
    }

    /** Newest first; {@code ?to=} keeps one address's mail. */
    @GetMapping("/ops/mailbox")
    List<Mail> mailbox(@RequestParam(required = false) String to) throws MessagingException, IOException {
        EmbeddedMailServer mail = server.getIfAvailable();
        if (mail == null) {
            throw new NotFoundException("mailbox", "The embedded mail server is off; mail goes to the SMTP relay.");
        }
        List<Mail> all = new ArrayList<>();
        for (MimeMessage message : mail.received()) {
            all.add(Mail.of(message));
        }
        Collections.reverse(all);
        return to == null ? all : all.stream().filter(m -> m.to().stream().anyMatch(to::equalsIgnoreCase)).toList();
    }

    record Mail(String from, List<String> to, String subject, Instant sentAt, String text) {

        static Mail of(MimeMessage message) throws MessagingException, IOException {
            return new Mail(Arrays.stream(message.getFrom()).map(Address::toString).findFirst().orElse(""),
                    Arrays.stream(message.getAllRecipients()).map(Address::toString).toList(), message.getSubject(),
                    message.getSentDate() == null ? Instant.EPOCH : message.getSentDate().toInstant(),
                    String.valueOf(message.getContent()));
        }
    }
}
