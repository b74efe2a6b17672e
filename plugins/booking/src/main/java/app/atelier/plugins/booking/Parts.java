package app.atelier.plugins.booking;

import app.atelier.api.PluginContext;
import app.atelier.plugins.booking.book.Abuse;
import app.atelier.plugins.booking.book.BookingService;
import app.atelier.plugins.booking.book.BookingStore;
import app.atelier.plugins.booking.book.RateLimiter;
import app.atelier.plugins.booking.book.ReferralHook;
import app.atelier.plugins.booking.book.SalonLocks;
import app.atelier.plugins.booking.book.VisitChanges;
import app.atelier.plugins.booking.cabinet.Cabinet;
import app.atelier.plugins.booking.cabinet.CabinetSessions;
import app.atelier.plugins.booking.catalog.CatalogStore;
import app.atelier.plugins.booking.catalog.OnlineCatalog;
import app.atelier.plugins.booking.codes.CodeSender;
import app.atelier.plugins.booking.codes.OneTimeCodes;
import app.atelier.plugins.booking.links.Secrets;
import app.atelier.plugins.booking.links.VisitLinks;
import app.atelier.plugins.booking.slots.SlotFinder;

/**
 * The plugin's services wired once per plugin instance (rate limits and locks live as long as the
 * plugin is loaded).
 */
public record Parts(PluginContext context, CatalogStore catalogStore, OnlineCatalog catalog, BookingStore store,
                    SlotFinder finder, BookingService bookings, VisitChanges changes, VisitLinks links, Secrets secrets,
                    CabinetSessions sessions, Cabinet cabinet, ReferralHook referrals) {

    public static Parts wire(PluginContext context) {
        Secrets secrets = new Secrets(context.database(), context.clock());
        CatalogStore catalogStore = new CatalogStore(context.database());
        OnlineCatalog catalog = new OnlineCatalog(context, catalogStore);
        BookingStore store = new BookingStore(context.database(), context.clock());
        SlotFinder finder = new SlotFinder(context, store);
        Abuse abuse = new Abuse(context, new RateLimiter(context.clock()));
        OneTimeCodes codes = new OneTimeCodes(context.database(), context.clock(), secrets);
        CodeSender sender = new CodeSender(context, codes);
        SalonLocks locks = new SalonLocks();
        VisitLinks links = new VisitLinks(secrets);
        VisitChanges changes = new VisitChanges(context, finder, store, locks);
        return new Parts(context, catalogStore, catalog, store, finder,
                new BookingService(context, catalog, finder, store, abuse, sender, codes, locks), changes, links, secrets,
                new CabinetSessions(context, abuse, sender, codes), new Cabinet(context, store, changes, links),
                new ReferralHook(context));
    }
}
