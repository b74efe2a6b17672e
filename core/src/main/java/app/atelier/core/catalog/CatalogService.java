package app.atelier.core.catalog;

import app.atelier.core.common.NotFoundException;
import app.atelier.core.common.Validator;
import app.atelier.core.db.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * The salon's price list: services (work, booked into visits) and products (retail goods).
 * Nothing is ever deleted: visits and bills keep naming what was sold, so delete deactivates.
 */
public final class CatalogService {
    public static final int MIN_DURATION = 5;
    public static final int MAX_DURATION = 1440;
    /** 100 million in a two-decimal currency: far above any salon price, far below overflow when summed. */
    public static final long MAX_PRICE = 10_000_000_000L;

    private final Database db;
    private final Clock clock;

    public CatalogService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    // ---- services ----

    public ServiceItem createService(long salonId, ServiceInput in) {
        Map<String, Object> columns = serviceColumns(in, true);
        return getService(salonId, insert("service", salonId, columns));
    }

    public ServiceItem getService(long salonId, long serviceId) {
        return servicesByIds(salonId, List.of(serviceId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("service"));
    }

    /** Services sorted by category and name; inactive ones only when asked for. */
    public List<ServiceItem> listServices(long salonId, boolean includeInactive) {
        return db.read(h -> h.createQuery("SELECT * FROM service WHERE salon_id = :s AND (active = 1 OR :all)"
                        + " ORDER BY category, name, id")
                .bind("s", salonId).bind("all", includeInactive).map((rs, ctx) -> service(rs)).list());
    }

    /** Changes the fields given; {@code null} keeps the stored value. */
    public ServiceItem updateService(long salonId, long serviceId, ServiceInput in) {
        update("service", salonId, serviceId, serviceColumns(in, false), "service");
        return getService(salonId, serviceId);
    }

    /** What DELETE means for a service: no longer offered, still named by past visits. */
    public ServiceItem deactivateService(long salonId, long serviceId) {
        update("service", salonId, serviceId, Map.of("active", 0), "service");
        return getService(salonId, serviceId);
    }

    /**
     * The salon's services among {@code ids}, active or not, in one query; ids of missing or other
     * salons' services are simply absent, so the caller compares sizes to find unknown ids.
     */
    public List<ServiceItem> servicesByIds(long salonId, Collection<Long> ids) {
        return db.read(h -> servicesByIds(h, salonId, ids));
    }

    /** As {@link #servicesByIds(long, Collection)}, on the caller's handle (e.g. the booking transaction). */
    public List<ServiceItem> servicesByIds(Handle h, long salonId, Collection<Long> ids) {
        Set<Long> unique = unique(ids);
        if (unique.isEmpty()) {
            return List.of();
        }
        return h.createQuery("SELECT * FROM service WHERE salon_id = :s AND id IN (<ids>) ORDER BY id")
                .bind("s", salonId).bindList("ids", List.copyOf(unique)).map((rs, ctx) -> service(rs)).list();
    }

    // ---- products ----

    public Product createProduct(long salonId, ProductInput in) {
        Map<String, Object> columns = productColumns(in, true);
        return getProduct(salonId, insert("product", salonId, columns));
    }

    public Product getProduct(long salonId, long productId) {
        return productsByIds(salonId, List.of(productId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("product"));
    }

    /** Products sorted by name; inactive ones only when asked for. */
    public List<Product> listProducts(long salonId, boolean includeInactive) {
        return db.read(h -> h.createQuery("SELECT * FROM product WHERE salon_id = :s AND (active = 1 OR :all)"
                        + " ORDER BY name, id")
                .bind("s", salonId).bind("all", includeInactive).map((rs, ctx) -> product(rs)).list());
    }

    /** Changes the fields given; {@code null} keeps the stored value. */
    public Product updateProduct(long salonId, long productId, ProductInput in) {
        update("product", salonId, productId, productColumns(in, false), "product");
        return getProduct(salonId, productId);
    }

    /** What DELETE means for a product: no longer sold, still named by past bills. */
    public Product deactivateProduct(long salonId, long productId) {
        update("product", salonId, productId, Map.of("active", 0), "product");
        return getProduct(salonId, productId);
    }

    /** The salon's products among {@code ids}, active or not, in one query. */
    public List<Product> productsByIds(long salonId, Collection<Long> ids) {
        return db.read(h -> productsByIds(h, salonId, ids));
    }

    /** As {@link #productsByIds(long, Collection)}, on the caller's handle. */
    public List<Product> productsByIds(Handle h, long salonId, Collection<Long> ids) {
        Set<Long> unique = unique(ids);
        if (unique.isEmpty()) {
            return List.of();
        }
        return h.createQuery("SELECT * FROM product WHERE salon_id = :s AND id IN (<ids>) ORDER BY id")
                .bind("s", salonId).bindList("ids", List.copyOf(unique)).map((rs, ctx) -> product(rs)).list();
    }

    // ---- shared ----

    private static Map<String, Object> serviceColumns(ServiceInput input, boolean create) {
        ServiceInput in = input == null ? new ServiceInput(null, null, null, null, null) : input;
        Validator v = new Validator();
        Map<String, Object> columns = new LinkedHashMap<>();
        text(v, columns, "name", in.name(), create);
        text(v, columns, "category", in.category(), create);
        if (create || in.durationMinutes() != null) {
            v.require(in.durationMinutes() != null && in.durationMinutes() >= MIN_DURATION
                    && in.durationMinutes() <= MAX_DURATION, "durationMinutes",
                    "must be " + MIN_DURATION + " to " + MAX_DURATION + " minutes");
            columns.put("duration_minutes", in.durationMinutes());
        }
        price(v, columns, in.price(), create);
        if (in.active() != null) {
            columns.put("active", in.active() ? 1 : 0);
        }
        v.check();
        return columns;
    }

    private static Map<String, Object> productColumns(ProductInput input, boolean create) {
        ProductInput in = input == null ? new ProductInput(null, null, null) : input;
        Validator v = new Validator();
        Map<String, Object> columns = new LinkedHashMap<>();
        text(v, columns, "name", in.name(), create);
        price(v, columns, in.price(), create);
        if (in.active() != null) {
            columns.put("active", in.active() ? 1 : 0);
        }
        v.check();
        return columns;
    }

    private static void text(Validator v, Map<String, Object> columns, String field, String value, boolean create) {
        if (create || value != null) {
            v.text(value, field, Validator.MAX_TEXT);
            columns.put(field, value == null ? null : value.strip());
        }
    }

    private static void price(Validator v, Map<String, Object> columns, Long price, boolean create) {
        if (create || price != null) {
            v.require(price != null && price >= 0 && price <= MAX_PRICE, "price",
                    "must be 0 to " + MAX_PRICE + " minor units (a whole number: 150000 is 1500.00)");
            columns.put("price", price);
        }
    }

    private long insert(String table, long salonId, Map<String, Object> values) {
        Map<String, Object> columns = new LinkedHashMap<>(values);
        columns.put("salon_id", salonId);
        columns.put("created_at", clock.millis());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns.keySet()) + ") VALUES (:"
                + String.join(", :", columns.keySet()) + ")";
        return db.write(h -> h.createUpdate(sql).bindMap(columns).executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class).one());
    }

