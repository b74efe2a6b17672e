package app.atelier.core;

import app.atelier.api.notify.NotificationChannel;
import app.atelier.core.auth.AuthService;
import app.atelier.core.auth.PasswordHasher;
import app.atelier.core.auth.RateLimiter;
import app.atelier.core.auth.UserService;
import app.atelier.core.catalog.CatalogService;
import app.atelier.core.checkout.CheckoutService;
import app.atelier.core.checkout.PricingService;
import app.atelier.core.clients.ClientService;
import app.atelier.core.clients.ClientSummaryService;
import app.atelier.core.common.Json;
import app.atelier.core.db.Database;
import app.atelier.core.events.EventDispatcher;
import app.atelier.core.events.Outbox;
import app.atelier.core.jobs.BackgroundWorkers;
import app.atelier.core.jobs.TaskScheduler;
import app.atelier.core.notify.HttpGatewayChannel;
import app.atelier.core.notify.LogChannel;
import app.atelier.core.notify.NotificationService;
import app.atelier.core.notify.SmtpChannel;
import app.atelier.core.plugins.CoreSalonData;
import app.atelier.core.plugins.HostActiveExtensions;
import app.atelier.core.plugins.HostContexts;
import app.atelier.core.plugins.PluginHost;
import app.atelier.core.plugins.PluginSettingsService;
import app.atelier.core.plugins.SalonActivation;
import app.atelier.core.salons.SalonService;
import app.atelier.core.salons.TariffService;
import app.atelier.core.staff.StaffService;
import app.atelier.core.visits.VisitService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The composition root of the core: builds every service once, with what it needs, in
 * dependency order. Nothing here is static; a test builds as many cores as it likes.
 */
public final class AtelierCore implements AutoCloseable {
    private final CoreConfig config;
    private final Database db;
    private final Json json = new Json();
    private final TariffService tariffs;
    private final SalonService salons;
    private final UserService users;
    private final AuthService auth;
    private final app.atelier.core.auth.SalonUserService salonUsers;
    private final ClientService clients;
    private final ClientSummaryService summaries;
    private final StaffService staff;
    private final CatalogService catalog;
    private final VisitService visits;
    private final CheckoutService checkout;
    private final app.atelier.core.checkout.RefundService refunds;
    private final PluginHost plugins;
    private final PluginSettingsService pluginSettings;
    private final SalonActivation activation;
    private final HostActiveExtensions extensions;
    private final EventDispatcher events;
    private final TaskScheduler tasks;
    private final NotificationService notifications;
    private final app.atelier.core.reports.ReportsService reports;
    private final app.atelier.core.tasks.TaskService staffTasks;
    private final app.atelier.core.dashboard.DashboardService dashboard;
    private final app.atelier.core.plugins.PluginWidgets widgets;
    private BackgroundWorkers workers;

