package app.atelier.core.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.atelier.api.data.ClientView;
import app.atelier.core.auth.PasswordHasher;
import app.atelier.core.auth.UserService;
import app.atelier.core.common.FieldError;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.Json;
import app.atelier.core.db.Database;
import app.atelier.core.events.Outbox;
import app.atelier.core.salons.SalonService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientServiceTest {
    // 22:30 UTC is already tomorrow in Moscow: birthdays must be judged by the salon's date
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T22:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Database db;
    ClientService clients;
    long salonA;
    long salonB;

    @BeforeEach
    void setUp() {
        db = Database.open(dir);
        SalonService salons = new SalonService(db, CLOCK, new UserService(new PasswordHasher(), CLOCK));
        clients = new ClientService(db, CLOCK, new Outbox(new Json(), CLOCK), salons);
        salonA = TestSalons.insert(db, "a", "RU", "Europe/Moscow");
        salonB = TestSalons.insert(db, "b", "RU", "Europe/Moscow");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void normalizesPhonesWithTheSalonCountryAsDefault() {
        assertEquals("+79123456789", clients.create(salonA, ClientInput.named("Анна").withPhone("8 (912) 345-67-89")).phone());
        assertEquals("+79123456789", clients.create(salonA, ClientInput.named("Анна").withPhone("912 345 67 89")).phone());
        assertEquals("+16502530000", clients.create(salonA, ClientInput.named("Jo").withPhone("+1 650-253-0000")).phone());
    }

    @Test
    void anEmptyPatchChangesNothingNotEvenTheUpdateTime() {
        long id = clients.create(salonA, ClientInput.named("Анна")).id();
        long created = updatedAt(id);
        // an hour later, so that a write would show in updated_at
        Clock later = Clock.offset(CLOCK, java.time.Duration.ofHours(1));
        ClientService anHourLater = new ClientService(db, later, new Outbox(new Json(), later),
                new SalonService(db, later, new UserService(new PasswordHasher(), later)));
        ClientInput nothing = new ClientInput(null, null, null, null, null, null, null, null);
        assertEquals("Анна", anHourLater.patch(salonA, id, nothing).name());
        assertEquals(created, updatedAt(id), "an empty patch writes nothing");
        anHourLater.patch(salonA, id, ClientInput.named("Анна Мария"));
        assertEquals(created + 3_600_000, updatedAt(id), "a real change does move it");
        assertThrows(app.atelier.core.common.NotFoundException.class, () -> clients.patch(salonB, id, nothing),
                "another salon's client is still not found");
    }

    private long updatedAt(long clientId) {
        return db.read(h -> h.createQuery("SELECT updated_at FROM client WHERE id = :id").bind("id", clientId).mapTo(Long.class).one());
    }

    @Test
    void invalidPhoneIsAFieldErrorAndWritesNothing() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> clients.create(salonA, ClientInput.named("Анна").withPhone("12345")));
        assertEquals(List.of("phone"), fields(e));
        assertEquals(0, TestSalons.count(db, "client"));
        assertEquals(0, TestSalons.count(db, "outbox_event"));
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        List<String> tooMany = Collections.nCopies(21, "vip");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> clients.create(salonA,
                new ClientInput(" ", "abc", "not-an-email", "2026-03-12", "x".repeat(201), tooMany, "n".repeat(5001), true)));
        assertEquals(List.of("name", "phone", "email", "birthday", "source", "notes", "tags"), fields(e));

        e = assertThrows(InvalidInputException.class, () -> clients.create(salonA,
                ClientInput.named("x".repeat(201)).withBirthday("31.05.1990").withTags(List.of("ok", " ", "t".repeat(51)))));
        assertEquals(List.of("name", "birthday", "tags[1]", "tags[2]"), fields(e));
        assertEquals(0, TestSalons.count(db, "client"));
    }

    @Test
    void birthdayIsJudgedByTheSalonsToday() {
        // 2026-03-11 is tomorrow in UTC but today in Moscow
        assertEquals(LocalDate.of(2026, 3, 11),
                clients.create(salonA, ClientInput.named("Вера").withBirthday("2026-03-11")).birthday());
        assertThrows(InvalidInputException.class,
                () -> clients.create(salonA, ClientInput.named("Вера").withBirthday("2026-03-12")));
    }

    @Test
    void createStoresEverythingAndPublishesClientCreated() {
        Client c = clients.create(salonA, new ClientInput("  Анна   Петрова ", "+79123456789", " Anna@Mail.RU ",
                "1990-05-31", "Instagram", List.of("vip", "blonde", "vip"), "likes tea", true));
        assertEquals(new Client(c.id(), "Анна Петрова", "+79123456789", "anna@mail.ru", LocalDate.of(1990, 5, 31),
                "Instagram", List.of("blonde", "vip"), "likes tea", true, CLOCK.instant()), c);
        assertEquals(c, clients.get(salonA, c.id()));
        Map<String, Object> event = db.read(h -> h.createQuery("SELECT * FROM outbox_event").mapToMap().one());
        assertEquals("client.created", event.get("type"));
        assertEquals(c.id(), ((Number) event.get("subject_id")).longValue());
        assertEquals(salonA, ((Number) event.get("salon_id")).longValue());
    }

    @Test
    void searchesByNamePartPhoneDigitsAndEmail() {
        long anna = clients.create(salonA, ClientInput.named("Анна Петрова").withPhone("+79123456789")).id();
        long nastya = clients.create(salonA, ClientInput.named("анастасия").withEmail("nastya@gmail.com")).id();
        long semyon = clients.create(salonA, ClientInput.named("Семён Ли").withPhone("+79990001122")).id();
        long boris = clients.create(salonA, ClientInput.named("Boris_100%").withEmail("boris@yandex.ru")).id();

        assertEquals(List.of(anna), ids(clients.search(salonA, "АННА", 50, 0)));
        assertEquals(List.of(nastya, anna), ids(clients.search(salonA, "ан", 50, 0)));
        assertEquals(List.of(semyon), ids(clients.search(salonA, "семен", 50, 0)));
        assertEquals(List.of(anna), ids(clients.search(salonA, "345-67", 50, 0)));
        assertEquals(List.of(anna), ids(clients.search(salonA, "8 (912) 345-67-89", 50, 0)));
        // the start of a number as dialled in Russia, with the trunk prefix 8 instead of +7
        assertEquals(List.of(anna), ids(clients.search(salonA, "8 912 345", 50, 0)));
        assertEquals(List.of(anna), ids(clients.search(salonA, "8912345", 50, 0)));
        assertEquals(List.of(nastya), ids(clients.search(salonA, "GMAIL", 50, 0)));
        assertEquals(List.of(boris), ids(clients.search(salonA, "_100%", 50, 0)));
        // LIKE wildcards in q are literal: "%" finds only the name that contains one
        assertEquals(List.of(boris), ids(clients.search(salonA, "%", 50, 0)));
        assertEquals(List.of(), ids(clients.search(salonA, "bori__100", 50, 0)));
        assertEquals(4, clients.search(salonA, " ", 50, 0).total());
    }

    @Test
    void pagesAreSortedByNameAndCountEveryMatch() {
        for (String name : List.of("Галина", "алла", "Дарья", "Белла", "вика", "Ева", "Жанна")) {
            clients.create(salonA, ClientInput.named(name));
        }
        ClientPage first = clients.search(salonA, null, 3, 0);
        assertEquals(7, first.total());
        assertEquals(List.of("алла", "Белла", "вика"), first.clients().stream().map(Client::name).toList());
        assertEquals(List.of("Галина", "Дарья", "Ева"), clients.search(salonA, null, 3, 3).clients().stream().map(Client::name).toList());
        assertEquals(List.of("Жанна"), clients.search(salonA, null, 3, 6).clients().stream().map(Client::name).toList());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> clients.search(salonA, null, 0, -1));
        assertEquals(List.of("limit", "offset"), fields(e));
    }

    @Test
    void aPageLoadsItsTagsWithOneQuery() {
        for (int i = 0; i < 5; i++) {
            clients.create(salonA, ClientInput.named("c" + i).withTags(List.of("t" + i, "all")));
        }
        AtomicInteger statements = new AtomicInteger();
        List<Client> page = db.writer().withHandle(h -> {
            h.getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
                @Override
                public void logAfterExecution(StatementContext context) {
                    statements.incrementAndGet();
                }
            });
            return ClientRows.query(h, "1 = 1", Map.of(), ClientRows.BY_NAME, salonA, 50, 0);
        });
        assertEquals(2, statements.get());
        assertEquals(List.of("all", "t3"), page.get(3).tags());
    }

    @Test
    void patchChangesOnlyGivenFieldsAndBlankClears() {
        Client c = clients.create(salonA, new ClientInput("Анна", "89123456789", "a@b.ru", "1990-01-01", "street",
                List.of("vip"), "notes", false));
        Client p = clients.patch(salonA, c.id(), new ClientInput(null, null, "", null, null, List.of("new"), null, true));
        assertEquals(new Client(c.id(), "Анна", "+79123456789", null, LocalDate.of(1990, 1, 1), "street",
                List.of("new"), "notes", true, c.createdAt()), p);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> clients.patch(salonA, c.id(), new ClientInput("Новое имя", "bad", null, null, null, List.of(), null, null)));
        assertEquals(List.of("phone"), fields(e));
        assertEquals(p, clients.get(salonA, c.id()));
        assertThrows(InvalidInputException.class, () -> clients.patch(salonA, c.id(), ClientInput.named("")));
    }

    @Test
    void softDeleteHidesTheClientButExportStillHasEverything() {
        Client c = clients.create(salonA, ClientInput.named("Анна").withPhone("+79123456789").withTags(List.of("vip")));
        TestSalons.visitWithBill(db, salonA, c.id());
        clients.delete(salonA, c.id());

        assertThrows(app.atelier.core.common.NotFoundException.class, () -> clients.get(salonA, c.id()));
        assertThrows(app.atelier.core.common.NotFoundException.class, () -> clients.delete(salonA, c.id()));
        assertThrows(app.atelier.core.common.NotFoundException.class, () -> clients.patch(salonA, c.id(), ClientInput.named("x")));
        assertEquals(0, clients.search(salonA, null, 50, 0).total());
        assertTrue(clients.findByPhone(salonA, "+79123456789").isEmpty());
        assertTrue(clients.view(salonA, c.id()).isEmpty());

        Map<String, Object> export = clients.export(salonA, c.id());
        @SuppressWarnings("unchecked") Map<String, Object> client = (Map<String, Object>) export.get("client");
        assertEquals("Анна", client.get("name"));
        assertEquals(List.of("vip"), client.get("tags"));
        assertEquals(CLOCK.instant(), client.get("deletedAt"));
        assertFalse(client.containsKey("searchName"));
        @SuppressWarnings("unchecked") List<Map<String, Object>> visits = (List<Map<String, Object>>) export.get("visits");
        assertEquals(1, visits.size());
        @SuppressWarnings("unchecked") List<Map<String, Object>> items = (List<Map<String, Object>>) visits.get(0).get("items");
        assertEquals("Стрижка", items.get(0).get("name"));
        @SuppressWarnings("unchecked") List<Map<String, Object>> bills = (List<Map<String, Object>>) export.get("bills");
        assertEquals(Map.of("total", 150000), bills.get(0).get("snapshot"));
        assertEquals(1, ((List<?>) export.get("payments")).size());
        assertEquals(1, ((List<?>) export.get("messages")).size());
        // the whole export is plain JSON
        assertTrue(new Json().write(export).contains("\"Стрижка\""));
    }

    @Test
    void anotherSalonsClientIsNotFound() {
        Client c = clients.create(salonA, ClientInput.named("Анна").withPhone("+79123456789"));
        TestSalons.visitWithBill(db, salonA, c.id());
        var notFound = app.atelier.core.common.NotFoundException.class;
        assertThrows(notFound, () -> clients.get(salonB, c.id()));
        assertThrows(notFound, () -> clients.patch(salonB, c.id(), ClientInput.named("Взлом")));
        assertThrows(notFound, () -> clients.delete(salonB, c.id()));
        assertThrows(notFound, () -> clients.export(salonB, c.id()));
        assertTrue(clients.findByPhone(salonB, "+79123456789").isEmpty());
        assertTrue(clients.view(salonB, c.id()).isEmpty());
        assertEquals(0, clients.search(salonB, "Анна", 50, 0).total());
        assertEquals(c, clients.get(salonA, c.id()));
    }

    @Test
    void findByPhoneAcceptsAnyFormatAndPrefersTheOldestClient() {
        long first = clients.create(salonA, ClientInput.named("Мама").withPhone("+79123456789")).id();
        clients.create(salonA, ClientInput.named("Дочь").withPhone("89123456789"));
        assertEquals(first, clients.findByPhone(salonA, "8 912 345-67-89").orElseThrow().id());
        assertTrue(clients.findByPhone(salonA, "garbage").isEmpty());
    }

    @Test
    void viewCarriesWhatPluginsMaySee() {
        Client c = clients.create(salonA, new ClientInput("Анна", "+79123456789", null, "1990-05-31", "friend",
                List.of("vip"), "private note", true));
        assertEquals(new ClientView(c.id(), salonA, "Анна", "+79123456789", null, LocalDate.of(1990, 5, 31), "friend",
                List.of("vip"), true), clients.view(salonA, c.id()).orElseThrow());
    }

    @Test
    void createInsideACallersTransactionRollsBackWithIt() {
        assertThrows(IllegalStateException.class, () -> db.write(h -> {
            clients.create(h, salonA, ClientInput.named("Анна"));
            throw new IllegalStateException("booking failed");
        }));
        assertEquals(0, TestSalons.count(db, "client"));
        assertEquals(0, TestSalons.count(db, "outbox_event"));
    }

    static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(FieldError::field).toList();
    }

    static List<Long> ids(ClientPage page) {
        return page.clients().stream().map(Client::id).toList();
    }
}
