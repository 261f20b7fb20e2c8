package vn.ansinh.person;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.ansinh.identity.Actor;
import vn.ansinh.shared.Uuids;

/**
 * Person lists and name search as native SQL returning only the summary columns (no entity is
 * loaded for a list). Every query starts with the caller's scope (province, then commune), which
 * the indexes also start with (docs/adr/0010-person-search.md).
 * <p>
 * A name search walks the index range of one query word, the one with the fewest people (the
 * "driver"), in name order, and checks the other words on the same index row, which carries the
 * person's folded name: every word must be a whole word of the name, the last one may be its
 * beginning. The first page of a common word is thus found without sorting, and counting stops
 * at {@value #COUNT_CAP}.
 */
@ApplicationScoped
class PersonSearch {

    static final int COUNT_CAP = 1_000;
    /** The first rows of a result read at once, so that a small result needs no count query. */
    static final int WINDOW = 200;
    /** Word ranges up to this many rows are small enough to sort. */
    static final int SMALL_RANGE = 2_000;
    private static final long ESTIMATE_TTL_MILLIS = 600_000;
    private static final int ESTIMATE_CACHE_LIMIT = 50_000;

    enum Order {
        FULL_NAME(true, "folded_name asc, %1$s.birth_year asc, %2$s asc"),
        FULL_NAME_DESC(true, "folded_name desc, %1$s.birth_year desc, %2$s desc"),
        BIRTH_DATE(false, "p.birth_date asc, %2$s asc"), BIRTH_DATE_DESC(false, "p.birth_date desc, %2$s desc"),
        CREATED_AT(false, "p.created_at asc, %2$s asc"), CREATED_AT_DESC(false, "p.created_at desc, %2$s desc");

        final boolean byName;
        private final String template;

        Order(boolean byName, String template) {
            this.byName = byName;
            this.template = template;
        }

        /** The ORDER BY of a query over person {@code p}, or over word rows {@code w} when sorting by name. */
        String sql(String alias, String idColumn) {
            return byName ? alias + "." + template.formatted(alias, idColumn) : template.formatted(alias, idColumn);
        }

        static Order parse(String sort) {
            return switch (sort == null ? "fullName" : sort.strip()) {
                case "fullName", "" -> FULL_NAME;
                case "-fullName" -> FULL_NAME_DESC;
                case "birthDate" -> BIRTH_DATE;
                case "-birthDate" -> BIRTH_DATE_DESC;
                case "createdAt" -> CREATED_AT;
                case "-createdAt" -> CREATED_AT_DESC;
                default -> null;
            };
        }
    }

    /** Validated criteria: the scope's province (null: country) and commune (null: whole province). */
    record Criteria(String provinceCode, String communeCode, List<String> words, String nationalId, Integer birthYear,
            BirthDate birthDate, UUID householdId, Order order, int page, int size) {

        Criteria inProvince(String code) {
            return new Criteria(code, communeCode, words, nationalId, birthYear, birthDate, householdId, order, page, size);
        }
    }

    private record Estimate(long rows, long at) {
    }

    private record Sql(String text, List<Object> params) {
    }

    @Inject
    javax.sql.DataSource dataSource;

    @Inject
    vn.ansinh.area.AreaService areas;

    @Inject
    java.time.Clock clock;

    private final Map<String, Estimate> estimates = new ConcurrentHashMap<>();

    /** A page of ids and, when the query's first {@value #WINDOW} rows held everything, the total. */
    private record Found(List<UUID> ids, long total) {

        static final long UNKNOWN = -1;
    }

