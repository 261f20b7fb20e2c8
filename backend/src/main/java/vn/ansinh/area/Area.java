package vn.ansinh.area;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An administrative unit as one official list names it. A code is unique only within its list
 * (edition): old commune 00004 (Trúc Bạch) and new commune 00004 (Ba Đình) are different units.
 * Units are written only by the reference loader.
 */
@Entity
@Table(name = "area")
public class Area {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    String edition;

    @Column(nullable = false)
    String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    AreaLevel level;

    @Column(nullable = false)
    String name;

    @Column(name = "full_name", nullable = false)
    String fullName;

    @Column(name = "unit_type", nullable = false)
    String unitType;

    @Column(name = "name_en")
    String nameEn;

    @Column(name = "full_name_en")
    String fullNameEn;

    @Column(name = "folded_name", nullable = false)
    String foldedName;

    @Column(name = "province_code", nullable = false)
    String provinceCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    Area parent;

    @Column(name = "valid_from")
    LocalDate validFrom;

    @Column(name = "valid_to")
    LocalDate validTo;

    protected Area() {
    }

    public boolean inForceOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
