package vn.twotier.notification.inbox;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A recipient's in-app inbox. */
@RestController
@Validated
@RequestMapping("/api/v1/inbox/{recipientId}")
class InboxController {

    private final Inbox inbox;
    private final LiveUpdates live;

    InboxController(Inbox inbox, LiveUpdates live) {
        this.inbox = inbox;
        this.live = live;
    }

    /**
     * Live updates as Server-Sent Events ({@code event: notification}, {@code id:} the entry's sequence). A browser
     * reconnecting with {@code Last-Event-ID} first receives the entries it missed.
     */
    @GetMapping(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable String recipientId,
            @RequestHeader(value = "Last-Event-ID", required = false) @Nullable Long lastEventId) {
        inbox.page(recipientId, true, 0, 1); // 404 for an unknown recipient before the stream opens
        return live.open(recipientId, () -> lastEventId == null ? List.of() : inbox.after(recipientId, lastEventId));
    }

    @GetMapping
    InboxPage list(@PathVariable String recipientId, @RequestParam(defaultValue = "false") boolean unreadOnly,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return inbox.page(recipientId, unreadOnly, offset, limit);
    }

    /** Confirms a notification that requires action (e.g. a commune confirming it has taken note of a merger). */
    @PostMapping("/{notificationId}/acknowledge")
    InboxItem acknowledge(@PathVariable String recipientId, @PathVariable String notificationId) {
        return inbox.acknowledge(recipientId, notificationId);
    }

    @PostMapping("/{notificationId}/read")
    InboxItem markRead(@PathVariable String recipientId, @PathVariable String notificationId) {
        return inbox.markRead(recipientId, notificationId);
    }
}
