package app.atelier.plugins.discounts.pricing;

import app.atelier.plugins.discounts.rules.Conditions;
import app.atelier.plugins.discounts.rules.Rule;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Decides whether a rule's conditions hold for a visit and client, and what the rule is worth then.
 * Pure: everything it reads is in its arguments. The visit's start on the salon's wall clock decides
 * every calendar condition, so a 11:00 visit is at 11:00 whatever the UTC offset is that day.
 */
public final class Eligibility {
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private Eligibility() {
    }

    public static Verdict check(Rule rule, Occasion visit, ClientFacts client) {
        if (!rule.active()) {
            return Verdict.no("switched off");
        }
        Conditions c = rule.conditions();
        ZonedDateTime local = visit.local();
        LocalDate day = local.toLocalDate();
        if (c.validFrom() != null && day.isBefore(c.validFrom())) {
            return Verdict.no("starts on " + c.validFrom());
        }
        if (c.validTo() != null && day.isAfter(c.validTo())) {
            return Verdict.no("ended on " + c.validTo());
        }
        if (!c.weekdays().isEmpty() && !c.weekdays().contains(local.getDayOfWeek())) {
            return Verdict.no("not on " + Texts.weekday(local.getDayOfWeek()) + " (only " + Texts.weekdays(c.weekdays()) + ")");
        }
        if (c.hours() != null && !c.hours().contains(local.toLocalTime())) {
            return Verdict.no("only " + c.hours() + ", the visit starts at " + local.toLocalTime());
        }
        if (!c.channels().isEmpty() && !c.channels().contains(visit.channel())) {
            return Verdict.no("only for visits booked " + String.join(", ", c.channels()) + " (this one: " + visit.channel() + ")");
        }
        if (c.minBill() != null && visit.subtotal() < c.minBill()) {
            return Verdict.no("the bill " + Texts.money(visit.subtotal(), visit.currency()) + " is below the minimum "
                    + Texts.money(c.minBill(), visit.currency()));
        }
        if (c.firstVisitOnly() && client.completedVisits() > 0) {
            return Verdict.no("only for a first visit (the client has " + client.completedVisits() + " completed)");
        }
        if (!c.clientTags().isEmpty() && client.tags().stream().noneMatch(t -> c.clientTags().stream().anyMatch(t::equalsIgnoreCase))) {
            return Verdict.no("only for clients tagged " + String.join(", ", c.clientTags()));
        }
        if (c.birthday() != null) {
            if (client.birthday() == null) {
                return Verdict.no("the client's birthday is not on the card");
            }
            if (!c.birthday().contains(client.birthday(), day)) {
                return Verdict.no("only " + c.birthday().daysBefore() + " days before to " + c.birthday().daysAfter()
                        + " days after the birthday (" + client.birthday().format(DAY_MONTH) + ")");
            }
        }
        return c.tiered() ? tier(c, client, day, visit) : Verdict.holds(rule.value());
    }

    private static Verdict tier(Conditions c, ClientFacts client, LocalDate day, Occasion visit) {
        SpendStanding s = SpendStanding.of(c.spendTiers(), c.tierResetDays(), client.totalPaid(), client.lastVisit(), day,
                visit.zone());
        if (s.reached() != null) {
            return Verdict.holds(s.reached().value());
        }
        String spent = s.reset()
                ? "no visit for " + s.daysAway() + " days (the spend resets after " + c.tierResetDays() + "), so the spend counts as 0"
                : "spent " + Texts.money(s.spend(), visit.currency());
        return Verdict.no(spent + "; the first tier starts at " + Texts.money(c.spendTiers().get(0).minSpent(), visit.currency()));
    }
}
