package vn.twotier.notification.inbox;

import java.util.List;

/** A recipient's inbox, newest first, with the counts a badge shows. */
public record InboxPage(String recipientId, long total, long unreadCount, List<InboxItem> items) {
}
