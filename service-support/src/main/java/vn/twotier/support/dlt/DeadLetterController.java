package vn.twotier.support.dlt;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.twotier.support.consumer.EventDispatcher;
import vn.twotier.support.web.NotFoundException;

/** Operators inspect and replay the dead letters of the topics this service consumes. */
@RestController
@RequestMapping("/ops/dlt")
@Validated
@Tag(name = "Operations: dead letters")
public class DeadLetterController {

    private final DeadLetters deadLetters;
    private final EventDispatcher dispatcher;

    public DeadLetterController(DeadLetters deadLetters, EventDispatcher dispatcher) {
        this.deadLetters = deadLetters;
        this.dispatcher = dispatcher;
    }

    @GetMapping
    @Operation(summary = "Topics this service consumes (each has a <topic>.DLT)")
    public List<String> topics() {
        return Arrays.asList(dispatcher.topics());
    }

    @GetMapping("/{topic}")
    @Operation(summary = "Dead letters of a consumed topic, oldest first, with the exception that sent them there")
    public List<DeadLetterRecord> list(@PathVariable String topic,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return deadLetters.list(consumed(topic), limit);
    }

    @PostMapping("/{topic}/replay")
    @Operation(summary = "Re-publish this service's dead letters of a topic to that topic (each once)")
    public Map<String, Object> replay(@PathVariable String topic) {
        return Map.of("topic", topic, "replayed", deadLetters.replay(consumed(topic)));
    }

    private String consumed(String topic) {
        if (!Arrays.asList(dispatcher.topics()).contains(topic)) {
            throw new NotFoundException("dead-letter-topic", "This service does not consume topic " + topic);
        }
        return topic;
    }
}
