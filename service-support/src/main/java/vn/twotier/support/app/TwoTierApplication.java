package vn.twotier.support.app;

import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a TwoTier service. Each service reads its own {@code <name>.yml} (not {@code application.yml}), so the
 * three services can run side by side in one JVM (the embedded launcher) without reading each other's config.
 */
public final class TwoTierApplication {

    private TwoTierApplication() {
    }

    public static SpringApplicationBuilder builder(Class<?> mainClass, String name) {
        return new SpringApplicationBuilder(mainClass)
                .properties(Map.of("spring.config.name", name, "spring.application.name", name));
    }

    public static ConfigurableApplicationContext run(Class<?> mainClass, String name, String... args) {
        return builder(mainClass, name).run(args);
    }
}