    /** One UPDATE scoped by salon; no row updated means the row is not the salon's. */
    private void update(String table, long salonId, long id, Map<String, Object> columns, String what) {
        if (columns.isEmpty()) {
            // nothing to change, but an unknown id must still be reported
            boolean exists = db.read(h -> h.createQuery("SELECT count(*) FROM " + table + " WHERE id = :id AND salon_id = :s")
                    .bind("id", id).bind("s", salonId).mapTo(Integer.class).one() > 0);
            if (!exists) {
                throw new NotFoundException(what);
            }
            return;
        }
        StringBuilder set = new StringBuilder();
        for (String column : columns.keySet()) {
            set.append(set.isEmpty() ? "" : ", ").append(column).append(" = :").append(column);
        }
        int changed = db.write(h -> h.createUpdate("UPDATE " + table + " SET " + set
                        + " WHERE id = :row_id AND salon_id = :row_salon")
                .bindMap(columns).bind("row_id", id).bind("row_salon", salonId).execute());
        if (changed == 0) {
            throw new NotFoundException(what);
        }
    }

    private static Set<Long> unique(Collection<Long> ids) {
        TreeSet<Long> unique = new TreeSet<>();
        if (ids != null) {
            ids.stream().filter(Objects::nonNull).forEach(unique::add);
        }
        return unique;
    }

    private static ServiceItem service(ResultSet rs) throws SQLException {
        return new ServiceItem(rs.getLong("id"), rs.getString("name"), rs.getString("category"),
                rs.getInt("duration_minutes"), rs.getLong("price"), rs.getInt("active") != 0);
    }

    private static Product product(ResultSet rs) throws SQLException {
        return new Product(rs.getLong("id"), rs.getString("name"), rs.getLong("price"), rs.getInt("active") != 0);
    }
}
