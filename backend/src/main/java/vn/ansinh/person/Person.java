package vn.ansinh.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person in the registry. Who they are (name, birth date, sex, number) changes only through
 * {@link #correctIdentity}; where they live and how they are paid through their own methods; the
 * facts that decide eligibility are {@link PersonFact} histories.
 */
@Entity
@Table(name = "person")
class Person {

    @Id
    UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "commune_code", nullable = false, length = 5)
    String communeCode;

    @Column(name = "household_id")
    UUID householdId;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation_to_head", length = 20)
    RelationToHead relationToHead;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "national_id", length = 12)
    String nationalId;

    @Column(name = "full_name", nullable = false, length = 100)
    String fullName;

    @Column(name = "folded_name", nullable = false, length = 100)
    String foldedName;

    @Column(name = "birth_date", nullable = false)
    LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "birth_date_precision", nullable = false, length = 5)
    BirthDatePrecision birthDatePrecision;

    @Column(name = "birth_year", nullable = false)
    short birthYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    Sex sex;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "ethnic_group_code", nullable = false, length = 2)
    String ethnicGroupCode;

    @Column(length = 15)
    String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_kind", length = 10)
    AccountKind accountKind;

    @Column(name = "account_provider", length = 100)
    String accountProvider;

    @Column(name = "account_number", length = 34)
    String accountNumber;

    @Version
    long version;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "created_by", nullable = false, length = 60)
    String createdBy;

    @Column(name = "updated_by", nullable = false, length = 60)
    String updatedBy;

    protected Person() {
    }

    Person(UUID id, String provinceCode, String communeCode, PersonName name, BirthDate birthDate, Sex sex,
            NationalId nationalId, String ethnicGroupCode, String by, Instant now) {
        this.id = id;
        this.provinceCode = provinceCode;
        this.communeCode = communeCode;
        this.createdBy = by;
        this.createdAt = now;
        this.updatedBy = by;
        this.updatedAt = now;
        correctIdentity(name, birthDate, sex, nationalId, ethnicGroupCode);
    }

    void correctIdentity(PersonName name, BirthDate birth, Sex newSex, NationalId number, String ethnicGroup) {
        this.fullName = name.value();
        this.foldedName = truncate(name.folded(), 100);
        this.birthDate = birth.date();
        this.birthDatePrecision = birth.precision();
        this.birthYear = (short) birth.year();
        this.sex = newSex;
        this.nationalId = number == null ? null : number.value();
        this.ethnicGroupCode = ethnicGroup;
    }

    void contact(String newPhone) {
        this.phone = newPhone;
    }

    void payTo(AccountKind kind, String provider, String number) {
        this.accountKind = kind;
        this.accountProvider = kind == null ? null : provider;
        this.accountNumber = kind == null ? null : number;
    }

    void joinHousehold(UUID household, RelationToHead relation) {
        this.householdId = household;
        this.relationToHead = household == null ? null : relation;
    }

    void leaveHousehold() {
        this.householdId = null;
        this.relationToHead = null;
    }

    void touched(String by, Instant now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }

    BirthDate birth() {
        return BirthDate.stored(birthDate, birthDatePrecision);
    }

    PersonName name() {
        return new PersonName(fullName);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max).strip();
    }
}
