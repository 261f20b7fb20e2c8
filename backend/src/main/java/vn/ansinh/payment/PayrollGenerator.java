package vn.ansinh.payment;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ansinh.audit.AuditEntry;
import vn.ansinh.audit.AuditService;
import vn.ansinh.shared.Uuids;

/**
 * Generates the payroll of one commune for a month with a few set-based statements in one READ
 * COMMITTED transaction (ADR 0019): the payroll row, carried-over lines, regular lines with their
 * snapshots, the paid-at-most-once claims ({@code payment_line_month}) of the new lines, arrears
 * lines, one-off lines, totals, and one audit event. A province is generated commune by commune,
 * several communes at a time (ADR 0027; {@link PayrollService}). Only DRAFT payrolls receive lines,
 * and a month already claimed is never claimed again, so running it again adds nothing; racing runs
 * of a commune take turns on its {@code payroll_commune_lock} row.
 */
@ApplicationScoped
class PayrollGenerator {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(PayrollGenerator.class);

    /** The steps of one commune's generation, timed for the log (bench/payroll.sh reads them). */
    static final int STEPS = 9;

    /** Ids made by the database: UUID v1, ascending within one statement, so big inserts append. */
    static final String NEW_ID = "unhex(replace(uuid(), '-', ''))";

    /**
     * Payable in month ?: started, not ended, and no suspension covers it unowed (contract of the
     * entitlement tables, brief). The alias of the entitlement is {@code e}; takes the month twice... see uses.
     */
    static final String PAYABLE = """
            e.start_month <= :m and (e.end_month is null or e.end_month >= :m)
            and not exists (select 1 from entitlement_suspension s where s.entitlement_id = e.id and s.from_month <= :m
                            and (s.resumed_month is null or :m < s.resumed_month) and not coalesce(s.months_owed, false))""";

    /** The amount version in force in month :m for entitlement e. */
    static final String VERSION_IN_FORCE = """
            v.entitlement_id = e.id and v.effective_month = (select max(v2.effective_month) from entitlement_version v2
                where v2.entitlement_id = e.id and v2.effective_month <= :m)""";

    static final String SNAPSHOT_COLUMNS = """
            id, payroll_id, run_id, province_code, commune_code, month, kind, entitlement_id, person_id, amount_vnd,
            first_month, last_month, month_count, source_id, full_name, folded_name, national_id, village_name,
            programme_code, group_code, coefficient, standard_level_vnd, status, created_at, version""";

    /**
     * The regular lines of month :m: also the statement the benchmark's floor copies (bench/payroll.sh).
     * Claimed months are found by a primary-key probe of {@code payment_line_month} per entitlement
     * (LEFT JOIN … IS NULL): a NOT EXISTS is planned by MariaDB as a scan of every month ever claimed.
     */
    static final String REGULAR_SELECT = """
            select %s, p.id, :run, e.province_code, e.commune_code, :m, 'REGULAR', e.id, e.person_id, v.amount_vnd,
                   :m, :m, 1, null, pe.full_name, pe.folded_name, pe.national_id, vi.name,
                   e.programme_code, e.group_code, v.coefficient, v.standard_level_vnd, 'PENDING', :now, 0
            from entitlement e
            join payroll p on p.commune_code = e.commune_code and p.month = :m and p.status = 'DRAFT'
            join entitlement_version v on %s
            join person pe on pe.id = e.person_id
            left join household h on h.id = pe.household_id
            left join village vi on vi.id = h.village_id
            left join payment_line_month claimed on claimed.entitlement_id = e.id and claimed.month = :m
            where e.province_code = :p and (:c is null or e.commune_code = :c) and %s and claimed.entitlement_id is null"""
            .formatted(NEW_ID, VERSION_IN_FORCE, PAYABLE);

