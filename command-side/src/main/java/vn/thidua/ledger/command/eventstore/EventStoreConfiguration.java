package vn.thidua.ledger.command.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon's storage on PostgreSQL: events, snapshots and tracking tokens in tables created by Flyway, payloads
 * as JSON in {@code bytea} (never large objects), and one Jackson serializer for everything.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    /** Events read per query, for an aggregate or a tracking processor (Axon's default). */
    static final int READ_BATCH = 100;

    static final EventSchema EVENT_SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .timestampColumn("time_stamp")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    static final TokenSchema TOKEN_SCHEMA = TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("timestamp")
            .setOwnerColumn("owner")
            .build();

    /** The mapper for stored messages: dates as ISO strings, tolerant of fields added by later revisions. */
    static ObjectMapper messageMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    @Bean
    @Primary
    @Qualifier("serializer")
    public Serializer serializer() {
        return ClassCachingJacksonSerializer.build(JacksonSerializer.builder().objectMapper(messageMapper()).defaultTyping());
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return ClassCachingJacksonSerializer.build(JacksonSerializer.builder().objectMapper(messageMapper()).defaultTyping());
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return ClassCachingJacksonSerializer.build(JacksonSerializer.builder().objectMapper(messageMapper()));
    }

    @Bean
    public ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Serializer serializer,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 ObjectProvider<EventUpcaster> upcasters) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()))
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .dataType(byte[].class)
                .schema(EVENT_SCHEMA)
                // positions are gap-free (see the migration), so gaps never need waiting out for long
                .gapTimeout(10_000)
                // ... nor looking past when a read finds nothing (a second query on every read at the tail)
                .extendedGapCheckEnabled(false);
        builder.batchSize(READ_BATCH);
        // a batch of an aggregate's events shorter than asked is its last (Axon's JDBC default asks once more)
        builder.finalAggregateBatchPredicate(batch -> batch.size() < READ_BATCH);
        return new LedgerEventStorageEngine(builder, transactionManager);
    }

    /**
     * The token store, where the nodes claim the projections' segments under their names: {@code nodeId} when given,
     * else Axon's own (the process id and host name, which differ between the processes of one host).
     */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                 @Value("${thidua.node-id:}") String nodeId) {
        JdbcTokenStore.Builder builder = JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(TOKEN_SCHEMA)
                .contentType(byte[].class);
        if (!nodeId.isBlank()) {
            builder.nodeId(nodeId.strip());
        }
        return builder.build();
    }
}
