package app.atelier.web.demo;

import app.atelier.api.Salon;
import app.atelier.core.AtelierCore;
import app.atelier.core.catalog.Product;
import app.atelier.core.catalog.ServiceItem;
import app.atelier.core.checkout.CheckoutRequest;
import app.atelier.core.checkout.Payment;
import app.atelier.core.checkout.PricingRequest;
import app.atelier.core.clients.Client;
import app.atelier.core.common.ConflictException;
import app.atelier.core.staff.StaffMember;
import app.atelier.core.visits.BookingRequest;
import app.atelier.core.visits.ItemRequest;
import app.atelier.core.visits.Visit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Half a year of a salon's life that the reports can say something about: clients arrive over
 * the months from different sources, some become regulars and some come once or twice, some
 * regulars fall asleep; friends recommended by friends stay more often than clients from adverts,
 * and one hair master keeps clients better than the other. Everything goes through the real
 * booking and checkout (so plugins see real checkouts); the past is settled, the next two weeks
 * are booked. Deterministic: the same seed gives the same salon.
 */
final class DemoHistory {
    static final int DAYS_BACK = 180;
    private static final int DAYS_AHEAD = 14;
    /** Chance that a client from a source becomes a regular, in percent. */
    private static final Map<String, Integer> LOYALTY = Map.of("friend", 70, "google maps", 50, "walk-in", 45, "instagram", 30);

    private final AtelierCore core;
    private final Salon salon;
    private final List<StaffMember> masters;
    private final List<ServiceItem> services;
    private final List<Product> products;
    private final Random random = new Random(42);
    private final LocalDate today;
    private int booked;

    DemoHistory(AtelierCore core, Salon salon, List<StaffMember> masters, List<ServiceItem> services, List<Product> products) {
        this.core = core;
        this.salon = salon;
        this.masters = masters;
        this.services = services;
        this.products = products;
        this.today = LocalDate.now(core.clock().withZone(salon.zone()));
    }

    /** Lives out each client's history; returns how many visits were booked. */
    int live(List<Client> clients) {
        for (Client client : clients) {
            liveOne(client);
        }
        return booked;
    }

    private void liveOne(Client client) {
        String category = pick(new String[] {"Hair", "Hair", "Hair", "Hair", "Hair", "Nails", "Nails", "Nails", "Brows", "Brows"});
        boolean regular = random.nextInt(100) < LOYALTY.getOrDefault(client.source(), 40);
        StaffMember master = masterFor(category, regular);
        int day = -DAYS_BACK + random.nextInt(DAYS_BACK - 3);
        // regulars come every two to four weeks; a quarter of them stop at some point and sleep
        int interval = 14 + random.nextInt(15);
        int stopAt = regular ? (random.nextInt(4) == 0 ? -50 - random.nextInt(70) : DAYS_AHEAD) : day + 1 + random.nextInt(40);
        int visits = 0;
        while (day <= DAYS_AHEAD && day <= stopAt) {
            boolean crossSell = regular && visits > 1 && random.nextInt(6) == 0;
            visit(client, master, category, crossSell, day);
            visits++;
            if (day >= 0) {
                break; // one booking ahead is what a regular has
            }
            day += interval - 4 + random.nextInt(9);
            if (!regular && visits >= 2) {
                break;
            }
            if (regular && random.nextInt(8) == 0) {
                master = masterFor(category, regular); // now and then another master of the category
            }
        }
    }

    private void visit(Client client, StaffMember master, String category, boolean crossSell, int dayOffset) {
        List<ItemRequest> items = new ArrayList<>();
        items.add(new ItemRequest(serviceOf(category).id(), null, null));
        if (crossSell) {
            String other = category.equals("Nails") ? "Brows" : "Nails";
            items.add(new ItemRequest(serviceOf(other).id(), null, null));
        }
        if (random.nextInt(4) == 0) {
            items.add(new ItemRequest(null, products.get(random.nextInt(products.size())).id(), 1));
        }
        LocalDate day = today.plusDays(dayOffset);
        for (int attempt = 0; attempt < 8; attempt++) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            LocalTime at = LocalTime.of(10 + random.nextInt(8), random.nextBoolean() ? 0 : 30);
            try {
                Visit visit = core.visits().book(salon.id(), new BookingRequest(client.id(), master.id(),
                        LocalDateTime.of(day, at).toString(), items, random.nextInt(3) == 0 ? "online" : "admin"));
                booked++;
                if (day.isBefore(today)) {
                    settle(visit);
                }
                return;
            } catch (ConflictException e) {
                if (attempt % 2 == 1) {
                    day = day.plusDays(1); // the master's day is full: the next one
                }
            }
        }
    }

    private void settle(Visit visit) {
        int outcome = random.nextInt(100);
        if (outcome < 7) {
            core.visits().noShow(salon.id(), visit.id());
        } else if (outcome < 12) {
            core.visits().cancel(salon.id(), visit.id());
        } else {
            long total = core.checkout().quote(salon.id(), visit.id(), new PricingRequest(0, null, null, null, null)).bill().total();
            List<Payment> payments = total == 0 ? List.of() : List.of(new Payment(random.nextBoolean() ? "card" : "cash", total));
            core.checkout().checkout(salon.id(), visit.id(), "demo-" + visit.id(), new CheckoutRequest(0L, null, payments, null), null, null);
        }
    }

    /** Hair goes to Alina or Sofia; Sofia is the one regulars stay with, so the master rating differs. */
    private StaffMember masterFor(String category, boolean regular) {
        return switch (category) {
            case "Nails" -> masters.get(1);
            case "Brows" -> masters.get(2);
            default -> random.nextInt(100) < (regular ? 65 : 30) ? masters.get(3) : masters.get(0);
        };
    }

    private ServiceItem serviceOf(String category) {
        List<ServiceItem> of = services.stream().filter(s -> s.category().equals(category)).toList();
        return of.get(random.nextInt(of.size()));
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