    /** The communes of :p (or just :c) with something to pay in :m: entitlements, unpaid lines, one-offs. */
    static final String COMMUNES_TO_PAY = """
            select distinct e.commune_code from entitlement e
            where e.province_code = :p and (:c is null or e.commune_code = :c) and e.status in ('ACTIVE', 'SUSPENDED')
            union
            select distinct e.commune_code from entitlement e
            where e.province_code = :p and (:c is null or e.commune_code = :c) and e.status = 'TERMINATED'
              and e.end_month >= :m
            union
            select u.commune_code from payment_line_unpaid u
            where u.province_code = :p and (:c is null or u.commune_code = :c) and u.month < :m
            union
            select o.commune_code from payment_one_off o
            where o.province_code = :p and (:c is null or o.commune_code = :c) and o.line_id is null""";

    @Inject
    DataSource dataSource;

    @Inject
    AuditService audit;

    /** What one generation did. */
    record Outcome(int payrollsCreated, int linesCreated) {

        Outcome plus(Outcome other) {
            return new Outcome(payrollsCreated + other.payrollsCreated, linesCreated + other.linesCreated);
        }
    }

    /** Time spent in each step, summed over the communes of a run (for the log). */
    static final class StepTimes {
        private final long[] nanos = new long[STEPS + 1];

        synchronized void add(int step, long took) {
            nanos[step] += took;
        }

        @Override
        public synchronized String toString() {
            StringBuilder text = new StringBuilder();
            for (int step = 1; step <= STEPS; step++) {
                text.append(' ').append(step).append('=').append(nanos[step] / 1_000_000).append("ms");
            }
            return text.toString();
        }
    }

    /**
     * The communes a run of {@code provinceCode} (or of {@code communeCode} alone) generates: those with
     * something to pay in the month whose payroll, if any, is still a draft.
     */
    List<String> communesToGenerate(String provinceCode, String communeCode, LocalDate month) {
        try (Connection connection = dataSource.getConnection()) {
            Sql sql = new Sql(connection, null, provinceCode, communeCode, month, null);
            List<String> communes = new ArrayList<>();
            for (Object[] row : sql.rows("select c.commune_code from (" + COMMUNES_TO_PAY + """
                    ) c
                    where not exists (select 1 from payroll x where x.commune_code = c.commune_code and x.month = :m
                                      and x.status <> 'DRAFT')
                    order by c.commune_code""")) {
                communes.add((String) row[0]);
            }
            return communes;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list the communes to generate: " + e.getMessage(), e);
        }
    }

