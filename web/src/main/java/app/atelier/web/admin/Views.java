package app.atelier.web.admin;

import app.atelier.core.AtelierCore;
import app.atelier.core.clients.Client;
import app.atelier.core.staff.StaffMember;
import app.atelier.core.visits.Visit;
import app.atelier.core.visits.VisitItem;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Visits as templates show them: times in the salon's zone, client and master names. Names are
 * looked up once per request: {@link #prefetch} loads a list's clients in one query.
 */
public final class Views {
    private final AtelierCore core;
    private final Page page;
    private final Map<Long, String> clients = new HashMap<>();
    private Map<Long, String> staff;

    public Views(AtelierCore core, Page page) {
        this.core = core;
        this.page = page;
    }

    public Map<String, Object> visit(Visit v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("visit", v);
        m.put("start", page.fmt().time(v.start()));
        m.put("end", page.fmt().time(v.end()));
        m.put("date", page.fmt().dateOf(v.start()));
        m.put("isoDate", page.fmt().isoDate(v.start()));
        m.put("status", v.status());
        m.put("statusLabel", page.t().getOrDefault("status_" + v.status().replace('-', '_'), v.status()));
        m.put("clientId", v.clientId());
        m.put("client", clientName(v.clientId()));
        m.put("staff", staffName(v.staffId()));
        m.put("services", v.items().stream().map(VisitItem::name).collect(Collectors.joining(", ")));
        m.put("amount", page.fmt().money(v.items().stream().mapToLong(VisitItem::amount).sum()));
        return m;
    }

    /** Loads the names of the visits' clients in one query, so that mapping the list costs no more. */
    public Views prefetch(java.util.Collection<Visit> visits) {
        List<Long> missing = visits.stream().map(Visit::clientId).filter(id -> !clients.containsKey(id)).distinct().toList();
        clients.putAll(core.clients().names(page.salonId(), missing));
        return this;
    }

    public String clientName(long clientId) {
        return clients.computeIfAbsent(clientId, id -> core.clients().find(page.salonId(), id).map(Client::name).orElse("—"));
    }

    public String staffName(long staffId) {
        if (staff == null) {
            staff = new HashMap<>();
            for (StaffMember s : core.staff().list(page.salonId(), true)) {
                staff.put(s.id(), s.name());
            }
        }
        return staff.getOrDefault(staffId, "—");
    }
}
