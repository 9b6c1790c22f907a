package vn.twotier.merger.register;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dates a mapping file implies but does not state.
 * @param preReformValidFrom when the register's pre-reform units are known from (a mapping file only says they ended)
 * @param reformDate the day the new units of a history import begin (1 July 2025)
 */
@ConfigurationProperties("twotier.register")
public record RegisterProperties(
        @DefaultValue("2025-01-01") LocalDate preReformValidFrom,
        @DefaultValue("2025-07-01") LocalDate reformDate) {
}
