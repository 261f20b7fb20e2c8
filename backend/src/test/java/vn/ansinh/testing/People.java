package vn.ansinh.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builders of request bodies for the registry: {@code aPerson().named("Lò Văn Đức").bornOn("1948")}.
 * Defaults make every person unique (a random name word, a random birth day) so that tests sharing
 * one database never trip over each other's duplicates.
 */
public final class People {

    public static final String COMMUNE = "03688";
    private static final String[] FAMILY = { "Lò", "Cầm", "Quàng", "Lường", "Hoàng", "Nguyễn", "Đinh", "Vì" };
    private static final String[] SYLLABLES = { "an", "binh", "chau", "dung", "giang", "hoa", "khanh", "lam", "minh",
            "nga", "phuong", "quy", "son", "thao", "uyen", "vinh", "xuan", "yen" };

    private People() {
    }

    public static PersonBuilder aPerson() {
        return new PersonBuilder();
    }

    public static HouseholdBuilder aHousehold() {
        return new HouseholdBuilder();
    }

    /** A word no other test uses, made of letters only (names are searched by word). */
    public static String uniqueWord() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        for (int i = 0; i < 4; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    public static String randomDay() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return LocalDate.of(1935, 1, 1).plusDays(random.nextInt(365 * 70)).toString();
    }

    /** A valid identification number for this sex and birth year: province of registration 014, random tail. */
    public static String nationalIdFor(boolean male, int birthYear) {
        int centuryDigit = (birthYear / 100 - 19) * 2 + (male ? 0 : 1);
        return "014" + centuryDigit + String.format("%02d", birthYear % 100)
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    public static final class PersonBuilder {
        private final Map<String, Object> body = new LinkedHashMap<>();

        PersonBuilder() {
            body.put("communeCode", COMMUNE);
            body.put("fullName", FAMILY[ThreadLocalRandom.current().nextInt(FAMILY.length)] + " Văn " + uniqueWord());
            body.put("birthDate", randomDay());
            body.put("sex", "MALE");
            body.put("ethnicGroupCode", "03");
        }

        public PersonBuilder named(String fullName) {
            return with("fullName", fullName);
        }

        public PersonBuilder bornOn(String birthDate) {
            return with("birthDate", birthDate);
        }

        public PersonBuilder female() {
            return with("sex", "FEMALE");
        }

        public PersonBuilder inCommune(String communeCode) {
            return with("communeCode", communeCode);
        }

        public PersonBuilder inHousehold(String householdId, String relation) {
            return with("householdId", householdId).with("relationToHead", relation);
        }

        public PersonBuilder relation(String relation) {
            return with("relationToHead", relation);
        }

        /** A valid identification number matching the current sex and birth year. */
        public PersonBuilder withNationalId() {
            return with("nationalId", nationalIdFor("MALE".equals(body.get("sex")), year()));
        }

        public PersonBuilder confirmedDistinctFrom(String... ids) {
            return with("confirmedDistinctFrom", List.of(ids));
        }

        public PersonBuilder with(String member, Object value) {
            body.put(member, value);
            return this;
        }

        public PersonBuilder without(String member) {
            body.remove(member);
            return this;
        }

        public int year() {
            return Integer.parseInt(((String) body.get("birthDate")).substring(0, 4));
        }

        public Object get(String member) {
            return body.get(member);
        }

        public Map<String, Object> body() {
            return new LinkedHashMap<>(body);
        }
    }

    public static final class HouseholdBuilder {
        private final Map<String, Object> body = new LinkedHashMap<>();
        private final List<Map<String, Object>> members = new ArrayList<>();

        HouseholdBuilder() {
            body.put("communeCode", COMMUNE);
            body.put("address", "Bản " + uniqueWord() + ", xã Mường Chiên");
        }

        public HouseholdBuilder inCommune(String communeCode) {
            return with("communeCode", communeCode);
        }

        public HouseholdBuilder poor(String validFrom) {
            return with("povertyStatus", Map.of("status", "POOR", "validFrom", validFrom, "decisionNumber", "125/QĐ-UBND"));
        }

        public HouseholdBuilder member(PersonBuilder person, String relation) {
            Map<String, Object> member = person.body();
            member.remove("communeCode");
            member.put("relationToHead", relation);
            members.add(member);
            return this;
        }

        public HouseholdBuilder with(String member, Object value) {
            body.put(member, value);
            return this;
        }

        public Map<String, Object> body() {
            Map<String, Object> copy = new LinkedHashMap<>(body);
            if (!members.isEmpty()) {
                copy.put("members", members);
            }
            return copy;
        }
    }
}
