package vn.thidua.ledger.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts whole nodes the way the packaged application does, for tests that stop and restart them. */
final class Nodes {

    private Nodes() {
    }

    static Path freshDataDir() throws IOException {
        Path root = Files.createDirectories(Path.of("target", "it-data"));
        return Files.createTempDirectory(root.toAbsolutePath(), "node-");
    }

    static ConfigurableApplicationContext start(Path dataDir, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "thidua.data-dir=" + dataDir,
                "thidua.admin-password=" + Api.ADMIN_PASSWORD,
                "server.port=0"));
        all.addAll(List.of(properties));
        // command-line arguments outrank application.yml, as the environment does for the real node
        return new SpringApplicationBuilder(ThiDuaLedgerApplication.class)
                .run(all.stream().map(property -> "--" + property).toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }
}
