package vn.twotier.notification.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Every user-facing text comes from {@code notification-templates.properties} (UTF-8): a key per message part and
 * language, with named {@code {placeholders}}. Dates render as dd/MM/yyyy; a {@link LocalizedText} value renders in
 * the language of the text it goes into. Output is NFC so Vietnamese text compares and searches reliably.
 */
@Component
public class MessageTemplates {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
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
        return new LocalizedText(render(key, Language.VI, values), render(key, Language.EN, values));
    }

    /** A template that is the same in both languages (it places the Vietnamese and English parts itself). */
    public String bilingual(String key, Map<String, ?> values) {
        return render(key, Language.BOTH, values);
    }

    /** Texts joined with the list separator of each language. */
    public LocalizedText join(List<LocalizedText> items) {
        return new LocalizedText(
                String.join(template("list.separator", Language.VI), items.stream().map(LocalizedText::vi).toList()),
                String.join(template("list.separator", Language.EN), items.stream().map(LocalizedText::en).toList()));
    }

    private String render(String key, Language language, Map<String, ?> values) {
        String template = template(key, language);
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalStateException("Template " + key + " needs a value for {" + name + "}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(format(values.get(name), language)));
        }
        matcher.appendTail(out);
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    private String template(String key, Language language) {
        String template = templates.getProperty(key + "." + language.suffix);
        if (template == null) {
            throw new IllegalStateException("No message template " + key + "." + language.suffix);
        }
        return template;
    }

    private String format(Object value, Language language) {
        if (value == null) {
            return template("missing", language);
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof LocalDateTime dateTime) {
            return DATE_TIME.format(dateTime);
        }
        if (value instanceof LocalizedText text) {
            return language == Language.VI ? text.vi() : text.en();
        }
        return value.toString();
    }

    private enum Language {
        VI("vi"), EN("en"), BOTH("both");

        final String suffix;

        Language(String suffix) {
            this.suffix = suffix;
        }
    }
}