    /** One commune: a large one takes seconds; the default 60 s transaction timeout would be too tight on a busy server. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 3600)
    Outcome generate(UUID runId, String provinceCode, String communeCode, LocalDate month, String actor, String actorRole,
            Instant now, StepTimes times) {
        java.util.Objects.requireNonNull(communeCode, "a generation is per commune");
        long started = System.nanoTime();
        long[] last = { started };
        IntConsumer progress = step -> {
            long at = System.nanoTime();
            times.add(step, at - last[0]);
            last[0] = at;
        };
        try (Connection connection = dataSource.getConnection()) {
            // Before the first statement of the transaction: consistent reads without locking the source rows.
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            Sql sql = new Sql(connection, runId, provinceCode, communeCode, month, now);
            sql.update("insert ignore into payroll_commune_lock (commune_code) values (:c)");
            sql.rows("select commune_code from payroll_commune_lock where commune_code = :c for update");
            progress.accept(1);

            int payrolls = sql.update("""
                    insert into payroll (id, province_code, commune_code, month, status, agent_id, service_point_id, line_count,
                                         total_vnd, adjustment_count, adjustment_total_vnd, generated_by, generated_at, version)
                    select %s, :p, c.commune_code, :m, 'DRAFT', sp.agent_id, sp.id, 0, 0, 0, 0, :actor, :now, 0
                    from (%s) c
                    left join service_point sp on sp.active_commune = c.commune_code
                    where not exists (select 1 from payroll x where x.commune_code = c.commune_code and x.month = :m)"""
                    .formatted(NEW_ID, COMMUNES_TO_PAY), actor);
            progress.accept(2);

            // Unpaid lines of earlier months: carried over while the entitlement is payable now, else released.
            int carried = sql.update("""
                    insert into payment_line (%s)
                    select %s, p.id, :run, o.province_code, o.commune_code, :m, 'CARRY_OVER', o.entitlement_id, o.person_id,
                           o.amount_vnd, o.first_month, o.last_month, o.month_count, o.id, o.full_name, o.folded_name,
                           o.national_id, o.village_name, o.programme_code, o.group_code, o.coefficient, o.standard_level_vnd,
                           'PENDING', :now, 0
                    from payment_line_unpaid u
                    join payment_line o on o.id = u.line_id
                    join entitlement e on e.id = o.entitlement_id
                    join payroll p on p.commune_code = u.commune_code and p.month = :m and p.status = 'DRAFT'
                    where u.province_code = :p and (:c is null or u.commune_code = :c) and u.month < :m and %s"""
                    .formatted(SNAPSHOT_COLUMNS, NEW_ID, PAYABLE));
            if (carried > 0) {
                // The months move with the money: the claim now names the new line.
                sql.update("""
                        update payment_line_month pm
                        join payment_line_unpaid u on u.province_code = :p and (:c is null or u.commune_code = :c) and u.month < :m
                        join payment_line o on o.id = u.line_id
                        join payroll p on p.commune_code = u.commune_code and p.month = :m and p.status = 'DRAFT'
                        join payment_line n on n.payroll_id = p.id and n.run_id = :run and n.kind = 'CARRY_OVER' and n.source_id = o.id
                        set pm.line_id = n.id
                        where pm.entitlement_id = o.entitlement_id and pm.month between o.first_month and o.last_month
                          and pm.line_id = o.id""");
                sql.update("""
                        update payment_line o
                        join payment_line_unpaid u on u.line_id = o.id
                        join payroll p on p.commune_code = u.commune_code and p.month = :m and p.status = 'DRAFT'
                        join payment_line n on n.payroll_id = p.id and n.run_id = :run and n.kind = 'CARRY_OVER' and n.source_id = o.id
                        set o.carry_state = 'CARRIED'
                        where u.province_code = :p and (:c is null or u.commune_code = :c) and u.month < :m""");
                sql.update("""
                        delete u from payment_line_unpaid u join payment_line o on o.id = u.line_id
                        where u.province_code = :p and (:c is null or u.commune_code = :c) and u.month < :m
                          and o.carry_state = 'CARRIED'""");
            }
            // Not payable now (suspended, ended): the months are freed; arrears pay them if they become owed again.
            sql.update("""
                    delete pm from payment_line_month pm
                    join payment_line o on o.id = pm.line_id
                    join payment_line_unpaid u on u.line_id = o.id
                    join entitlement e on e.id = o.entitlement_id
                    where u.province_code = :p and (:c is null or u.commune_code = :c) and u.month < :m
                      and pm.entitlement_id = o.entitlement_id and pm.month between o.first_month and o.last_month
                      and not (%s)""".formatted(PAYABLE));
            sql.update("""
                    update payment_line o
                    join payment_line_unpaid u on u.line_id = o.id
                    join entitlement e on e.id = o.entitlement_id
                    set o.carry_state = 'RELEASED'
                    where u.province_code = :p and (:c is null or u.commune_code = :c) and u.month < :m
                      and not (%s)""".formatted(PAYABLE));
            sql.update("""
                    delete u from payment_line_unpaid u join payment_line o on o.id = u.line_id
                    where u.province_code = :p and (:c is null or u.commune_code = :c) and u.month < :m
                      and o.carry_state = 'RELEASED'""");
            progress.accept(3);

            int regular = sql.update("insert into payment_line (" + SNAPSHOT_COLUMNS + ") " + REGULAR_SELECT);
            progress.accept(4);
            if (regular > 0) {
                // The new lines' ids ascend within the statement (NEW_ID): their claims are read back by one range of the
                // primary key, found on the covering payroll index, instead of a row lookup per line. Another commune of
                // the run, generated at the same time, may have committed lines inside that range: the commune filters.
                Object[] range = sql.rows("""
                        select min(l.id), max(l.id)
                        from payroll p join payment_line l on l.payroll_id = p.id and l.run_id = :run and l.kind = 'REGULAR'
                        where p.province_code = :p and p.month = :m and p.status = 'DRAFT' and (:c is null or p.commune_code = :c)""")
                        .get(0);
                sql.update("""
                        insert into payment_line_month (entitlement_id, month, line_id, province_code)
                        select l.entitlement_id, l.month, l.id, l.province_code
                        from payment_line l force index (primary)
                        where l.id between ? and ? and l.run_id = :run and l.kind = 'REGULAR' and l.commune_code = :c""",
                        range[0], range[1]);
            }
            progress.accept(5);

            int arrears = arrears(sql);
            progress.accept(6);

            int oneOffs = sql.update("""
                    insert into payment_line (%s)
                    select %s, p.id, :run, o.province_code, o.commune_code, :m, o.kind, o.entitlement_id, o.person_id,
                           o.amount_vnd, null, null, 0, o.id, pe.full_name, pe.folded_name, pe.national_id, vi.name,
                           e.programme_code, e.group_code, coalesce(v.coefficient, 0), coalesce(v.standard_level_vnd, 0),
                           'PENDING', :now, 0
                    from payment_one_off o
                    join entitlement e on e.id = o.entitlement_id
                    join payroll p on p.commune_code = o.commune_code and p.month = :m and p.status = 'DRAFT'
                    join person pe on pe.id = o.person_id
                    left join household h on h.id = pe.household_id
                    left join village vi on vi.id = h.village_id
                    left join entitlement_version v on %s
                    where o.province_code = :p and (:c is null or o.commune_code = :c) and o.line_id is null"""
                    .formatted(SNAPSHOT_COLUMNS, NEW_ID, VERSION_IN_FORCE));
            if (oneOffs > 0) {
                sql.update("""
                        update payment_one_off o
                        join payroll p on p.commune_code = o.commune_code and p.month = :m and p.status = 'DRAFT'
                        join payment_line l on l.payroll_id = p.id and l.run_id = :run and l.kind = o.kind and l.source_id = o.id
                        set o.line_id = l.id
                        where o.province_code = :p and (:c is null or o.commune_code = :c) and o.line_id is null""");
            }
            progress.accept(7);

            int lines = carried + regular + arrears + oneOffs;
            // Communes found from the index of entitlements may have nothing payable this month: no empty payrolls.
            payrolls -= sql.update("""
                    delete p from payroll p left join payment_line l on l.payroll_id = p.id
                    where p.province_code = :p and p.month = :m and p.status = 'DRAFT' and (:c is null or p.commune_code = :c)
                      and l.payroll_id is null""");
            List<AuditEntry> events = new ArrayList<>();
            // Totals of every draft payroll in one pass over the covering payroll index (payroll, run, kind, amount).
            for (Object[] payroll : sql.rows("""
                    select p.id, p.commune_code, count(*), sum(l.amount_vnd), sum(l.run_id = :run)
                    from payroll p join payment_line l on l.payroll_id = p.id
                    where p.province_code = :p and p.month = :m and p.status = 'DRAFT' and (:c is null or p.commune_code = :c)
                    group by p.id, p.commune_code""")) {
                byte[] id = (byte[]) payroll[0];
                long added = ((Number) payroll[4]).longValue();
                if (added == 0) {
                    continue;
                }
                String count = payroll[2].toString();
                String total = payroll[3].toString();
                sql.update("update payroll set line_count = ?, total_vnd = ?, version = version + 1 where id = ?",
                        ((Number) payroll[2]).intValue(), ((Number) payroll[3]).longValue(), id);
                events.add(new AuditEntry(actor, actorRole, "payroll.generated", PayrollService.ENTITY, Uuids.uuid(id),
                        provinceCode, (String) payroll[1], List.of(
                                new AuditEntry.Change("month", null, Months.format(month)),
                                new AuditEntry.Change("linesAdded", null, Long.toString(added)),
                                new AuditEntry.Change("lineCount", null, count),
                                new AuditEntry.Change("totalVnd", null, total))));
            }
            progress.accept(8);
            // One event per payroll, not per line: the lines are the payroll's content, the event says who made it.
            audit.recordAll(events);
            progress.accept(9);
            LOG.debugf("Payroll generation %s of %s for %s: %d payrolls, %d lines in %d ms", runId, communeCode,
                    Months.format(month), payrolls, lines, (System.nanoTime() - started) / 1_000_000);
            return new Outcome(payrolls, lines);
        } catch (SQLException e) {
            throw new IllegalStateException("Payroll generation failed: " + e.getMessage(), e);
        }
    }

    /**
     * Arrears: payable months before :m never claimed, for entitlements payable in :m whose previous
     * month is unclaimed (new, resumed, or a month without payroll) or that resumed with months owed.
     * The exact months go through work rows, so a line never claims a month it does not pay.
     */
    private static int arrears(Sql sql) throws SQLException {
        // The candidates are few (new, resumed, after a month without payroll): they are found first, by one probe of
        // the previous month's claim per entitlement, in a derived table that LIMIT keeps materialised on MySQL and
        // MariaDB alike; STRAIGHT_JOIN then takes each candidate to the calendar by a range of its months (never the
        // calendar to every entitlement), and each month's claim is probed by primary key. Suspended months and
        // amounts are settled afterwards on these few work rows: as conditions of the join above they were evaluated
        // for every candidate and calendar month.
        int months = sql.update("""
                insert into payroll_arrears_month (run_id, entitlement_id, month, amount_vnd)
                select straight_join :work, c.id, cm.month, -1
                from (select e.id, e.start_month, e.end_month from entitlement e
                      join payroll p on p.commune_code = e.commune_code and p.month = :m and p.status = 'DRAFT'
                      left join payment_line_month previous on previous.entitlement_id = e.id
                           and previous.month = date_sub(:m, interval 1 month)
                      where e.province_code = :p and (:c is null or e.commune_code = :c) and e.start_month < :m and %s
                        and (previous.entitlement_id is null
                             or exists (select 1 from entitlement_suspension s2 where s2.entitlement_id = e.id and s2.months_owed))
                      limit 100000000) c
                join payment_calendar_month cm on cm.month >= c.start_month and cm.month < :m
                     and (c.end_month is null or cm.month <= c.end_month)
                left join payment_line_month claimed on claimed.entitlement_id = c.id and claimed.month = cm.month
                where claimed.entitlement_id is null""".formatted(PAYABLE));
        if (months == 0) {
            return 0;
        }
        // Months a suspension covers without owing them are not paid.
        sql.update("""
                delete a from payroll_arrears_month a
                join entitlement_suspension s on s.entitlement_id = a.entitlement_id and s.from_month <= a.month
                     and (s.resumed_month is null or a.month < s.resumed_month) and not coalesce(s.months_owed, false)
                where a.run_id = :work""");
        // Each month at the amount in force then; a month before the first amount version stays at -1 and goes.
        sql.update("""
                update payroll_arrears_month a
                join entitlement_version v on v.entitlement_id = a.entitlement_id
                     and v.effective_month = (select max(v2.effective_month) from entitlement_version v2
                                              where v2.entitlement_id = a.entitlement_id and v2.effective_month <= a.month)
                set a.amount_vnd = v.amount_vnd
                where a.run_id = :work""");
        months -= sql.update("delete from payroll_arrears_month where run_id = :work and amount_vnd < 0");
        if (months == 0) {
            return 0;
        }
        int lines = sql.update("""
                insert into payment_line (%s)
                select %s, p.id, :run, e.province_code, e.commune_code, :m, 'ARREARS', e.id, e.person_id, a.amount,
                       a.first_month, a.last_month, a.month_count, null, pe.full_name, pe.folded_name, pe.national_id, vi.name,
                       e.programme_code, e.group_code, v.coefficient, v.standard_level_vnd, 'PENDING', :now, 0
                from (select entitlement_id, sum(amount_vnd) amount, min(month) first_month, max(month) last_month,
                             count(*) month_count
                      from payroll_arrears_month where run_id = :work group by entitlement_id) a
                join entitlement e on e.id = a.entitlement_id
                join payroll p on p.commune_code = e.commune_code and p.month = :m and p.status = 'DRAFT'
                join entitlement_version v on %s
                join person pe on pe.id = e.person_id
                left join household h on h.id = pe.household_id
                left join village vi on vi.id = h.village_id"""
                .formatted(SNAPSHOT_COLUMNS, NEW_ID, VERSION_IN_FORCE.replace(":m", "a.last_month")));
        sql.update("""
                insert into payment_line_month (entitlement_id, month, line_id, province_code)
                select a.entitlement_id, a.month, l.id, l.province_code
                from payroll_arrears_month a
                join payment_line l on l.entitlement_id = a.entitlement_id and l.month = :m and l.kind = 'ARREARS' and l.run_id = :run
                where a.run_id = :work""");
        sql.update("delete from payroll_arrears_month where run_id = :work");
        return lines;
    }

