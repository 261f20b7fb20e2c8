package vn.ansinh.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The area a user or client works in: the whole country, one province, or one commune. */
@Embeddable
public class AreaScope {

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_level", nullable = false)
    ScopeLevel level;

    @Column(name = "scope_code")
    String code;

    protected AreaScope() {
    }

    private AreaScope(ScopeLevel level, String code) {
        if ((level == ScopeLevel.COUNTRY) != (code == null)) {
            throw new IllegalArgumentException("A country scope has no code; a province or commune scope needs one");
        }
        if (level == ScopeLevel.PROVINCE && !code.matches("\\d{2}") || level == ScopeLevel.COMMUNE && !code.matches("\\d{5}")) {
            throw new IllegalArgumentException("Province codes have 2 digits, commune codes 5: " + code);
        }
        this.level = level;
        this.code = code;
    }

    public static AreaScope country() {
        return new AreaScope(ScopeLevel.COUNTRY, null);
    }

    public static AreaScope province(String code) {
        return new AreaScope(ScopeLevel.PROVINCE, code);
    }

    public static AreaScope commune(String code) {
        return new AreaScope(ScopeLevel.COMMUNE, code);
    }

    public ScopeLevel level() {
        return level;
    }

    public String code() {
        return code;
    }
}
