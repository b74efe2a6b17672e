package app.atelier.plugins.bonus.testing;

import app.atelier.api.PluginContext;
import app.atelier.api.Salon;
import app.atelier.api.data.ClientStats;
import app.atelier.api.data.ClientView;
import app.atelier.api.data.SalonActions;
import app.atelier.api.data.ProductView;
import app.atelier.api.data.SalonData;
import app.atelier.api.data.ServiceView;
import app.atelier.api.data.StaffView;
import app.atelier.api.data.VisitView;
import app.atelier.api.notify.Notifications;
import app.atelier.api.settings.SettingField;
import app.atelier.api.settings.SettingsValues;
import app.atelier.plugins.bonus.BonusSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.jdbi.v3.core.Jdbi;

/** A host for unit tests: a real SQLite database with the plugin's tables, one salon, clients and spend figures set by hand. */
public final class FakeContext implements PluginContext {
    public static final Salon SALON = new Salon(1, "test", "Test salon", ZoneId.of("Europe/Moscow"), "RUB", "RU", Locale.ENGLISH);

    public final TestDb db = TestDb.create();
    public final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
    public final Map<String, String> settings = new HashMap<>();
    public final Map<Long, ClientView> clients = new HashMap<>();
    public final Map<Long, Long> totalPaid = new HashMap<>();

    public FakeContext() {
        for (SettingField f : BonusSettings.SCHEMA.fields()) {
            settings.put(f.key(), f.defaultValue());
        }
    }

    public FakeContext client(long id, LocalDate birthday) {
        clients.put(id, new ClientView(id, SALON.id(), "Client " + id, null, null, birthday, null, List.of(), true));
        return this;
    }

    @Override
    public String pluginId() {
        return "bonus";
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Jdbi database() {
        return db.jdbi;
    }

    @Override
    public SalonData salonData() {
        return new SalonData() {
            @Override
            public Optional<Salon> salon(long salonId) {
                return salonId == SALON.id() ? Optional.of(SALON) : Optional.empty();
            }

            @Override
            public java.util.List<app.atelier.api.pricing.BillLine> visitLines(long salonId, long visitId) {
                return java.util.List.of();
            }

            @Override
            public java.util.List<ClientView> clients(long salonId, int offset, int limit) {
                return salonId == SALON.id()
                        ? clients.values().stream().skip(offset).limit(limit).toList() : java.util.List.of();
            }

            @Override
            public Optional<ClientView> client(long salonId, long clientId) {
                return salonId == SALON.id() ? Optional.ofNullable(clients.get(clientId)) : Optional.empty();
            }

            @Override
            public Optional<ClientView> clientByPhone(long salonId, String phone) {
                return Optional.empty();
            }

            @Override
            public ClientStats clientStats(long salonId, long clientId) {
                return new ClientStats(totalPaid.getOrDefault(clientId, 0L), 0, null, null, null);
            }

            @Override
            public Optional<VisitView> visit(long salonId, long visitId) {
                return Optional.empty();
            }

            @Override
            public List<VisitView> visits(long salonId, Instant from, Instant to, Long staffId, Long clientId) {
                return List.of();
            }

            @Override
            public List<StaffView> staff(long salonId) {
                return List.of();
            }

            @Override
            public List<ServiceView> services(long salonId) {
                return List.of();
            }

            @Override
            public List<ProductView> products(long salonId) {
                return List.of();
            }
        };
    }

    // the bonus plugin never changes core data: a call here would be a bug in the plugin
    @Override
    public SalonActions salonActions() {
        throw new IllegalStateException("the bonus plugin must not change core data");
    }

    @Override
    public SettingsValues settings(long salonId) {
        return new SettingsValues(settings);
    }

    // as the host does: the plugin's own bundle, no fallback to the JVM's locale
    @Override
    public ResourceBundle messages(Locale locale) {
        return bundle(locale);
    }

    /** The plugin's {@code i18n/bonus} bundle in a language. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n/bonus", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Messages the plugin queued, in order; the id answered is the position. */
    public final List<app.atelier.api.notify.OutgoingMessage> queued = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public Notifications notifications() {
        return message -> {
            queued.add(message);
            return queued.size();
        };
    }

    @Override
    public <T> List<T> extensions(long salonId, Class<T> type) {
        return List.of();
    }
}
