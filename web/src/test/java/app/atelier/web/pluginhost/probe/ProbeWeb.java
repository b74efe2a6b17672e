package app.atelier.web.pluginhost.probe;

import app.atelier.api.PluginContext;
import app.atelier.api.web.PluginRoutes;
import app.atelier.api.web.WebContribution;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Plugin code, never loaded by the test's own classloader: {@code app.atelier.web.pluginhost.ProbeJars}
 * packs this package into a copy of the proof plugin jar. It does what a real plugin does and the
 * proof plugin does not: passes its own classes through the host's Jackson (request and response
 * bodies) and the host's Jdbi (row mapping and bean binding), whose caches are keyed by class.
 * Not annotated with {@code @Extension}, so that the annotation processor lists nothing on the
 * test classpath; the jar's extension index names it instead.
 */
public final class ProbeWeb implements WebContribution {
    private final PluginContext context;

    public ProbeWeb(PluginContext context) {
        this.context = context;
    }

    /** A request and response body of the plugin's own type. */
    public record Echo(String text, int times, Tags tags) {
    }

    public record Tags(List<String> values) {
    }

    /** A row mapped through a constructor. */
    public record Delivery(long salonId, String recipient) {
    }

    /** A row mapped as a bean. */
    public static final class DeliveryBean {
        private long salonId;
        private String body;

        public long getSalonId() {
            return salonId;
        }

        public void setSalonId(long salonId) {
            this.salonId = salonId;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }
    }

    /** Query parameters bound from a bean. */
    public static final class Filter {
        private final long salonId;

        public Filter(long salonId) {
            this.salonId = salonId;
        }

        public long getSalonId() {
            return salonId;
        }
    }

    @Override
    public void routes(PluginRoutes routes) {
        routes.api("POST", "probe/echo", "Echoes a body of the plugin's own type", (ctx, req) -> {
            Echo in = ctx.bodyAsClass(Echo.class);
            ctx.json(new Echo(in.text() + "!", in.times() + 1, in.tags()));
        }).api("GET", "probe/deliveries", "The proof deliveries, mapped into the plugin's own types", (ctx, req) -> {
            Filter filter = new Filter(req.salon().id());
            List<Delivery> records = context.database().withHandle(h -> h
                    .registerRowMapper(ConstructorMapper.factory(Delivery.class))
                    .createQuery("SELECT salon_id, recipient FROM proof_delivery WHERE salon_id = :salonId ORDER BY id")
                    .bindBean(filter).mapTo(Delivery.class).list());
            List<DeliveryBean> beans = context.database().withHandle(h -> h
                    .createQuery("SELECT salon_id, body FROM proof_delivery WHERE salon_id = :salonId ORDER BY id")
                    .bindBean(filter).mapToBean(DeliveryBean.class).list());
            ctx.json(Map.of("records", records, "beans", beans));
        });
    }
}
