package app.atelier.plugins.reminders.web;

import app.atelier.plugins.reminders.plan.PlanRow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plan row as the API shows it: instants in UTC plus the due time on the salon's clock. */
final class Rows {
    private Rows() {
    }

    static Map<String, Object> json(PlanRow r, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("kind", r.kind().key());
        m.put("slot", r.slot());
        m.put("clientId", r.clientId());
        m.put("visitId", r.visitId());
        m.put("visitStart", text(r.visitStart()));
        m.put("dueAt", text(r.dueAt()));
        m.put("dueLocal", r.dueAt().atZone(zone).toLocalDateTime().toString());
        m.put("expiresAt", text(r.expiresAt()));
        m.put("status", r.status());
        m.put("reason", r.reason());
        m.put("channel", r.channel());
        m.put("messageId", r.messageId());
        m.put("dedupKey", r.dedupKey());
        m.put("createdAt", text(r.createdAt()));
        m.put("updatedAt", text(r.updatedAt()));
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
