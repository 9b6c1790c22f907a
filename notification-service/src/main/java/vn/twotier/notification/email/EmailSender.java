package vn.twotier.notification.email;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.twotier.notification.delivery.Channel;
import vn.twotier.notification.delivery.ChannelSender;
import vn.twotier.notification.delivery.DeliveryException;
import vn.twotier.notification.delivery.Notification;
import vn.twotier.notification.message.LocalizedText;
import vn.twotier.notification.message.MessageTemplates;
import vn.twotier.notification.message.Values;
import vn.twotier.notification.recipient.Recipient;

/** Sends a notification as one plain-text e-mail, Vietnamese first with the English below, over SMTP. */
@Component
class EmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final MessageTemplates templates;
    private final Clock clock;
    private final String from;
    private final int maxAttempts;

    EmailSender(JavaMailSender mail, MessageTemplates templates, Clock clock,
            @Value("${twotier.notification.mail.from:TwoTier <thong-bao@twotier.local>}") String from,
            @Value("${twotier.notification.email.max-attempts:5}") int maxAttempts) {
        this.mail = mail;
        this.templates = templates;
        this.clock = clock;
        this.from = from;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public int maxAttempts() {
        return maxAttempts;
    }

    @Override
    public void send(Notification notification, Recipient recipient) throws DeliveryException {
        if (recipient.getEmail() == null) {
            throw new DeliveryException("The recipient has no e-mail address any more", true);
        }
        Values values = Values.with("titleVi", notification.getMessage().title().vi())
                .and("titleEn", notification.getMessage().title().en())
                .and("bodyVi", notification.getMessage().body().vi())
                .and("bodyEn", notification.getMessage().body().en())
                .and("notificationId", notification.getId());
        LocalizedText action = action(notification);
        values.and("actionVi", action.vi()).and("actionEn", action.en());
        send(recipient.getEmail(), templates.bilingual("email.subject", values.asMap()),
                templates.bilingual("email.body", values.asMap()));
    }

    /** Sends one e-mail; used for digests too. */
    void send(String to, String subject, String text) throws DeliveryException {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, false);
            mail.send(message);
        } catch (MessagingException | MailException e) {
            throw new DeliveryException("SMTP: " + e.getMessage(), false);
        }
    }

    private LocalizedText action(Notification notification) {
        // The e-mail reminds of the answer the inbox asks for; the EMAIL notification itself carries no deadline.
        if (notification.getAcknowledgeBy() == null) {
            return new LocalizedText("", "");
        }
        LocalDateTime deadline = LocalDateTime.ofInstant(notification.getAcknowledgeBy(), clock.getZone());
        return templates.text("email-action", Values.with("deadline", deadline).asMap());
    }
}
