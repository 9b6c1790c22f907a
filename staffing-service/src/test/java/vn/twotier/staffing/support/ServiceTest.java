package vn.twotier.staffing.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.twotier.testing.TestInfrastructureConfiguration;

/** The staffing service on the shared test broker and store, as it runs for real. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=staffing-service")
@Import(TestInfrastructureConfiguration.class)
public @interface ServiceTest {
}