    public AtelierCore(CoreConfig config) {
        this.config = config;
        Clock clock = config.clock();
        this.db = Database.open(config.dataDir(), config.jdbcUrl());
        Outbox outbox = new Outbox(json, clock);
        PasswordHasher hasher = new PasswordHasher();
        this.tariffs = new TariffService(db, clock);
        this.users = new UserService(hasher, clock);
        this.salons = new SalonService(db, clock, users);
        this.auth = new AuthService(db, clock, hasher, new RateLimiter(clock, 10, Duration.ofMinutes(1), 100_000));
        this.salonUsers = new app.atelier.core.auth.SalonUserService(db, users);
        this.clients = new ClientService(db, clock, outbox, salons);
        this.staff = new StaffService(db, clock, salons);
        this.catalog = new CatalogService(db, clock);
        this.visits = new VisitService(db, clock, outbox, salons);

        HostContexts contexts = new HostContexts();
        this.plugins = new PluginHost(db, config.pluginsDir(), config.dataDir(), config.apiVersion(), contexts::get);
        plugins.onUnload(contexts::forget);
        // Jackson caches (de)serializers of the classes it met, plugin records among them
        plugins.onUnload(id -> json.mapper().clearCaches());
        this.pluginSettings = new PluginSettingsService(db, json);
        this.activation = new SalonActivation(tariffs, pluginSettings, plugins::startedIds);
        pluginSettings.onChange(activation::invalidate);
        tariffs.onChange(activation::invalidate);
        this.extensions = new HostActiveExtensions(plugins, activation);
        this.notifications = new NotificationService(db, json, clock, salons, extensions,
                List.<NotificationChannel>of(new LogChannel(), new SmtpChannel(), new HttpGatewayChannel()));
        CoreSalonData salonData = new CoreSalonData(db, clock, salons, clients, visits, staff, catalog);
        contexts.configure(clock, db::newWriterJdbi, salonData, new app.atelier.core.plugins.CoreSalonActions(clients, visits),
                (pluginId, salonId) -> pluginSettings.values(salonId, pluginId, plugins.settingsSchema(pluginId)),
                () -> notifications, extensions, plugins::classLoaderOf);
        this.events = new EventDispatcher(db, json, clock, extensions, plugins.invoker());
        this.tasks = new TaskScheduler(db, clock, salons, extensions, plugins.invoker());
        PricingService pricing = new PricingService(extensions, plugins.invoker());
        this.checkout = new CheckoutService(db, json, clock, salons, visits, pricing, extensions, plugins.invoker(), outbox);
        this.refunds = new app.atelier.core.checkout.RefundService(db, clock, salons, checkout, extensions, plugins.invoker(), outbox);
        this.widgets = new app.atelier.core.plugins.PluginWidgets(extensions, plugins.invoker());
        this.summaries = new ClientSummaryService(db, salons, widgets);
        this.reports = new app.atelier.core.reports.ReportsService(db, clock, salons);
        this.staffTasks = new app.atelier.core.tasks.TaskService(db, clock, salons);
        this.dashboard = new app.atelier.core.dashboard.DashboardService(db, clock, salons);
    }

    /** Loads and starts plugins, then the background workers. */
    public AtelierCore start() {
        plugins.startAll();
        if (config.workerPeriod() != null) {
            workers = new BackgroundWorkers(config.workerPeriod(), List.of(
                    () -> events.dispatchDue(100), () -> notifications.deliverDue(50), tasks::runDue));
        }
        return this;
    }

    public Database db() { return db; }
    public Json json() { return json; }
    public Clock clock() { return config.clock(); }
    public String apiVersion() { return config.apiVersion(); }
    public TariffService tariffs() { return tariffs; }
    public SalonService salons() { return salons; }
    public UserService users() { return users; }
    public AuthService auth() { return auth; }
    public app.atelier.core.auth.SalonUserService salonUsers() { return salonUsers; }
    public ClientService clients() { return clients; }
    public ClientSummaryService summaries() { return summaries; }
    public StaffService staff() { return staff; }
    public CatalogService catalog() { return catalog; }
    public VisitService visits() { return visits; }
    public CheckoutService checkout() { return checkout; }
    public app.atelier.core.checkout.RefundService refunds() { return refunds; }
    public PluginHost plugins() { return plugins; }
    public PluginSettingsService pluginSettings() { return pluginSettings; }
    public SalonActivation activation() { return activation; }
    public HostActiveExtensions extensions() { return extensions; }
    public EventDispatcher events() { return events; }
    public TaskScheduler tasks() { return tasks; }
    public NotificationService notifications() { return notifications; }
    public app.atelier.core.reports.ReportsService reports() { return reports; }
    /** Staff to-dos (not {@link #tasks()}, the plugins' scheduled tasks). */
    public app.atelier.core.tasks.TaskService staffTasks() { return staffTasks; }
    public app.atelier.core.dashboard.DashboardService dashboard() { return dashboard; }
    /** What active plugins show on the panel's pages. */
    public app.atelier.core.plugins.PluginWidgets widgets() { return widgets; }

    @Override
    public void close() {
        if (workers != null) {
            workers.close();
        }
        plugins.close();
        db.close();
    }
}
