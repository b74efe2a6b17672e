package app.atelier.core.salons;

import app.atelier.api.Salon;
import app.atelier.core.auth.Role;
import app.atelier.core.auth.UserService;
import app.atelier.core.common.ConflictException;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.common.Validator;
import app.atelier.core.db.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Salons: onboarding by the operator and cached lookups by id and slug. */
public final class SalonService {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    private static final Set<String> COUNTRIES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));
    private static final Set<String> LANGUAGES = Set.copyOf(Arrays.asList(Locale.getISOLanguages()));

    private final Database db;
    private final Clock clock;
    private final UserService users;
    // salons change only through this service, so the cache stays exact
    private final Map<Long, Salon> byId = new ConcurrentHashMap<>();

    public SalonService(Database db, Clock clock, UserService users) {
        this.db = db;
        this.clock = clock;
        this.users = users;
    }

    /** Creates the salon and its owner in one transaction. */
    public Salon create(NewSalon s) {
        Validator v = new Validator();
        v.require(s.slug() != null && SLUG.matcher(s.slug()).matches(), "slug",
                "must be 2-40 lower-case letters, digits or dashes");
        v.text(s.name(), "name", Validator.MAX_TEXT);
        v.require(validZone(s.timezone()), "timezone", "must be an IANA time zone such as Europe/Moscow");
        v.require(validCurrency(s.currency()), "currency", "must be an ISO 4217 code such as RUB");
        v.require(s.country() != null && COUNTRIES.contains(s.country()), "country", "must be an ISO 3166 code such as RU");
        v.require(s.locale() != null && LANGUAGES.contains(Locale.forLanguageTag(s.locale()).getLanguage())
                && s.locale().length() <= 20, "locale", "must be a language tag such as ru or en");
        v.text(s.tariff(), "tariff", Validator.MAX_TEXT);
        UserService.validate(v, "owner.", s.ownerEmail(), s.ownerPassword());
        v.check();
        long id = db.write(h -> {
            Long tariffId = h.createQuery("SELECT id FROM tariff WHERE name = :n").bind("n", s.tariff())
                    .mapTo(Long.class).findOne().orElseThrow(() -> app.atelier.core.common.InvalidInputException.of(
                            "tariff", "no tariff named " + s.tariff()));
            if (h.createQuery("SELECT count(*) FROM salon WHERE slug = :s").bind("s", s.slug()).mapTo(Integer.class).one() > 0) {
                throw new ConflictException("slug_taken", "a salon with slug " + s.slug() + " already exists");
            }
            long salonId = h.createUpdate("""
                            INSERT INTO salon (slug, name, timezone, currency, country, locale, tariff_id, created_at)
                            VALUES (:slug, :name, :tz, :cur, :country, :locale, :tariff, :now)""")
                    .bind("slug", s.slug()).bind("name", s.name()).bind("tz", s.timezone()).bind("cur", s.currency())
                    .bind("country", s.country()).bind("locale", s.locale()).bind("tariff", tariffId)
                    .bind("now", clock.millis())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            users.create(h, s.ownerEmail(), s.ownerPassword(), Role.OWNER, salonId, null);
            return salonId;
        });
        return get(id);
    }

    /** Moves a salon to another tariff. */
    public Salon changeTariff(long salonId, String tariff) {
        db.write(h -> {
            Long tariffId = h.createQuery("SELECT id FROM tariff WHERE name = :n").bind("n", tariff)
                    .mapTo(Long.class).findOne().orElseThrow(() -> app.atelier.core.common.InvalidInputException.of(
                            "tariff", "no tariff named " + tariff));
            return h.execute("UPDATE salon SET tariff_id = ? WHERE id = ?", tariffId, salonId);
        });
        byId.remove(salonId);
        return get(salonId);
    }

    public Salon get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("salon"));
    }

    public Optional<Salon> find(long id) {
        Salon cached = byId.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Salon> salon = db.read(h -> h.createQuery("SELECT * FROM salon WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne());
        salon.ifPresent(x -> byId.put(id, x));
        return salon;
    }

    public Optional<Salon> bySlug(String slug) {
        return byId.values().stream().filter(s -> s.slug().equals(slug)).findFirst()
                .or(() -> db.read(h -> h.createQuery("SELECT id FROM salon WHERE slug = :s").bind("s", slug)
                        .mapTo(Long.class).findOne()).flatMap(this::find));
    }

    /** Every salon with its tariff name. */
    public List<Map.Entry<Salon, String>> list() {
        return db.read(h -> h.createQuery("SELECT s.*, t.name AS tariff FROM salon s JOIN tariff t ON t.id = s.tariff_id ORDER BY s.id")
                .map((rs, ctx) -> Map.entry(map(rs), rs.getString("tariff"))).list());
    }

    /** Every salon with its tariff, owner and creation time, for the operator's list. */
    public List<SalonSummary> summaries() {
        return db.read(h -> h.createQuery("""
                        SELECT s.*, t.name AS tariff,
                               (SELECT min(u.email) FROM app_user u WHERE u.salon_id = s.id AND u.role = 'owner') AS owner_email
                        FROM salon s JOIN tariff t ON t.id = s.tariff_id ORDER BY s.id""")
                .map((rs, ctx) -> new SalonSummary(map(rs), rs.getString("tariff"), rs.getString("owner_email"),
                        java.time.Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list());
    }

    public String tariffOf(long salonId) {
        return db.read(h -> h.createQuery("SELECT t.name FROM salon s JOIN tariff t ON t.id = s.tariff_id WHERE s.id = :id")
                .bind("id", salonId).mapTo(String.class).findOne()).orElseThrow(() -> new NotFoundException("salon"));
    }

    private static Salon map(ResultSet rs) throws SQLException {
        return new Salon(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), ZoneId.of(rs.getString("timezone")),
                rs.getString("currency"), rs.getString("country"), Locale.forLanguageTag(rs.getString("locale")));
    }

    private static boolean validZone(String zone) {
        if (zone == null || zone.length() > 60 || !zone.contains("/") && !zone.equals("UTC")) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean validCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
