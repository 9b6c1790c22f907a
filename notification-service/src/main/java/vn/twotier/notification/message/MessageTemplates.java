package vn.twotier.notification.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Every user-facing text comes from {@code notification-templates.properties} (UTF-8): a key per message part and
 * language, with named {@code {placeholders}}. Dates render as dd/MM/yyyy; output is NFC so Vietnamese text compares
 * and searches reliably whatever the input's normalization.
 */
@Component
public class MessageTemplates {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    private final Properties templates = new Properties();

    public MessageTemplates() {
        try (InputStream in = new ClassPathResource("notification-templates.properties").getInputStream()) {
            templates.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message {@code key} ({@code key.title.vi}, {@code key.body.en}, …) with the values filled in. */
    public Message message(String key, Map<String, ?> values) {
        return new Message(text(key + ".title", values), text(key + ".body", values));
    }

    public LocalizedText text(String key, Map<String, ?> values) {
        return new LocalizedText(render(key + ".vi", values), render(key + ".en", values));
    }

    private String render(String key, Map<String, ?> values) {
        String template = templates.getProperty(key);
        if (template == null) {
            throw new IllegalStateException("No message template " + key);
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalStateException("Template " + key + " needs a value for {" + name + "}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(format(values.get(name))));
        }
        matcher.appendTail(out);
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    private static String format(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        return value.toString();
    }
}