    private static final java.util.regex.Pattern COMMUNE_FILTER =
            java.util.regex.Pattern.compile("\\(:c is null or ([a-z]+\\.commune_code) = :c\\)");

    /** Named parameters (:p province, :c commune or null, :m month, :run, :now, :actor) over JDBC. */
    private static final class Sql {
        private final Connection connection;
        private final UUID runId;
        /** Key of this generation's work rows ({@code payroll_arrears_month}): communes of one run run side by side. */
        private final UUID workId = Uuids.timeOrdered();
        private final String province;
        private final String commune;
        private final LocalDate month;
        private final Instant now;

        Sql(Connection connection, UUID runId, String province, String commune, LocalDate month, Instant now) {
            this.connection = connection;
            this.runId = runId;
            this.province = province;
            this.commune = commune;
            this.month = month;
            this.now = now;
        }

        int update(String text) throws SQLException {
            return update(text, new Object[0]);
        }

        int update(String text, Object... extra) throws SQLException {
            try (PreparedStatement statement = prepare(text, null, extra)) {
                return statement.executeUpdate();
            }
        }

        int update(String text, String actor) throws SQLException {
            try (PreparedStatement statement = prepare(text, actor)) {
                return statement.executeUpdate();
            }
        }

        List<Object[]> rows(String text, Object... extra) throws SQLException {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement statement = prepare(text, null, extra); ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = result.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }

