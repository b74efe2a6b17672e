package app.atelier.core.notify;

import app.atelier.api.notify.NotificationChannel;
import app.atelier.core.auth.PasswordHasher;
import app.atelier.core.auth.UserService;
import app.atelier.core.common.Json;
import app.atelier.core.db.Database;
import app.atelier.core.plugins.ActiveExtensions;
import app.atelier.core.salons.SalonService;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** A real migrated SQLite database in a temporary folder, with salons and clients made by plain SQL. */
final class NotifyFixture implements AutoCloseable {
    static final Instant START = Instant.parse("2025-03-01T10:00:00Z");
    static final ActiveExtensions NO_PLUGINS = new ActiveExtensions() {
        @Override
        public <T> List<Contributed<T>> of(long salonId, Class<T> type) {
            return List.of();
        }
    };

    final MutableClock clock = new MutableClock(START);
    final Json json = new Json();
    final Database db;
    final SalonService salons;

    NotifyFixture(Path dir) {
        this.db = Database.open(dir);
        this.salons = new SalonService(db, clock, new UserService(new PasswordHasher(), clock));
    }

    NotificationService service(ActiveExtensions extensions, NotificationChannel... builtIns) {
        return service(db, extensions, builtIns);
    }

    /** A service over another connection pool: what a second app node on the same database has. */
    NotificationService service(Database database, ActiveExtensions extensions, NotificationChannel... builtIns) {
        SalonService nodeSalons = new SalonService(database, clock, new UserService(new PasswordHasher(), clock));
        return new NotificationService(database, json, clock, nodeSalons, extensions, List.of(builtIns));
    }

    long salon(String slug) {
        return db.write(h -> {
            h.execute("INSERT INTO tariff (name, created_at) VALUES ('basic', 0) ON CONFLICT (name) DO NOTHING");
            long tariff = h.createQuery("SELECT id FROM tariff WHERE name = 'basic'").mapTo(Long.class).one();
            return h.createUpdate("""
                            INSERT INTO salon (slug, name, timezone, currency, country, locale, tariff_id, created_at)
                            VALUES (:slug, :name, 'Europe/Moscow', 'RUB', 'RU', 'ru', :tariff, 0)""")
                    .bind("slug", slug).bind("name", "Salon " + slug).bind("tariff", tariff)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }

    long client(long salonId, String name) {
        return db.write(h -> h.createUpdate("""
                        INSERT INTO client (salon_id, name, created_at, updated_at) VALUES (:s, :n, 0, 0)""")
                .bind("s", salonId).bind("n", name).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public void close() {
        db.close();
    }
}
