package vn.thidua.ledger.ops.embedded;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code THIDUA_DB_URL} the node runs its own PostgreSQL server, keeping its data under
 * {@code THIDUA_DATA_DIR} so that it survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${thidua.db.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${thidua.data-dir}") Path dataDir,
                                      @Value("${thidua.db.embedded-port:0}") int port) {
        return EmbeddedPostgres.start(dataDir.toAbsolutePath().normalize().resolve("postgres"), port);
    }

    /** The pool closes before the server stops, because it depends on it. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl());
        dataSource.setUsername(postgres.user());
        return dataSource;
    }
}