    PersonPage search(Criteria criteria, Actor actor) {
        try (Connection connection = dataSource.getConnection()) {
            Found found;
            Sql countSql;
            boolean narrow = criteria.nationalId() != null || criteria.householdId() != null || criteria.words().isEmpty();
            if (narrow) {
                Sql where = personWhere(criteria);
                found = page(connection, "select p.id from person p " + where.text() + " order by "
                        + criteria.order().sql("p", "p.id"), where.params(), criteria);
                countSql = new Sql("select count(*) from (select 1 from person p " + where.text() + " limit %d) c", where.params());
            } else {
                long end = (long) (criteria.page() + 1) * criteria.size();
                boolean countryPage = criteria.provinceCode() == null && criteria.order().byName && end <= WINDOW;
                long wanted = countryPage ? (end + 1) * areas.provinceCodes(LocalDate.now(clock)).size()
                        : end <= WINDOW ? WINDOW + 1 : end;
                String driver = driver(connection, criteria, wanted);
                boolean prefixDriver = driver.endsWith("%");
                if (countryPage) {
                    found = countryPage(connection, criteria, driver);
                    Sql words = wordWhere(criteria, driver);
                    countSql = new Sql("select count(*) from (select 1 from person_name_word w"
                            + (criteria.birthDate() != null ? " join person p on p.id = w.person_id" : "") + " "
                            + words.text() + " limit %d) c", words.params());
                } else if (prefixDriver && criteria.words().size() == 1 && criteria.provinceCode() != null
                        && estimate(connection, criteria, driver) >= SMALL_RANGE && criteria.order().byName) {
                    // A short common beginning alone ("ngu"): walk the people in name order, checking it on each name;
                    // matches are dense, so a page is found early (sorting the whole range would not be). Not for the
                    // whole country: its people are not in one name order (the indexes start with the province).
                    Sql where = personWhere(criteria);
                    found = page(connection, "select p.id from person p " + where.text() + " order by "
                            + criteria.order().sql("p", "p.id"), where.params(), criteria);
                    Sql words = wordWhere(criteria, driver);
                    countSql = new Sql("select count(*) from (select 1 from person_name_word w "
                            + words.text() + " limit %d) c", words.params());
                } else {
                    Sql where = wordWhere(criteria, driver);
                    String join = criteria.birthDate() != null || !criteria.order().byName ? " join person p on p.id = w.person_id" : "";
                    String sortColumns = criteria.order().byName ? ", w.folded_name, w.birth_year"
                            : criteria.order().sql("p", "p.id").contains("birth_date") ? ", p.birth_date" : ", p.created_at";
                    found = page(connection, "select w.person_id" + sortColumns + " from person_name_word w" + join
                            + " " + where.text() + " order by " + criteria.order().sql("w", "w.person_id"), where.params(), criteria);
                    countSql = new Sql("select count(*) from (select w.person_id from person_name_word w" + join
                            + " " + where.text() + " limit %d) c", where.params());
                }
            }
            long total = found.total() != Found.UNKNOWN ? found.total()
                    : count(connection, countSql.text().formatted(COUNT_CAP + 1), countSql.params());
            boolean capped = total > COUNT_CAP;
            total = Math.min(total, COUNT_CAP);
            int totalPages = (int) ((total + criteria.size() - 1) / criteria.size());
            return new PersonPage(summaries(connection, found.ids(), actor), criteria.page(), criteria.size(), total,
                    totalPages, capped);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not search people", e);
        }
    }

    /**
     * A country-wide page in name order, as the province path finds it once per province: each province's
     * first rows in name order (its index range is in name order, so each stops early), merged and cut to the
     * page. The people of the whole country are in no single name order (every index starts with the province),
     * so one query over all provinces would sort every match of a common word. The total is known when fewer
     * rows than asked came back; otherwise the capped count is needed.
     */
    private Found countryPage(Connection connection, Criteria criteria, String driver) throws SQLException {
        List<String> provinces = areas.provinceCodes(LocalDate.now(clock));
        // A short common beginning alone: walk each province's people in name order (see search()).
        boolean walk = driver.endsWith("%") && criteria.words().size() == 1
                && estimate(connection, criteria, driver) >= (long) SMALL_RANGE * provinces.size();
        long offset = (long) criteria.page() * criteria.size();
        long limit = offset + criteria.size() + 1;
        StringBuilder sql = new StringBuilder("select id from (");
        List<Object> params = new ArrayList<>();
        for (String province : provinces) {
            Criteria one = criteria.inProvince(province);
            Sql where = walk ? personWhere(one) : wordWhere(one, driver);
            if (!province.equals(provinces.get(0))) {
                sql.append(" union all ");
            }
            sql.append(walk ? "(select p.id, p.folded_name, p.birth_year from person p "
                    : "(select w.person_id as id, w.folded_name, w.birth_year from person_name_word w"
                            + (criteria.birthDate() != null ? " join person p on p.id = w.person_id " : " "))
                    .append(where.text()).append(" order by ")
                    .append(walk ? criteria.order().sql("p", "p.id") : criteria.order().sql("w", "w.person_id"))
                    .append(" limit ").append(limit).append(')');
            params.addAll(where.params());
        }
        sql.append(") u order by ").append(criteria.order().sql("u", "u.id")).append(" limit ").append(limit);
        List<UUID> rows = ids(connection, sql.toString(), params);
        List<UUID> slice = rows.subList((int) Math.min(offset, rows.size()), (int) Math.min(offset + criteria.size(), rows.size()));
        return new Found(List.copyOf(slice), rows.size() < limit ? rows.size() : Found.UNKNOWN);
    }