        private PreparedStatement prepare(String sql, String actor, Object... extra) throws SQLException {
            // "(:c is null or x = :c)" becomes "x = :c" for one commune (an index range) or "1 = 1" for a province.
            String text = COMMUNE_FILTER.matcher(sql).replaceAll(commune == null ? "1 = 1" : "$1 = :c");
            List<String> names = new ArrayList<>();
            StringBuilder jdbc = new StringBuilder();
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(":(run|work|now|actor|p|c|m)\\b|\\?").matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1) == null ? "?" : matcher.group(1));
                matcher.appendReplacement(jdbc, "?");
            }
            matcher.appendTail(jdbc);
            PreparedStatement statement = connection.prepareStatement(jdbc.toString());
            int positional = 0;
            for (int i = 0; i < names.size(); i++) {
                int index = i + 1;
                switch (names.get(i)) {
                    case "run" -> statement.setBytes(index, Uuids.bytes(runId));
                    case "work" -> statement.setBytes(index, Uuids.bytes(workId));
                    case "now" -> statement.setTimestamp(index, Timestamp.from(now));
                    case "actor" -> statement.setString(index, actor);
                    case "p" -> statement.setString(index, province);
                    case "c" -> statement.setString(index, commune);
                    case "m" -> statement.setDate(index, Date.valueOf(month));
                    case "?" -> statement.setObject(index, extra[positional++]);
                    default -> throw new IllegalStateException(names.get(i));
                }
            }
            return statement;
        }
    }
}
