package app.atelier.core.clients;

import java.util.List;

/** One page of a client search; {@code total} counts every match, not just this page. */
public record ClientPage(List<Client> clients, long total, int limit, int offset) {
    public ClientPage {
        clients = List.copyOf(clients);
    }
}
