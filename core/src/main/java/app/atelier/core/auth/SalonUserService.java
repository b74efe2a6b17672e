package app.atelier.core.auth;

import app.atelier.core.common.ForbiddenException;
import app.atelier.core.common.InvalidInputException;
import app.atelier.core.common.NotFoundException;
import app.atelier.core.common.Validator;
import app.atelier.core.db.Database;
import java.time.Instant;
import java.util.List;

/**
 * The owner's team: administrators who run the desk and masters who see their own day. The owner
 * manages their own salon's users; the platform operator may do the same for any salon (the
 * {@code …In} methods), e.g. to add an administrator while onboarding.
 */
public final class SalonUserService {
    private final Database db;
    private final UserService users;

    public SalonUserService(Database db, UserService users) {
        this.db = db;
        this.users = users;
    }

    /** A user of a salon, without secrets. */
    public record SalonUser(long id, String email, String role, Long staffId, Instant createdAt) {
    }

    /** What the owner sends to add a user. */
    public record NewUser(String email, String password, String role, Long staffId) {
    }

    public SalonUser create(Principal owner, NewUser u) {
        return create(requireOwner(owner), u);
    }

    /** The operator adds an admin or master to {@code salonId} (which the caller has checked exists). */
    public SalonUser createIn(Principal operator, long salonId, NewUser u) {
        requireOperator(operator);
        return create(salonId, u);
    }

    private SalonUser create(long salonId, NewUser u) {
        Validator v = new Validator();
        UserService.validate(v, "", u.email(), u.password());
        v.require("admin".equals(u.role()) || "master".equals(u.role()), "role", "must be admin or master");
        v.require(!"master".equals(u.role()) || u.staffId() != null, "staffId", "is required for a master");
        v.require(!"admin".equals(u.role()) || u.staffId() == null, "staffId", "is only for masters");
        v.check();
        long id = db.write(h -> {
            if (u.staffId() != null && h.createQuery("SELECT count(*) FROM staff WHERE id = :id AND salon_id = :s")
                    .bind("id", u.staffId()).bind("s", salonId).mapTo(Integer.class).one() == 0) {
                throw InvalidInputException.of("staffId", "no such master in this salon");
            }
            return users.create(h, u.email(), u.password(), Role.of(u.role()), salonId, u.staffId());
        });
        return get(salonId, id);
    }

    public List<SalonUser> list(Principal owner) {
        return list(requireOwner(owner));
    }

    /** The operator's view of a salon's users. */
    public List<SalonUser> listIn(Principal operator, long salonId) {
        requireOperator(operator);
        return list(salonId);
    }

    private List<SalonUser> list(long salonId) {
        return db.read(h -> h.createQuery("SELECT id, email, role, staff_id, created_at FROM app_user WHERE salon_id = :s ORDER BY id")
                .bind("s", salonId).map((rs, ctx) -> new SalonUser(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4), Instant.ofEpochMilli(rs.getLong(5))))
                .list());
    }

    /** Removes an admin or master and signs them out everywhere; the owner cannot remove themselves. */
    public void delete(Principal owner, long userId) {
        delete(requireOwner(owner), userId);
    }

    /** The operator removes an admin or master of {@code salonId}; the owner's account stays. */
    public void deleteIn(Principal operator, long salonId, long userId) {
        requireOperator(operator);
        delete(salonId, userId);
    }

    private void delete(long salonId, long userId) {
        db.write(h -> {
            String role = h.createQuery("SELECT role FROM app_user WHERE id = :id AND salon_id = :s")
                    .bind("id", userId).bind("s", salonId).mapTo(String.class).findOne()
                    .orElseThrow(() -> new NotFoundException("user"));
            if (role.equals("owner")) {
                throw new ForbiddenException("the owner's account cannot be removed here");
            }
            h.execute("DELETE FROM auth_token WHERE user_id = ?", userId);
            return h.execute("DELETE FROM app_user WHERE id = ? AND salon_id = ?", userId, salonId);
        });
    }

    private SalonUser get(long salonId, long id) {
        return db.read(h -> h.createQuery("SELECT id, email, role, staff_id, created_at FROM app_user WHERE id = :id AND salon_id = :s")
                .bind("id", id).bind("s", salonId).map((rs, ctx) -> new SalonUser(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4), Instant.ofEpochMilli(rs.getLong(5))))
                .one());
    }

    private static void requireOperator(Principal p) {
        if (p.role() != Role.OPERATOR) {
            throw new ForbiddenException("only the platform operator manages another salon's users");
        }
    }

    private static long requireOwner(Principal p) {
        if (p.role() != Role.OWNER) {
            throw new ForbiddenException("only the salon owner manages users");
        }
        return p.requireSalon();
    }
}
