package app.atelier.plugins.bonus.ledger;

import java.util.Locale;

/** What a ledger entry records. Positive kinds add lots; negative ones consume them. */
public enum Kind {
    /** Cashback of a program for a paid visit (+). */
    ACCRUAL,
    /** Points paying part of a bill (−). */
    REDEMPTION,
    /** Points past their lifetime (−). */
    EXPIRY,
    /** Points an owner granted, or birthday points (+). */
    GIFT,
    /** A refund's correction: redeemed points returned (+) or an accrual taken back (−). */
    REVERSAL,
    /** Points another plugin credited through the BonusWallet (+). */
    CREDIT;

    /** The value stored in {@code bonus_ledger.kind}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Kind of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
