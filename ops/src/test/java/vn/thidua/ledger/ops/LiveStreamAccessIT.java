package vn.thidua.ledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Credentials are checked when a request starts, and a live stream is one long request: it ends after
 * {@code thidua.stream.max-age}, so an account disabled meanwhile is refused when its client reconnects.
 */
class LiveStreamAccessIT {

    private static final String READER_PASSWORD = "mat-khau-doc-gia";

    @Test
    void aDisabledAccountStopsReceivingTheLiveStandingsWhenItsStreamEnds() throws Exception {
        try (ConfigurableApplicationContext node = Nodes.start(Nodes.freshDataDir(), "thidua.demo=false",
                "thidua.stream.max-age=PT3S")) {
            int port = Nodes.port(node);
            Api admin = Api.asAdmin(port);
            assertThat(admin.post("/api/units", """
                    {"id": "LS-BD", "name": "Phường Bồ Đề", "kind": "COMMUNE"}""").status()).isEqualTo(201);
            assertThat(admin.post("/api/clusters", """
                    {"id": "LS-CUM", "name": "Cụm thi đua số 1", "kind": "CUM"}""").status()).isEqualTo(201);
            assertThat(admin.post("/api/clusters/LS-CUM/members", """
                    {"unitId": "LS-BD", "from": "2024-01-01"}""").status()).isEqualTo(201);
            assertThat(admin.post("/api/admin/users", """
                    {"username": "doc.gia", "password": "%s", "role": "READER"}""".formatted(READER_PASSWORD))
                    .status()).isEqualTo(201);

            HttpResponse<InputStream> watching = stream(port);
            assertThat(watching.statusCode()).isEqualTo(200);
            assertThat(admin.post("/api/admin/users/doc.gia/disable", "{}").status()).isEqualTo(200);

            // read to its end, which the server must bring (at the stream's maximum age): no end fails the test
            CompletableFuture<Boolean> sawRanking = CompletableFuture.supplyAsync(() -> {
                boolean ranking = false;
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(watching.body(),
                        StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        ranking |= line.startsWith("data:") && line.contains("LS-BD");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return ranking;
            });
            assertThat(sawRanking.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(stream(port).statusCode()).isEqualTo(401);
        }
    }

    private static HttpResponse<InputStream> stream(int port) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/stream/rankings?cluster=LS-CUM&period=2024-05"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("doc.gia:" + READER_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
    }
}
