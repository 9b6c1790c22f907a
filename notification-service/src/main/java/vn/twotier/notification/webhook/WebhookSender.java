package vn.twotier.notification.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.twotier.notification.delivery.Channel;
import vn.twotier.notification.delivery.ChannelSender;
import vn.twotier.notification.delivery.DeliveryException;
import vn.twotier.notification.delivery.Notification;
import vn.twotier.notification.recipient.Recipient;

/**
 * POSTs the CloudEvent to the recipient's webhook, signed. Any 2xx is delivery; anything else, or no answer within
 * the timeout, is a failed attempt to retry. The delivery id header lets the receiver drop a repeat of a request
 * whose answer got lost.
 */
@Component
class WebhookSender implements ChannelSender {

    private final HttpClient http;
    private final Duration timeout;
    private final int maxAttempts;

    WebhookSender(
            @Value("${twotier.notification.webhook.connect-timeout:2s}") Duration connectTimeout,
            @Value("${twotier.notification.webhook.timeout:10s}") Duration timeout,
            @Value("${twotier.notification.webhook.max-attempts:6}") int maxAttempts) {
        this.timeout = timeout;
        this.maxAttempts = maxAttempts;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public int maxAttempts() {
        return maxAttempts;
    }

    @Override
    public void send(Notification notification, Recipient recipient) throws DeliveryException {
        if (recipient.getWebhookUrl() == null || recipient.getWebhookSecret() == null) {
            throw new DeliveryException("The recipient has no webhook any more", true);
        }
        byte[] body = CloudEventJson.of(notification.getSourceEvent(), notification.getId());
        // Wall-clock time, not the domain clock: the receiver compares it with its own clock to refuse replays.
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(recipient.getWebhookUrl())).timeout(timeout)
                .header("Content-Type", CloudEventJson.CONTENT_TYPE)
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(recipient.getWebhookSecret(), timestamp, body))
                .header(WebhookSignature.DELIVERY_HEADER, notification.getId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            throw new DeliveryException("No answer within " + timeout.toMillis() + " ms", false);
        } catch (IOException e) {
            throw new DeliveryException("Could not reach the webhook: " + e, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("Interrupted while sending", false);
        }
        if (response.statusCode() / 100 != 2) {
            throw new DeliveryException("The webhook answered HTTP " + response.statusCode(), false);
        }
    }
}
