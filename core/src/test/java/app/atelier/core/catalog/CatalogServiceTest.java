package app.atelier.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.atelier.core.common.FieldError;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Database db;
    CatalogService catalog;
    long salonA;
    long salonB;

    @BeforeEach
    void setUp() {
        db = Database.open(dir);
        catalog = new CatalogService(db, CLOCK);
        salonA = salon("a");
        salonB = salon("b");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void servicesCrud() {
        ServiceItem cut = catalog.createService(salonA, new ServiceInput(" Стрижка ", "Волосы", 60, 150_000L, null));
        assertEquals(new ServiceItem(cut.id(), "Стрижка", "Волосы", 60, 150_000, true), cut);
        ServiceItem mani = catalog.createService(salonA, new ServiceInput("Маникюр", "Ногти", 90, 200_000L, true));
        ServiceItem color = catalog.createService(salonA, new ServiceInput("Окрашивание", "Волосы", 180, 0L, null));
        assertEquals(List.of(color, cut, mani), catalog.listServices(salonA, false));

        ServiceItem longer = catalog.updateService(salonA, cut.id(), new ServiceInput(null, null, 75, null, null));
        assertEquals(new ServiceItem(cut.id(), "Стрижка", "Волосы", 75, 150_000, true), longer);
        assertEquals(longer, catalog.getService(salonA, cut.id()));

        assertFalse(catalog.deactivateService(salonA, color.id()).active());
        assertEquals(List.of(longer, mani), catalog.listServices(salonA, false));
        assertEquals(3, catalog.listServices(salonA, true).size());
        assertFalse(catalog.getService(salonA, color.id()).active());
    }

    @Test
    void serviceValidationNamesEveryFieldAndWritesNothing() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> catalog.createService(salonA, new ServiceInput("", null, 4, -1L, null)));
        assertEquals(List.of("name", "category", "durationMinutes", "price"), fields(e));
        e = assertThrows(InvalidInputException.class,
                () -> catalog.createService(salonA, new ServiceInput("x".repeat(201), "c", 1441, CatalogService.MAX_PRICE + 1, null)));
        assertEquals(List.of("name", "durationMinutes", "price"), fields(e));
        e = assertThrows(InvalidInputException.class, () -> catalog.createService(salonA, null));
        assertEquals(List.of("name", "category", "durationMinutes", "price"), fields(e));
        assertEquals(0, count("service"));

        ServiceItem cut = catalog.createService(salonA, new ServiceInput("Стрижка", "Волосы", 5, 0L, null));
        assertEquals(1440, catalog.updateService(salonA, cut.id(), new ServiceInput(null, null, 1440, null, null)).durationMinutes());
        e = assertThrows(InvalidInputException.class,
                () -> catalog.updateService(salonA, cut.id(), new ServiceInput("Новое", " ", null, -5L, null)));
        assertEquals(List.of("category", "price"), fields(e));
        assertEquals("Стрижка", catalog.getService(salonA, cut.id()).name());
    }

    @Test
    void productsCrudAndValidation() {
        Product oil = catalog.createProduct(salonA, new ProductInput("Масло для кутикулы", 45_000L, null));
        Product shampoo = catalog.createProduct(salonA, new ProductInput("Шампунь", 120_000L, null));
        assertEquals(List.of(oil, shampoo), catalog.listProducts(salonA, false));
        assertEquals(99_000, catalog.updateProduct(salonA, shampoo.id(), new ProductInput(null, 99_000L, null)).price());
        assertFalse(catalog.deactivateProduct(salonA, oil.id()).active());
        assertEquals(List.of(shampoo.id()), catalog.listProducts(salonA, false).stream().map(Product::id).toList());
        assertEquals(2, catalog.listProducts(salonA, true).size());

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> catalog.createProduct(salonA, new ProductInput(null, null, null)));
        assertEquals(List.of("name", "price"), fields(e));
        assertThrows(InvalidInputException.class, () -> catalog.updateProduct(salonA, oil.id(), new ProductInput(" ", null, null)));
        assertEquals(2, count("product"));
    }

    @Test
    void byIdsUsesOneQueryAndSeesOnlyTheSalonsRows() {
        ServiceItem a1 = catalog.createService(salonA, new ServiceInput("A1", "c", 30, 100L, null));
        ServiceItem a2 = catalog.createService(salonA, new ServiceInput("A2", "c", 30, 100L, false));
        ServiceItem b1 = catalog.createService(salonB, new ServiceInput("B1", "c", 30, 100L, null));
        Product pa = catalog.createProduct(salonA, new ProductInput("PA", 10L, null));
        Product pb = catalog.createProduct(salonB, new ProductInput("PB", 10L, null));

        AtomicInteger statements = new AtomicInteger();
        List<ServiceItem> found = db.writer().withHandle(h -> {
            h.getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
                @Override
                public void logAfterExecution(StatementContext context) {
                    statements.incrementAndGet();
                }
            });
            return catalog.servicesByIds(h, salonA, Arrays.asList(a2.id(), b1.id(), a1.id(), a1.id(), 9999L, null));
        });
        assertEquals(1, statements.get());
        assertEquals(List.of(a1, a2), found);
        assertEquals(List.of(pa), catalog.productsByIds(salonA, List.of(pa.id(), pb.id())));
        assertEquals(List.of(), catalog.servicesByIds(salonA, List.of()));
    }

    @Test
    void anotherSalonsRowsAreNotFound() {
        ServiceItem cut = catalog.createService(salonA, new ServiceInput("Стрижка", "Волосы", 60, 150_000L, null));
        Product oil = catalog.createProduct(salonA, new ProductInput("Масло", 45_000L, null));
        assertThrows(NotFoundException.class, () -> catalog.getService(salonB, cut.id()));
        assertThrows(NotFoundException.class, () -> catalog.updateService(salonB, cut.id(), new ServiceInput(null, null, null, 1L, null)));
        assertThrows(NotFoundException.class, () -> catalog.updateService(salonB, cut.id(), new ServiceInput(null, null, null, null, null)));
        assertThrows(NotFoundException.class, () -> catalog.deactivateService(salonB, cut.id()));
        assertThrows(NotFoundException.class, () -> catalog.getProduct(salonB, oil.id()));
        assertThrows(NotFoundException.class, () -> catalog.updateProduct(salonB, oil.id(), new ProductInput("x", null, null)));
        assertThrows(NotFoundException.class, () -> catalog.deactivateProduct(salonB, oil.id()));
        assertEquals(List.of(), catalog.listServices(salonB, true));
        assertEquals(List.of(), catalog.listProducts(salonB, true));
        assertEquals(cut, catalog.getService(salonA, cut.id()));
        assertEquals(oil, catalog.getProduct(salonA, oil.id()));
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    private int count(String table) {
        return db.read(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    private long salon(String slug) {
        return db.write(h -> {
            h.execute("INSERT OR IGNORE INTO tariff (name, created_at) VALUES ('basic', 0)");
            return h.createUpdate("""
                            INSERT INTO salon (slug, name, timezone, currency, country, locale, tariff_id, created_at)
                            VALUES (:slug, :slug, 'Europe/Moscow', 'RUB', 'RU', 'ru', (SELECT id FROM tariff), 0)""")
                    .bind("slug", slug).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }
}
