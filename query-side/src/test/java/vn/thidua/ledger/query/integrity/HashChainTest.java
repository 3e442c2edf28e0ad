package vn.thidua.ledger.query.integrity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.query.integrity.HashChain.StoredEvent;

/**
 * The Java chain against links PostgreSQL computed with the migration's {@code event_chain_link} (the first one
 * also checked with {@code sha256sum} over bytes written by hand).
 */
class HashChainTest {

    private static final StoredEvent FIRST = new StoredEvent("e0", "unit:Hà-0", 0, "Unit",
            "2026-11-21T10:00:00.123Z", "vn.X", "1", "{\"name\":\"Phòng 0\"}".getBytes(UTF_8), null);
    private static final StoredEvent SECOND = new StoredEvent("e1", "unit:Hà-1", 1, null,
            "2026-11-21T10:00:01.123Z", "vn.X", "1", "{\"name\":\"Phòng 1\"}".getBytes(UTF_8),
            "{\"actor\":\"admin\"}".getBytes(UTF_8));
    private static final StoredEvent REVIEW = new StoredEvent("5b0c6c1e-2f7a-4c1a-9d3e-7f1e2a3b4c5d",
            "review:SK-NKTC-2024", 0, "Review", "2026-11-21T03:15:42.517Z", "vn.thidua.ledger.api.review.ReviewHeld",
            null, "{\"reviewId\":\"SK-NKTC-2024\",\"summary\":\"Sơ kết 1 năm; 98% CBCCVC đã ký cam kết\"}".getBytes(UTF_8),
            "{\"actor\":\"admin\"}".getBytes(UTF_8));

    private static final String FIRST_LINK = "740269471327ed461d8cf4d11241110fe66b724fb03325da7177a6c23de77050";
    private static final String SECOND_LINK = "c8b13d5077bc3240b584315f2c8ea6179b91d53e71ec2d947dddd89a7899f0fe";
    private static final String REVIEW_LINK = "233268b803bd636cc9751989401bce8750e0e075340b4c1903c202170a4358df";

    private final HashChain chain = new HashChain();

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Test
    void chainStartsFromThirtyTwoZeroBytes() {
        assertThat(HashChain.genesis()).hasSize(HashChain.LINK_LENGTH).containsOnly(0);
    }

    @Test
    void firstLinkMatchesPostgres() {
        assertThat(hex(chain.link(HashChain.genesis(), FIRST))).isEqualTo(FIRST_LINK);
    }

    @Test
    void missingTypeAndMetaDataCountAsEmptyAndEachLinkFollowsThePrevious() {
        byte[] first = chain.link(HashChain.genesis(), FIRST);
        assertThat(hex(chain.link(first, SECOND))).isEqualTo(SECOND_LINK);
        assertThat(hex(chain.link(HexFormat.of().parseHex(SECOND_LINK), REVIEW))).isEqualTo(REVIEW_LINK);
    }

    @Test
    void anyChangedColumnChangesTheLink() {
        byte[] genesis = HashChain.genesis();
        assertThat(hex(chain.link(genesis, new StoredEvent("e0", "unit:Hà-0", 0, "Unit",
                "2026-11-21T10:00:00.124Z", "vn.X", "1", FIRST.payload(), null)))).isNotEqualTo(FIRST_LINK);
        assertThat(hex(chain.link(genesis, new StoredEvent("e0", "unit:Hà-1", 0, "Unit",
                "2026-11-21T10:00:00.123Z", "vn.X", "1", FIRST.payload(), null)))).isNotEqualTo(FIRST_LINK);
        assertThat(hex(chain.link(genesis, new StoredEvent("e0", "unit:Hà-0", 0, "Unit",
                "2026-11-21T10:00:00.123Z", "vn.X", "1", FIRST.payload(), new byte[] {'{', '}'}))))
                .isNotEqualTo(FIRST_LINK);
    }

    @Test
    void linkDependsOnThePreviousLink() {
        byte[] previous = HashChain.genesis();
        previous[31] = 1;
        assertThat(hex(chain.link(previous, FIRST))).isNotEqualTo(FIRST_LINK);
    }
}
