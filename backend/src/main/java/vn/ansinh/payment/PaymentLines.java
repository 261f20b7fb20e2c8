package vn.ansinh.payment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.ansinh.shared.Uuids;

/** Reads of payment lines over JDBC (a payroll holds thousands: no entity per row). */
@ApplicationScoped
class PaymentLines {

    static final String COLUMNS = """
            l.id, l.payroll_id, l.month, l.kind, l.entitlement_id, l.person_id, l.amount_vnd, l.first_month, l.last_month,
            l.month_count, l.full_name, l.folded_name, l.national_id, l.village_name, l.programme_code, l.group_code,
            l.coefficient, l.standard_level_vnd, l.source_id, l.note, l.status, l.confirmed_at, l.recorded_at, l.confirmed_by,
            l.recipient_kind, l.recipient_name, l.recipient_id_number, l.method, l.not_paid_reason, l.version""";

    @Inject
    DataSource dataSource;

    /** The lines of a payroll in the order of the paper list: village, then name. */
    List<PaymentLineView> ofPayroll(UUID payrollId, String folded, String village, LineStatus status, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from payment_line l where l.payroll_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(Uuids.bytes(payrollId));
        if (folded != null && !folded.isBlank()) {
            sql.append(" and l.folded_name like ?");
            args.add("%" + folded.replace("%", "").replace("_", "") + "%");
        }
        if (village != null && !village.isBlank()) {
            sql.append(" and l.village_name = ?");
            args.add(village);
        }
        if (status != null) {
            sql.append(" and l.status = ?");
            args.add(status.name());
        }
        sql.append(" order by coalesce(l.village_name, ''), l.folded_name, l.kind, l.id limit ? offset ?");
        args.add(limit);
        args.add(offset);
        return query(sql.toString(), args);
    }

    long countOfPayroll(UUID payrollId, String folded, String village, LineStatus status) {
        StringBuilder sql = new StringBuilder("select count(*) from payment_line l where l.payroll_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(Uuids.bytes(payrollId));
        if (folded != null && !folded.isBlank()) {
            sql.append(" and l.folded_name like ?");
            args.add("%" + folded.replace("%", "").replace("_", "") + "%");
        }
        if (village != null && !village.isBlank()) {
            sql.append(" and l.village_name = ?");
            args.add(village);
        }
        if (status != null) {
            sql.append(" and l.status = ?");
            args.add(status.name());
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql.toString())) {
            bind(select, args);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count payment lines", e);
        }
    }

    Optional<PaymentLineView> find(UUID id) {
        List<PaymentLineView> found = query("select " + COLUMNS + " from payment_line l where l.id = ?", List.of(Uuids.bytes(id)));
        return found.stream().findFirst();
    }

    /** The lines of an entitlement, newest month first (for the 3-unpaid-months rule and tests). */
    List<PaymentLineView> ofEntitlement(UUID entitlementId) {
        return query("select " + COLUMNS + " from payment_line l where l.entitlement_id = ? order by l.month desc, l.id",
                List.of(Uuids.bytes(entitlementId)));
    }

    private List<PaymentLineView> query(String sql, List<Object> args) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, args);
            List<PaymentLineView> lines = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(read(rows));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read payment lines", e);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            statement.setObject(i + 1, args.get(i));
        }
    }

    static PaymentLineView read(ResultSet r) throws SQLException {
        return new PaymentLineView(Uuids.uuid(r.getBytes(1)), Uuids.uuid(r.getBytes(2)), month(r, 3),
                LineKind.valueOf(r.getString(4)), Uuids.uuid(r.getBytes(5)), Uuids.uuid(r.getBytes(6)), r.getLong(7),
                month(r, 8), month(r, 9), r.getInt(10), r.getString(11), r.getString(12), r.getString(13), r.getString(14),
                r.getString(15), r.getString(16), r.getBigDecimal(17), r.getLong(18), Uuids.uuid(r.getBytes(19)),
                r.getString(20), LineStatus.valueOf(r.getString(21)), instant(r.getTimestamp(22)), instant(r.getTimestamp(23)),
                r.getString(24), r.getString(25) == null ? null : RecipientKind.valueOf(r.getString(25)), r.getString(26),
                r.getString(27), r.getString(28) == null ? null : PaymentMethod.valueOf(r.getString(28)),
                r.getString(29) == null ? null : NotPaidReason.valueOf(r.getString(29)), r.getLong(30));
    }

    private static String month(ResultSet r, int column) throws SQLException {
        java.sql.Date date = r.getDate(column);
        return date == null ? null : Months.format(date.toLocalDate());
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static LocalDate monthOf(String text) {
        return text == null ? null : java.time.YearMonth.parse(text).atDay(1);
    }
}
