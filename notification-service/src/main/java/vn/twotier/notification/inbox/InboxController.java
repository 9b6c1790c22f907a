package vn.twotier.notification.inbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A recipient's in-app inbox. */
@RestController
@Validated
@RequestMapping("/api/v1/inbox/{recipientId}")
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    InboxPage list(@PathVariable String recipientId, @RequestParam(defaultValue = "false") boolean unreadOnly,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return inbox.page(recipientId, unreadOnly, offset, limit);
    }

    @PostMapping("/{notificationId}/read")
    InboxItem markRead(@PathVariable String recipientId, @PathVariable String notificationId) {
        return inbox.markRead(recipientId, notificationId);
    }
}
