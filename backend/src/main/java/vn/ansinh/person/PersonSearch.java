package vn.ansinh.person;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.ansinh.identity.Actor;
import vn.ansinh.shared.Uuids;

/**
 * Person lists and name search as native SQL returning only the summary columns (no entity is
 * loaded for a list). Every query starts with the caller's scope (province, then commune), which
 * the indexes also start with; name words are matched in {@code person_name_word}: every query
 * word as a whole word, the last one also as a prefix. Reads the household and village tables for
 * the household code and village name of the page's rows only.
 */
@ApplicationScoped
class PersonSearch {

    static final int COUNT_CAP = 10_000;

    enum Order {
        FULL_NAME("p.folded_name asc, p.id asc"), FULL_NAME_DESC("p.folded_name desc, p.id desc"),
        BIRTH_DATE("p.birth_date asc, p.id asc"), BIRTH_DATE_DESC("p.birth_date desc, p.id desc"),
        CREATED_AT("p.created_at asc, p.id asc"), CREATED_AT_DESC("p.created_at desc, p.id desc");

        final String sql;

        Order(String sql) {
            this.sql = sql;
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
    }

    @Inject
    EntityManager em;

    PersonPage search(Criteria criteria, Actor actor) {
        List<Object> params = new ArrayList<>();
        String where = where(criteria, params);
        Query pageQuery = em.createNativeQuery("""
                select p.id, p.full_name, p.birth_date, p.birth_date_precision, p.sex, p.national_id, p.commune_code,
                       h.code, v.name
                from (select p.id from person p %s order by %s limit %d offset %d) page
                join person p on p.id = page.id
                left join household h on h.id = p.household_id
                left join village v on v.id = h.village_id
                order by %s""".formatted(where, criteria.order().sql, criteria.size(),
                (long) criteria.page() * criteria.size(), criteria.order().sql));
        bind(pageQuery, params);
        List<PersonSummary> items = new ArrayList<>();
        boolean masked = PersonService.seesMaskedNationalId(actor);
        for (Object row : pageQuery.getResultList()) {
            Object[] columns = (Object[]) row;
            BirthDate birth = BirthDate.stored(localDate(columns[2]), BirthDatePrecision.valueOf((String) columns[3]));
            String nationalId = (String) columns[5];
            items.add(new PersonSummary(Uuids.uuid((byte[]) columns[0]), (String) columns[1], birth.iso(),
                    Sex.valueOf((String) columns[4]),
                    nationalId == null ? null : masked ? new NationalId(nationalId).masked() : nationalId,
                    (String) columns[6], (String) columns[7], (String) columns[8]));
        }
        long total;
        if (criteria.page() == 0 && items.size() < criteria.size()) {
            total = items.size(); // the whole result fits on the first page: no count needed
        } else {
            Query count = em.createNativeQuery("select count(*) from (select 1 from person p %s limit %d) c"
                    .formatted(where, COUNT_CAP + 1));
            bind(count, params);
            total = ((Number) count.getSingleResult()).longValue();
        }
        boolean capped = total > COUNT_CAP;
        total = Math.min(total, COUNT_CAP);
        int totalPages = (int) ((total + criteria.size() - 1) / criteria.size());
        return new PersonPage(items, criteria.page(), criteria.size(), total, totalPages, capped);
    }

    private static String where(Criteria criteria, List<Object> params) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        if (criteria.provinceCode() != null) {
            where.append(" and p.province_code = ?");
            params.add(criteria.provinceCode());
        }
        if (criteria.communeCode() != null) {
            where.append(" and p.commune_code = ?");
            params.add(criteria.communeCode());
        }
        List<String> words = criteria.words();
        for (int i = 0; i < words.size(); i++) {
            boolean last = i == words.size() - 1;
            where.append(" and exists (select 1 from person_name_word w where w.province_code = p.province_code"
                    + " and w.person_id = p.id and w.word ").append(last ? "like ?" : "= ?").append(')');
            // Folded words hold only letters and digits: nothing to escape in a LIKE pattern.
            params.add(last ? words.get(i) + "%" : words.get(i));
        }
        if (criteria.nationalId() != null) {
            where.append(" and p.national_id = ?");
            params.add(criteria.nationalId());
        }
        if (criteria.birthYear() != null) {
            where.append(" and p.birth_year = ?");
            params.add(criteria.birthYear());
        }
        if (criteria.birthDate() != null) {
            BirthDate birth = criteria.birthDate();
            // A date asked for matches people whose (possibly less precise) birth date may be that day.
            where.append(" and p.birth_year = ?");
            params.add(birth.year());
            switch (birth.precision()) {
                case YEAR -> {
                }
                case MONTH -> {
                    where.append(" and (p.birth_date_precision = 'YEAR' or p.birth_date between ? and ?)");
                    params.add(Date.valueOf(birth.date()));
                    params.add(Date.valueOf(birth.date().plusMonths(1).minusDays(1)));
                }
                case DAY -> {
                    where.append(" and (p.birth_date_precision = 'YEAR' or (p.birth_date_precision = 'MONTH' and p.birth_date = ?)"
                            + " or p.birth_date = ?)");
                    params.add(Date.valueOf(birth.date().withDayOfMonth(1)));
                    params.add(Date.valueOf(birth.date()));
                }
            }
        }
        if (criteria.householdId() != null) {
            where.append(" and p.household_id = ?");
            params.add(Uuids.bytes(criteria.householdId()));
        }
        return where.toString();
    }

    private static void bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
    }

    static LocalDate localDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((Date) value).toLocalDate();
    }
}
