package app.atelier.core.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The salon's masters by id, for the names in reports (one small query instead of a join per row). */
record Masters(Map<Long, Master> byId) {

    record Master(long id, String name, boolean active) {
    }

    static Masters load(Handle h, long salonId) {
        Map<Long, Master> byId = new LinkedHashMap<>();
        h.createQuery("SELECT id, name, active FROM staff WHERE salon_id = :s ORDER BY name, id").bind("s", salonId)
                .map((rs, ctx) -> new Master(rs.getLong(1), rs.getString(2), rs.getInt(3) != 0))
                .forEach(m -> byId.put(m.id(), m));
        return new Masters(byId);
    }

    String name(long id) {
        Master m = byId.get(id);
        return m == null ? null : m.name();
    }
}
