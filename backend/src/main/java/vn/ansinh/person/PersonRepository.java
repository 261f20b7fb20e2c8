package vn.ansinh.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.ansinh.shared.Uuids;

@ApplicationScoped
class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    Optional<Person> findByNationalId(String nationalId) {
        return find("nationalId", nationalId).firstResultOptional();
    }

    /** People of the province with this folded name and birth year: candidates for a duplicate. */
    List<Person> findLookAlikes(String provinceCode, String foldedName, int birthYear) {
        return list("provinceCode = ?1 and foldedName = ?2 and birthYear = ?3", provinceCode, foldedName, (short) birthYear);
    }

    List<Person> findMembers(UUID householdId) {
        return list("householdId", Sort.by("birthDate").and("id"), householdId);
    }

    List<Person> findWithIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Replaces the search words of a person's name. */
    void replaceNameWords(Person person) {
        getEntityManager().createNativeQuery("delete from person_name_word where person_id = ?1")
                .setParameter(1, Uuids.bytes(person.id)).executeUpdate();
        for (String word : NameWords.of(person.foldedName)) {
            getEntityManager().createNativeQuery(
                    "insert into person_name_word (province_code, word, person_id, commune_code) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, person.provinceCode).setParameter(2, word).setParameter(3, Uuids.bytes(person.id))
                    .setParameter(4, person.communeCode).executeUpdate();
        }
    }

    void confirmDistinct(Person person, Collection<UUID> others, String by, java.time.Instant now) {
        for (UUID other : others) {
            getEntityManager().createNativeQuery("""
                    insert into person_distinct_confirmation (person_id, other_person_id, province_code, confirmed_by, confirmed_at)
                    values (?1, ?2, ?3, ?4, ?5) on duplicate key update confirmed_by = confirmed_by""")
                    .setParameter(1, Uuids.bytes(person.id)).setParameter(2, Uuids.bytes(other))
                    .setParameter(3, person.provinceCode).setParameter(4, by)
                    .setParameter(5, java.sql.Timestamp.from(now)).executeUpdate();
        }
    }

    /** The people confirmed different from this one, in either direction. */
    Set<UUID> confirmedDistinctFrom(UUID personId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = getEntityManager().createNativeQuery("""
                select other_person_id from person_distinct_confirmation where person_id = ?1
                union select person_id from person_distinct_confirmation where other_person_id = ?1""")
                .setParameter(1, Uuids.bytes(personId)).getResultList();
        Set<UUID> ids = new java.util.HashSet<>();
        for (Object row : rows) {
            ids.add(Uuids.uuid((byte[]) row));
        }
        return ids;
    }

    /** Pairs confirmed different among these people, as "smaller id|larger id". */
    Set<String> confirmedPairsAmong(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        List<byte[]> ids = new ArrayList<>();
        personIds.forEach(id -> ids.add(Uuids.bytes(id)));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "select person_id, other_person_id from person_distinct_confirmation where person_id in (?1)")
                .setParameter(1, ids).getResultList();
        Set<String> pairs = new java.util.HashSet<>();
        for (Object[] row : rows) {
            pairs.add(pair(Uuids.uuid((byte[]) row[0]), Uuids.uuid((byte[]) row[1])));
        }
        return pairs;
    }

    /**
     * Look-alike groups touching a commune: people of the province sharing the folded name and
     * birth year of someone in the commune, and people of the commune sharing a phone.
     */
    java.util.Map<String, List<Person>> findDuplicateGroups(String provinceCode, String communeCode) {
        java.util.Map<String, List<Person>> groups = new java.util.LinkedHashMap<>();
        List<Person> sameName = getEntityManager().createQuery("""
                select distinct o from Person p, Person o
                where p.provinceCode = :province and p.communeCode = :commune
                  and o.provinceCode = p.provinceCode and o.foldedName = p.foldedName and o.birthYear = p.birthYear
                  and o.id <> p.id
                order by o.foldedName, o.birthYear, o.id""", Person.class)
                .setParameter("province", provinceCode).setParameter("commune", communeCode)
                .setMaxResults(5_000).getResultList();
        for (Person person : sameName) {
            groups.computeIfAbsent("name-birth-year:" + person.foldedName + ":" + person.birthYear, k -> new ArrayList<>()).add(person);
        }
        List<Person> samePhone = getEntityManager().createQuery("""
                select distinct o from Person p, Person o
                where p.provinceCode = :province and p.communeCode = :commune and p.phone is not null
                  and o.provinceCode = p.provinceCode and o.communeCode = p.communeCode and o.phone = p.phone and o.id <> p.id
                  and (o.householdId is null or p.householdId is null or o.householdId <> p.householdId)
                order by o.phone, o.id""", Person.class)
                .setParameter("province", provinceCode).setParameter("commune", communeCode)
                .setMaxResults(5_000).getResultList();
        for (Person person : samePhone) {
            groups.computeIfAbsent("phone:" + person.phone, k -> new ArrayList<>()).add(person);
        }
        return groups;
    }

    static String pair(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
