package vn.ansinh.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import vn.ansinh.area.CommuneRef;
import vn.ansinh.shared.FieldErrors;

/**
 * The rules a person's data must follow, shared by the API and imports so that both refuse the
 * same things with the same codes.
 */
final class PersonRules {

    static final Pattern PHONE = Pattern.compile("^(0|\\+84)\\d{9,10}$");
    static final Pattern ACCOUNT_NUMBER = Pattern.compile("^[0-9A-Za-z]{4,34}$");

    private PersonRules() {
    }

    /** A person's data once valid. */
    record ValidPerson(CommuneRef commune, HouseholdDirectory.HouseholdRef household, RelationToHead relation,
            NationalId nationalId, PersonName name, BirthDate birth, Sex sex, String ethnicGroupCode, String phone,
            PayoutAccount account) {
    }

    static NationalId nationalId(FieldErrors errors, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return NationalId.parse(text);
        } catch (InvalidValue invalid) {
            errors.add(field, invalid.code(), invalid.args());
            return null;
        }
    }

    static PersonName name(FieldErrors errors, String field, String text) {
        try {
            return PersonName.parse(text);
        } catch (InvalidValue invalid) {
            errors.add(field, invalid.code(), invalid.args());
            return null;
        }
    }

    static BirthDate birthDate(FieldErrors errors, String field, String text, LocalDate today, boolean fileForms) {
        try {
            return fileForms ? BirthDate.parseAny(text, today) : BirthDate.parse(text, today);
        } catch (InvalidValue invalid) {
            errors.add(field, invalid.code(), invalid.args());
            return null;
        }
    }

    static String phone(FieldErrors errors, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.replaceAll("[\\s.\\-()]", "");
        if (!PHONE.matcher(clean).matches()) {
            errors.add(field, "pattern");
            return null;
        }
        return clean;
    }

    static PayoutAccount account(FieldErrors errors, String field, PayoutAccount account) {
        if (account == null) {
            return null;
        }
        errors.required(field + ".kind", account.kind());
        String provider = errors.text(field + ".provider", account.provider(), 100, true);
        String number = account.number() == null ? null : account.number().replaceAll("[\\s.\\-]", "");
        if (number == null || number.isEmpty()) {
            errors.add(field + ".number", "required");
        } else if (!ACCOUNT_NUMBER.matcher(number).matches()) {
            errors.add(field + ".number", "pattern");
        }
        return new PayoutAccount(account.kind(), provider, number);
    }

    static void consistency(FieldErrors errors, String field, NationalId nationalId, Sex sex, BirthDate birth) {
        if (nationalId != null && sex != null && birth != null) {
            nationalId.inconsistencyWith(sex, birth).ifPresent(code -> errors.add(field, code));
        }
    }

    static String ethnicGroup(FieldErrors errors, String field, String code, Set<String> known) {
        if (code == null || code.isBlank()) {
            errors.add(field, "required");
            return null;
        }
        String clean = code.strip();
        if (clean.length() == 1) {
            clean = "0" + clean; // spreadsheets drop leading zeros
        }
        if (!known.contains(clean)) {
            errors.add(field, "ethnic-group.unknown");
            return null;
        }
        return clean;
    }

    /** Vietnamese labels of the import template, besides the API's enum names. */
    static final Map<String, Sex> SEX_LABELS = Map.of("nam", Sex.MALE, "nu", Sex.FEMALE);
    static final Map<String, RelationToHead> RELATION_LABELS = Map.ofEntries(
            Map.entry("chu ho", RelationToHead.HEAD), Map.entry("vo chong", RelationToHead.SPOUSE),
            Map.entry("vo", RelationToHead.SPOUSE), Map.entry("chong", RelationToHead.SPOUSE),
            Map.entry("con", RelationToHead.CHILD), Map.entry("bo me", RelationToHead.PARENT),
            Map.entry("cha me", RelationToHead.PARENT), Map.entry("bo", RelationToHead.PARENT),
            Map.entry("me", RelationToHead.PARENT), Map.entry("cha", RelationToHead.PARENT),
            Map.entry("chau", RelationToHead.GRANDCHILD), Map.entry("ong ba", RelationToHead.GRANDPARENT),
            Map.entry("ong", RelationToHead.GRANDPARENT), Map.entry("ba", RelationToHead.GRANDPARENT),
            Map.entry("anh chi em", RelationToHead.SIBLING), Map.entry("anh chi em ruot", RelationToHead.SIBLING),
            Map.entry("anh", RelationToHead.SIBLING), Map.entry("chi", RelationToHead.SIBLING), Map.entry("em", RelationToHead.SIBLING),
            Map.entry("ho hang khac", RelationToHead.OTHER_RELATIVE), Map.entry("nguoi than khac", RelationToHead.OTHER_RELATIVE),
            Map.entry("khac", RelationToHead.OTHER));

    /** An enum from its API name or one of its Vietnamese labels (folded); null and an error when unknown. */
    static <E extends Enum<E>> E labelled(FieldErrors errors, String field, String text, Class<E> type,
            Map<String, E> labels, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(field, "required");
            }
            return null;
        }
        E byLabel = labels.get(vn.ansinh.shared.VietnameseText.fold(text));
        if (byLabel != null) {
            return byLabel;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(field, "unknown-value", String.join(", ", List.of(type.getEnumConstants()).stream().map(Enum::name).toList()));
            return null;
        }
    }

    static List<UUID> nonNull(List<UUID> ids) {
        return ids == null ? List.of() : ids.stream().filter(java.util.Objects::nonNull).toList();
    }
}
