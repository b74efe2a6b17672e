package app.atelier.web.demo;

import app.atelier.api.Salon;
import app.atelier.core.AtelierCore;
import app.atelier.core.catalog.Product;
import app.atelier.core.catalog.ProductInput;
import app.atelier.core.catalog.ServiceInput;
import app.atelier.core.catalog.ServiceItem;
import app.atelier.core.clients.Client;
import app.atelier.core.clients.ClientInput;
import app.atelier.core.plugins.PluginStatus;
import app.atelier.core.salons.NewSalon;
import app.atelier.core.staff.StaffInput;
import app.atelier.core.staff.StaffMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeds the salon {@code demo}: masters with hours, services in three categories, products,
 * 160 clients from four sources and half a year of visits ({@link DemoHistory}).
 */
public final class DemoSeeder {
    private static final String[] FIRST = {"Anna", "Maria", "Elena", "Olga", "Irina", "Natalia", "Svetlana", "Daria", "Ksenia", "Polina",
        "Alisa", "Vera", "Yulia", "Tatiana", "Eva", "Sofia"};
    private static final String[] LAST = {"Ivanova", "Petrova", "Smirnova", "Kuznetsova", "Popova", "Volkova", "Sokolova", "Lebedeva",
        "Morozova", "Novikova"};
    private static final int CLIENTS = 160;

    private final AtelierCore core;

    public DemoSeeder(AtelierCore core) {
        this.core = core;
    }

    /** Seeds without the plugins' own set-up (for tests that build their own). */
    public void seed(String ownerPassword) {
        seed(ownerPassword, null);
    }

    /**
     * Seeds the salon; with the running server's address, also a bonus program and discount rules
     * through the plugins' REST API, before the history, so that its checkouts earn points.
     */
    public void seed(String ownerPassword, java.net.URI server) {
        if (core.salons().bySlug("demo").isPresent()) {
            System.out.println("Demo salon already seeded: sign in as owner@demo.local");
            return;
        }
        List<String> installed = core.plugins().statuses().stream().map(PluginStatus::id).toList();
        core.tariffs().save("all-plugins", installed);
        String password = ownerPassword == null || ownerPassword.isBlank() ? OperatorAccount.generated() : ownerPassword;
        Salon salon = core.salons().create(new NewSalon("demo", "Atelier Demo Salon", "Europe/Moscow", "RUB", "RU", "ru",
                "all-plugins", "owner@demo.local", password));
        for (String plugin : installed) {
            core.pluginSettings().setEnabled(salon.id(), plugin, true);
        }
        if (installed.contains("booking")) {
            // no SMS gateway in a demo: one-time codes go to the log channel and are shown on the page
            core.pluginSettings().save(salon.id(), "booking", core.plugins().settingsSchema("booking"), java.util.Map.of(
                    "codeChannel", "log", "showCodesOnPage", true, "salonPhone", "+7 495 000-00-00",
                    "salonAddress", "Tverskaya 1, Moscow"));
        }
        long id = salon.id();
        List<StaffMember> masters = new ArrayList<>();
        for (String name : List.of("Alina (hair)", "Vera (nails)", "Marina (brows)", "Sofia (hair)")) {
            List<StaffInput.Hours> hours = new ArrayList<>();
            for (int day = 1; day <= 6; day++) {
                hours.add(new StaffInput.Hours(day, "10:00", "20:00"));
            }
            masters.add(core.staff().create(id, StaffInput.named(name).withHours(hours)));
        }
        List<ServiceItem> services = List.of(
                core.catalog().createService(id, new ServiceInput("Women's haircut", "Hair", 60, 250000L, true)),
                core.catalog().createService(id, new ServiceInput("Colouring", "Hair", 120, 600000L, true)),
                core.catalog().createService(id, new ServiceInput("Manicure", "Nails", 60, 180000L, true)),
                core.catalog().createService(id, new ServiceInput("Pedicure", "Nails", 90, 250000L, true)),
                core.catalog().createService(id, new ServiceInput("Brow shaping", "Brows", 30, 90000L, true)));
        List<Product> products = List.of(
                core.catalog().createProduct(id, new ProductInput("Nourishing shampoo", 120000L, true)),
                core.catalog().createProduct(id, new ProductInput("Cuticle oil", 45000L, true)),
                core.catalog().createProduct(id, new ProductInput("Hand cream", 60000L, true)));
        Random random = new Random(42);
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length];
            clients.add(core.clients().create(id, ClientInput.named(name)
                    .withPhone(String.format("+7916%07d", 1_000_000 + i * 7919))
                    .withBirthday(LocalDate.of(1975 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString())
                    .withTags(i % 5 == 0 ? List.of("vip") : List.of())
                    // most clients agreed to messages, so the reminders plugin has someone to remind
                    .withConsent(i % 7 != 0)
                    .withSource(List.of("instagram", "friend", "walk-in", "google maps").get(i % 4))));
        }
        if (server != null) {
            String token = core.auth().login("owner@demo.local", password, "demo-seeder").token();
            new DemoPluginSetup(server, token).setUp(java.util.Set.copyOf(installed));
            core.auth().logout(token);
        }
        int visits = new DemoHistory(core, salon, masters, services, products).live(clients);
        System.out.printf("Demo salon seeded: %d masters, %d services, %d clients, %d visits.%n", masters.size(),
                services.size(), clients.size(), visits);
        System.out.printf("Sign in as owner@demo.local / %s%s%n", password,
                ownerPassword == null || ownerPassword.isBlank() ? " (shown once; set ATELIER_DEMO_PASSWORD to choose it)" : "");
    }
}
