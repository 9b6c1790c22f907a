package vn.twotier.events;

/** An event as a consumer sees it: its CloudEvents attributes and its typed data. */
public record ReceivedEvent<T extends DomainEvent>(EventMetadata metadata, T data) {
}
