package vn.ansinh.payment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ansinh.audit.AuditEntry;
import vn.ansinh.audit.AuditService;
import vn.ansinh.benefit.BenefitService;
import vn.ansinh.shared.Uuids;

/**
 * What follows a payment not made (domain §4): the line waits in {@code payment_line_unpaid} for the
 * next generation to carry it over; 3 consecutive months without a payment suspend the entitlement;
 * a death reported by the agent becomes a termination proposal and a funeral support payment.
 */
@ApplicationScoped
class UnpaidRules {

    /** Consecutive uncollected months that suspend an entitlement (domain §4). */
    static final int UNCOLLECTED_MONTHS = 3;

    @Inject
    DataSource dataSource;

    @Inject
    BenefitService benefits;

    @Inject
    AgentService agents;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** Records a line as waiting to be carried over. */
    @Transactional(Transactional.TxType.MANDATORY)
    void waiting(Connection connection, UUID lineId, String province, String commune, LocalDate month) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into payment_line_unpaid (line_id, province_code, commune_code, month) values (?, ?, ?, ?)")) {
            insert.setBytes(1, Uuids.bytes(lineId));
            insert.setString(2, province);
            insert.setString(3, commune);
            insert.setDate(4, java.sql.Date.valueOf(month));
            insert.executeUpdate();
        }
    }

    /** At closing: pending lines become NOT_PAID (not reported) and wait for carry-over; answers their entitlements. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<UUID> closePending(UUID payrollId, String province, String commune, LocalDate month, String actor) {
        List<UUID> entitlements = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement(
                    "select distinct entitlement_id from payment_line where payroll_id = ? and status = 'PENDING' and kind <> 'ADJUSTMENT'")) {
                select.setBytes(1, Uuids.bytes(payrollId));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entitlements.add(Uuids.uuid(rows.getBytes(1)));
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into payment_line_unpaid (line_id, province_code, commune_code, month)
                    select id, province_code, commune_code, month from payment_line
                    where payroll_id = ? and status = 'PENDING' and kind <> 'ADJUSTMENT'""")) {
                insert.setBytes(1, Uuids.bytes(payrollId));
                insert.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement("""
                    update payment_line set status = 'NOT_PAID', not_paid_reason = 'NOT_REPORTED', recorded_at = ?,
                        confirmed_by = ?, version = version + 1
                    where payroll_id = ? and status = 'PENDING'""")) {
                update.setTimestamp(1, Timestamp.from(clock.instant()));
                update.setString(2, actor);
                update.setBytes(3, Uuids.bytes(payrollId));
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not close the payroll's pending lines", e);
        }
        return entitlements;
    }

    /**
     * Suspends the entitlement when the payrolls of this month and the two before each had a line
     * for it and none was paid; only when the third month is reached, so it happens once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void checkUncollected(UUID entitlementId, LocalDate month, String actor) {
        int run = 0;
        LocalDate expected = month;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select month, sum(status = 'PAID'), sum(status = 'NOT_PAID'), count(*) from payment_line
                        where entitlement_id = ? and month <= ? and kind in ('REGULAR', 'ARREARS', 'CARRY_OVER')
                        group by month order by month desc limit 4""")) {
            select.setBytes(1, Uuids.bytes(entitlementId));
            select.setDate(2, java.sql.Date.valueOf(month));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    LocalDate m = rows.getDate(1).toLocalDate();
                    boolean uncollected = m.equals(expected) && rows.getLong(2) == 0 && rows.getLong(3) == rows.getLong(4);
                    if (!uncollected) {
                        break;
                    }
                    run++;
                    expected = expected.minusMonths(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count uncollected months", e);
        }
        if (run == UNCOLLECTED_MONTHS) {
            YearMonth first = YearMonth.from(month).minusMonths(UNCOLLECTED_MONTHS - 1L);
            benefits.suspendUncollected(entitlementId, first, actor);
        }
    }

    /**
     * A death reported by the agent: a termination proposal for the approver, and funeral support
     * (the province's multiple × the standard level, at least 20 ×; ND 20 Art. 11) owed once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void deathReported(PaymentLineView line, String province, String commune, LocalDate deathDate, String actor,
            String actorRole) {
        benefits.proposeTermination(line.entitlementId(), deathDate, "DEATH");
        long amount = (long) agents.settingOf(province).funeralMultiple * line.standardLevelVnd();
        UUID id = Uuids.timeOrdered();
        int created;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into payment_one_off (id, province_code, commune_code, entitlement_id, person_id, kind, amount_vnd,
                                                     reason, line_id, created_at, created_by)
                        select ?, ?, ?, ?, ?, 'FUNERAL', ?, ?, null, ?, ?
                        from dual where not exists (select 1 from payment_one_off where entitlement_id = ? and kind = 'FUNERAL')""")) {
            insert.setBytes(1, Uuids.bytes(id));
            insert.setString(2, province);
            insert.setString(3, commune);
            insert.setBytes(4, Uuids.bytes(line.entitlementId()));
            insert.setBytes(5, Uuids.bytes(line.personId()));
            insert.setLong(6, amount);
            insert.setString(7, "Hỗ trợ mai táng: " + line.fullName());
            insert.setTimestamp(8, Timestamp.from(clock.instant()));
            insert.setString(9, actor);
            insert.setBytes(10, Uuids.bytes(line.entitlementId()));
            created = insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record funeral support", e);
        }
        if (created == 1) {
            audit.record(new AuditEntry(actor, actorRole, "payment.funeral-support-owed", "PAYMENT_ONE_OFF", id, province,
                    commune, List.of(new AuditEntry.Change("entitlementId", null, line.entitlementId().toString()),
                            new AuditEntry.Change("amountVnd", null, Long.toString(amount)))));
        }
    }
}
