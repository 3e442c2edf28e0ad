package vn.thidua.ledger.ops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import vn.thidua.ledger.command.eventstore.EventStoreConfiguration;

/** The Thi Đua Ledger node: one application whose roles (command, query) are chosen by configuration. */
@SpringBootApplication
@Import(EventStoreConfiguration.class)
public class ThiDuaLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThiDuaLedgerApplication.class, args);
    }
}
