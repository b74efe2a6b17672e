package app.atelier.core.salons;

/** What the operator gives to onboard a salon. */
public record NewSalon(String slug, String name, String timezone, String currency, String country, String locale,
                       String tariff, String ownerEmail, String ownerPassword) {
}
