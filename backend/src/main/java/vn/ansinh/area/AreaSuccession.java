package vn.ansinh.area;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of the official mapping: this old unit went (wholly or partly) into that new unit. */
@Entity
@Table(name = "area_succession")
public class AreaSuccession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "predecessor_id")
    Area predecessor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "successor_id")
    Area successor;

    @Column(nullable = false)
    String kind;

    @Column(name = "effective_on", nullable = false)
    LocalDate effectiveOn;

    @Column
    String note;

    protected AreaSuccession() {
    }
}
