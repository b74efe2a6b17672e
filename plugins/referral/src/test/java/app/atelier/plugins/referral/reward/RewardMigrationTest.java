package app.atelier.plugins.referral.reward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V2 on SQLite rebuilds {@code referral_reward}: rewards written under V1 keep every column, points
 * get their wallet key ({@code referral:<link>}), and a link may hold a new reward once the earlier
 * one is reversed, but never two live ones.
 */
class RewardMigrationTest {
    private static final Instant AT = Instant.parse("2026-12-02T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void rewardsWrittenUnderV1SurviveAndALinkHoldsOneLiveRewardAtATime() {
        Jdbi jdbi = Jdbi.create("jdbc:sqlite:" + dir.resolve("referral.db"));
        jdbi.useHandle(h -> {
            run(h, "V1__referral_tables.sql");
            h.execute("INSERT INTO referral_reward (salon_id, link_id, client_id, kind, points, wallet_entry_id, earned_visit_id, created_at) "
                    + "VALUES (1, 7, 3, 'points', 70000, 55, 10, ?)", AT.toEpochMilli());
            h.execute("INSERT INTO referral_reward (salon_id, link_id, client_id, kind, basis_points, earned_visit_id, created_at, "
                    + "used_visit_id, used_amount, used_at) VALUES (1, 8, 3, 'discount', 1000, 11, ?, 12, 15000, ?)",
                    AT.toEpochMilli(), AT.toEpochMilli());
            h.execute("INSERT INTO referral_link (salon_id, referrer_id, referred_id, code, channel, created_at, settled_visit_id, "
                    + "first_visit_paid, settled_at) VALUES (1, 3, 4, 'ANNA-7K3Q', 'desk', ?, 10, 1, ?)", AT.toEpochMilli(), AT.toEpochMilli());

            run(h, "V2__reward_reversals.sql");

            List<Reward> rewards = RewardStore.ofClient(h, 1, 3);
            assertEquals(2, rewards.size());
            Reward points = rewards.get(0);
            assertEquals(List.of(7L, 70_000L, 10L), List.of(points.linkId(), points.points(), points.earnedVisitId()));
            assertEquals("referral:7", points.walletKey());
            assertEquals("credited", points.status());
            Reward discount = rewards.get(1);
            assertNull(discount.walletKey());
            assertEquals("used", discount.status());
            assertEquals(15_000L, discount.usedAmount());
            assertNull(h.createQuery("SELECT reversed_at FROM referral_link").mapTo(Long.class).one(), "a new column, empty");

            assertThrows(RuntimeException.class, () -> RewardStore.insertPoints(h, 1, 7, 3, 1, 56, "referral:7:visit:20", 20, AT),
                    "a second live reward of one link");
            RewardStore.markReversed(h, 1, points.id(), AT);
            RewardStore.insertPoints(h, 1, 7, 3, 70_000, 56, "referral:7:visit:20", 20, AT);
            assertEquals(List.of("reversal_pending", "used", "credited"),
                    RewardStore.ofClient(h, 1, 3).stream().map(Reward::status).toList());
            h.execute("INSERT INTO referral_reward (salon_id, link_id, client_id, kind, earned_visit_id, created_at) "
                    + "VALUES (1, 9, 3, 'discount', 30, ?)", AT.toEpochMilli());
            assertEquals(4, RewardStore.ofClient(h, 1, 3).get(3).id(), "ids go on after the rebuild");
        });
    }

    private static void run(Handle h, String script) {
        String sql;
        try (InputStream in = RewardMigrationTest.class.getResourceAsStream("/db/referral/" + script)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder code = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.trim().startsWith("--")) {
                code.append(line).append('\n');
            }
        }
        for (String statement : code.toString().split(";\\s*\n")) {
            if (!statement.isBlank()) {
                h.execute(statement);
            }
        }
    }
}