    /**
     * The page's ids. When the page lies within the first {@value #WINDOW} rows, those rows are read at once:
     * if there are no more, the total is known without a count query (most searches for a given name).
     */
    private static Found page(Connection connection, String sql, List<Object> params, Criteria criteria) throws SQLException {
        long offset = (long) criteria.page() * criteria.size();
        if (offset + criteria.size() <= WINDOW) {
            List<UUID> first = ids(connection, sql + " limit " + (WINDOW + 1), params);
            List<UUID> slice = first.subList((int) Math.min(offset, first.size()),
                    (int) Math.min(offset + criteria.size(), first.size()));
            return new Found(List.copyOf(slice), first.size() <= WINDOW ? first.size() : Found.UNKNOWN);
        }
        return new Found(ids(connection, sql + " limit " + criteria.size() + " offset " + offset, params), Found.UNKNOWN);
    }

    private static List<UUID> ids(Connection connection, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, params); ResultSet rows = statement.executeQuery()) {
            List<UUID> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(Uuids.uuid(rows.getBytes(1)));
            }
            return ids;
        }
    }

    private static long count(Connection connection, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, params); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        return statement;
    }

    /**
     * The query word (exact) or the last word's beginning (ending in %) whose range costs the fewest rows to
     * read. A beginning's range spans several words, so it is read whole and sorted: its cost is its size. An
     * exact word's range is in name order, so a page in name order stops once it has the rows it needs: about
     * those rows divided by the share of people who also have the other words (taken as independent). So
     * "nguyen van" walks "nguyen" (a third of its rows also hold "van") rather than sort everyone whose name
     * has a word starting with "van".
     */
    private String driver(Connection connection, Criteria criteria, long wanted) throws SQLException {
        List<String> words = criteria.words();
        List<String> candidates = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String candidate = i == words.size() - 1 ? words.get(i) + "%" : words.get(i);
            candidates.add(candidate);
            rows.add(estimate(connection, criteria, candidate));
        }
        long people = criteria.order().byName && words.size() > 1 ? Math.max(1, peopleInScope(connection, criteria)) : 0;
        String best = null;
        double cheapest = Double.MAX_VALUE;
        for (int i = 0; i < candidates.size(); i++) {
            double cost = rows.get(i);
            if (people > 0 && !candidates.get(i).endsWith("%")) {
                double share = 1;
                for (int j = 0; j < candidates.size(); j++) {
                    if (j != i) {
                        share *= Math.min(1.0, (double) rows.get(j) / people);
                    }
                }
                cost = Math.min(cost, wanted / Math.max(share, 1e-9));
            }
            if (cost < cheapest) {
                best = candidates.get(i);
                cheapest = cost;
            }
        }
        return best;
    }

    /** People in the scope, by the optimizer's estimate (an index dive; cached like the word estimates). */
    private long peopleInScope(Connection connection, Criteria criteria) throws SQLException {
        String key = criteria.provinceCode() + "|" + criteria.communeCode() + "|";
        long now = System.currentTimeMillis();
        Estimate cached = estimates.get(key);
        if (cached != null && now - cached.at() < ESTIMATE_TTL_MILLIS) {
            return cached.rows();
        }
        StringBuilder sql = new StringBuilder("select 1 from person p where ");
        List<Object> params = new ArrayList<>();
        scope(sql, params, criteria, "p");
        long rows = explainedRows(connection, sql.toString(), params);
        estimates.put(key, new Estimate(rows, now));
        return rows;
    }

    /**
     * Rows of a word's (or a beginning's) range in the scope: counted exactly up to {@value #SMALL_RANGE}, beyond
     * that the optimizer's own estimate (index dives; cheap, and right to a factor of about two, enough to tell
     * a rare word from a common one). Kept ten minutes: how common a name word is changes slowly.
     */
    private long estimate(Connection connection, Criteria criteria, String word) throws SQLException {
        String key = criteria.provinceCode() + "|" + criteria.communeCode() + "|" + word;
        long now = System.currentTimeMillis();
        Estimate cached = estimates.get(key);
        if (cached != null && now - cached.at() < ESTIMATE_TTL_MILLIS) {
            return cached.rows();
        }
        StringBuilder range = new StringBuilder("from person_name_word w where ");
        List<Object> params = new ArrayList<>();
        scope(range, params, criteria, "w");
        range.append(word.endsWith("%") ? " and w.word like ?" : " and w.word = ?");
        params.add(word);
        long rows = count(connection, "select count(*) from (select 1 " + range + " limit " + SMALL_RANGE + ") c", params);
        if (rows >= SMALL_RANGE) {
            rows = Math.max(SMALL_RANGE, explainedRows(connection, "select 1 " + range, params));
        }
        if (estimates.size() > ESTIMATE_CACHE_LIMIT) {
            estimates.clear();
        }
        estimates.put(key, new Estimate(rows, now));
        return rows;
    }

    /** The optimizer's estimate of the rows a query reads (the {@code rows} column of EXPLAIN, MySQL and MariaDB alike). */
    private static long explainedRows(Connection connection, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement explain = prepare(connection, "explain " + sql, params); ResultSet plan = explain.executeQuery()) {
            long rows = 0;
            while (plan.next()) {
                rows = Math.max(rows, plan.getLong("rows"));
            }
            return rows;
        }
    }

    private void scope(StringBuilder sql, List<Object> params, Criteria criteria, String alias) {
        sql.append("1 = 1");
        if (criteria.provinceCode() != null) {
            sql.append(" and ").append(alias).append(".province_code = ?");
            params.add(criteria.provinceCode());
        } else {
            // Country scope: every province, so that the indexes (which start with the province) still serve.
            List<String> codes = areas.provinceCodes(LocalDate.now(clock));
            sql.append(" and ").append(alias).append(".province_code in (")
                    .append(String.join(", ", java.util.Collections.nCopies(codes.size(), "?"))).append(')');
            params.addAll(codes);
        }
        if (criteria.communeCode() != null) {
            sql.append(" and ").append(alias).append(".commune_code = ?");
            params.add(criteria.communeCode());
        }
    }

    /** Conditions over word rows {@code w}: the driver's range, the other words checked on the row's folded name. */
    private Sql wordWhere(Criteria criteria, String driver) {
        StringBuilder sql = new StringBuilder("where ");
        List<Object> params = new ArrayList<>();
        scope(sql, params, criteria, "w");
        sql.append(driver.endsWith("%") ? " and w.word like ?" : " and w.word = ?");
        params.add(driver);
        if (driver.endsWith("%")) {
            // A person has one row per word, so two of their words may begin alike ("Nguyễn Ngọc" for "ng"): keep only
            // the row of the first such word (words are distinct per person), which counts each person once without
            // DISTINCT. Words cut to 40 characters cannot be located whole: they always pass.
            sql.append(" and (char_length(w.word) = ").append(NameWords.MAX_WORD_LENGTH)
                    .append(" or locate(concat(' ', w.word, ' '), concat(' ', w.folded_name, ' ')) = locate(?, concat(' ', w.folded_name)))");
            params.add(" " + driver.substring(0, driver.length() - 1));
        }
        nameWords(sql, params, criteria.words(), driver, "w");
        if (criteria.birthYear() != null) {
            sql.append(" and w.birth_year = ?");
            params.add(criteria.birthYear());
        }
        birthDate(sql, params, criteria.birthDate());
        return new Sql(sql.toString(), params);
    }

    /**
     * Every query word as a whole word of the folded name, the last one also as a beginning; the
     * driver is left out (its range already ensures it). Folded words hold only letters and digits:
     * nothing to escape in a LIKE pattern.
     */
    private static void nameWords(StringBuilder sql, List<Object> params, List<String> words, String driver, String alias) {
        for (int i = 0; i < words.size(); i++) {
            boolean last = i == words.size() - 1;
            String word = words.get(i);
            if (word.equals(driver) || last && driver != null && driver.equals(word + "%")) {
                continue;
            }
            if (last) {
                sql.append(" and concat(' ', ").append(alias).append(".folded_name) like ?");
                params.add("% " + word + "%");
            } else {
                sql.append(" and concat(' ', ").append(alias).append(".folded_name, ' ') like ?");
                params.add("% " + word + " %");
            }
        }
    }

    private static void birthDate(StringBuilder sql, List<Object> params, BirthDate birth) {
        if (birth == null) {
            return;
        }
        // A date asked for matches people whose (possibly less precise) birth date may be that day.
        sql.append(" and p.birth_year = ?");
        params.add(birth.year());
        switch (birth.precision()) {
            case YEAR -> {
            }
            case MONTH -> {
                sql.append(" and (p.birth_date_precision = 'YEAR' or p.birth_date between ? and ?)");
                params.add(Date.valueOf(birth.date()));
                params.add(Date.valueOf(birth.date().plusMonths(1).minusDays(1)));
            }
            case DAY -> {
                sql.append(" and (p.birth_date_precision = 'YEAR' or (p.birth_date_precision = 'MONTH' and p.birth_date = ?)"
                        + " or p.birth_date = ?)");
                params.add(Date.valueOf(birth.date().withDayOfMonth(1)));
                params.add(Date.valueOf(birth.date()));
            }
        }
    }

    /** Conditions over people {@code p}; name words checked on the folded name. */
    private Sql personWhere(Criteria criteria) {
        StringBuilder sql = new StringBuilder("where ");
        List<Object> params = new ArrayList<>();
        scope(sql, params, criteria, "p");
        nameWords(sql, params, criteria.words(), null, "p");
        if (criteria.nationalId() != null) {
            sql.append(" and p.national_id = ?");
            params.add(criteria.nationalId());
        }
        if (criteria.birthYear() != null) {
            sql.append(" and p.birth_year = ?");
            params.add(criteria.birthYear());
        }
        birthDate(sql, params, criteria.birthDate());
        if (criteria.householdId() != null) {
            sql.append(" and p.household_id = ?");
            params.add(Uuids.bytes(criteria.householdId()));
        }
        return new Sql(sql.toString(), params);
    }

    /** The summaries of a page's people, in the page's order: one primary-key read each, with household and village. */
    private static List<PersonSummary> summaries(Connection connection, List<UUID> ids, Actor actor) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        ids.forEach(id -> params.add(Uuids.bytes(id)));
        String sql = """
                select p.id, p.full_name, p.birth_date, p.birth_date_precision, p.sex, p.national_id, p.commune_code,
                       h.code, v.name
                from person p
                left join household h on h.id = p.household_id
                left join village v on v.id = h.village_id
                where p.id in (%s)""".formatted(String.join(", ", java.util.Collections.nCopies(ids.size(), "?")));
        boolean masked = PersonService.seesMaskedNationalId(actor);
        Map<UUID, PersonSummary> byId = new HashMap<>();
        try (PreparedStatement statement = prepare(connection, sql, params); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                BirthDate birth = BirthDate.stored(rows.getDate(3).toLocalDate(), BirthDatePrecision.valueOf(rows.getString(4)));
                String nationalId = rows.getString(6);
                UUID id = Uuids.uuid(rows.getBytes(1));
                byId.put(id, new PersonSummary(id, rows.getString(2), birth.iso(), Sex.valueOf(rows.getString(5)),
                        nationalId == null ? null : masked ? new NationalId(nationalId).masked() : nationalId,
                        rows.getString(7), rows.getString(8), rows.getString(9)));
            }
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
