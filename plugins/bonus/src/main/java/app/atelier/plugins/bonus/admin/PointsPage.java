package app.atelier.plugins.bonus.admin;

import app.atelier.api.PluginContext;
import app.atelier.api.data.ClientView;
import app.atelier.api.web.PluginRequest;
import app.atelier.plugins.bonus.Texts;
import app.atelier.plugins.bonus.gifts.GiftService;
import app.atelier.plugins.bonus.ledger.LedgerEntry;
import app.atelier.plugins.bonus.ledger.LedgerStore;
import app.atelier.plugins.bonus.web.Fields;
import app.atelier.plugins.bonus.web.GiftInput;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /admin/bonus/points}: what the desk looks at daily — the clients holding the most points,
 * the latest ledger entries — and the owner's form to give one client a gift of points, which goes
 * through the API's own reading ({@link GiftInput}) and {@link GiftService}.
 */
final class PointsPage {
    static final String PATH = "/admin/bonus/points";
    private static final int BALANCES = 20;
    private static final int ENTRIES = 30;

    private final PluginContext context;

    PointsPage(PluginContext context) {
        this.context = context;
    }

    /** The gift form as typed; {@code key} makes a repeated submission grant once. */
    record GiftForm(String phone, String amount, String reason, String expiresOn, String key) {
        static GiftForm blank(String phone) {
            return new GiftForm(phone == null ? "" : phone.strip(), "", "", "", UUID.randomUUID().toString());
        }

        static GiftForm of(Context ctx) {
            String key = text(ctx.formParam("key"));
            return new GiftForm(text(ctx.formParam("phone")), text(ctx.formParam("amount")), text(ctx.formParam("reason")),
                    text(ctx.formParam("expiresOn")), key.isEmpty() || key.length() > 100 ? UUID.randomUUID().toString() : key);
        }

        private static String text(String value) {
            return value == null ? "" : value.strip();
        }
    }

    void show(Context ctx, PluginRequest req) {
        PanelWords words = new PanelWords(context, req);
        if (!words.desk(ctx, req)) {
            return;
        }
        render(ctx, req, words, GiftForm.blank(ctx.queryParam("phone")), Map.of(), ctx.queryParam("granted") != null);
    }

    /** Grants the gift: 303 back to the page, or 422 with the problems beside the fields and nothing granted. */
    void gift(Context ctx, PluginRequest req) {
        PanelWords words = new PanelWords(context, req);
        if (!words.owner(ctx, req)) {
            return;
        }
        GiftForm form = GiftForm.of(ctx);
        Map<String, String> typing = new LinkedHashMap<>();
        Map<String, Object> body = new LinkedHashMap<>();
        if (form.phone().isEmpty()) {
            typing.put("clientId", words.get("typing.phoneRequired"));
        } else {
            Optional<ClientView> client = context.salonData().clientByPhone(req.salon().id(), form.phone());
            client.ifPresentOrElse(c -> body.put("clientId", c.id()), () -> typing.put("clientId", words.get("typing.noClient")));
        }
        if (!form.amount().isEmpty()) {
            Amounts.minor(form.amount(), words.texts().fractionDigits()).ifPresentOrElse(a -> body.put("amount", a),
                    () -> typing.put("amount", words.get("typing.amount")));
        }
        if (!form.reason().isEmpty()) {
            body.put("reason", form.reason());
        }
        if (!form.expiresOn().isEmpty()) {
            body.put("expiresAt", form.expiresOn());
        }
        Fields fields = Fields.of(body);
        GiftService.Request request = null;
        try {
            request = GiftInput.read(fields, req.salon().zone(), context.clock().instant());
        } catch (BadRequestResponse refused) {
            // worded below from fields.problems()
        }
        if (request == null || !typing.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            fields.problems().forEach((key, list) -> errors.put(key, words.problems(list,
                    "amount".equals(key) ? PanelWords.Unit.MONEY : PanelWords.Unit.PLAIN)));
            errors.putAll(typing);
            render(ctx.status(422), req, words, form, errors, false);
            return;
        }
        GiftService gifts = new GiftService(context);
        GiftService.Granted granted = gifts.grant(req.salon(), request, gifts.recipients(req.salon(), request), req.userId(),
                "panel:" + form.key());
        ctx.redirect(PATH + "?granted=" + granted.giftId(), HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, PluginRequest req, PanelWords words, GiftForm form, Map<String, String> errors, boolean granted) {
        long salonId = req.salon().id();
        Texts texts = words.texts();
        record Read(List<LedgerStore.Balance> balances, List<LedgerEntry> entries) {
        }
        Read read = context.database().withHandle(h -> {
            LedgerStore store = new LedgerStore(h);
            return new Read(store.biggestBalances(salonId, BALANCES), store.recent(salonId, ENTRIES));
        });
        Map<Long, Optional<ClientView>> clients = new HashMap<>();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(words.locale())
                .withZone(req.salon().zone());
        Map<String, Object> m = new HashMap<>();
        m.put("t", words.all());
        m.put("csrf", ctx.attribute("atelier.csrf"));
        m.put("isOwner", "owner".equals(req.role()));
        m.put("granted", granted);
        m.put("currency", texts.currencySign());
        m.put("balances", read.balances().stream().map(b -> {
            Optional<ClientView> c = clients.computeIfAbsent(b.clientId(), id -> context.salonData().client(salonId, id));
            Map<String, Object> row = client(b.clientId(), c, words);
            row.put("balance", texts.amount(b.amount()));
            return row;
        }).toList());
        m.put("entries", read.entries().stream().map(e -> {
            Optional<ClientView> c = clients.computeIfAbsent(e.clientId(), id -> context.salonData().client(salonId, id));
            Map<String, Object> row = client(e.clientId(), c, words);
            row.put("when", when.format(e.createdAt()));
            row.put("kind", words.get("entryKind." + e.kind().key()));
            row.put("amount", texts.amount(e.amount()));
            row.put("credit", e.amount() > 0);
            row.put("reason", e.reason());
            return row;
        }).toList());
        m.put("form", Map.of("phone", form.phone(), "amount", form.amount(), "reason", form.reason(), "expiresOn", form.expiresOn(),
                "key", form.key()));
        m.put("errors", errors);
        ctx.render("templates/bonus/admin-points.peb", m);
    }

    /** A client's cells: a deleted card keeps its rows, without a name or a phone. */
    private static Map<String, Object> client(long id, Optional<ClientView> c, PanelWords words) {
        Map<String, Object> row = new HashMap<>();
        row.put("clientId", id);
        row.put("name", c.map(ClientView::name).orElse(words.get("deletedClient")));
        row.put("phone", c.map(ClientView::phone).orElse(""));
        row.put("known", c.isPresent());
        return row;
    }
}
