package vn.ansinh.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AreaScopeTest {

    @Test
    void aCommuneScopeNeedsAFiveDigitCode() {
        assertThat(AreaScope.commune("03688").code()).isEqualTo("03688");
        assertThatThrownBy(() -> AreaScope.commune("14")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AreaScope.commune(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProvinceScopeNeedsATwoDigitCode() {
        assertThat(AreaScope.province("14").level()).isEqualTo(ScopeLevel.PROVINCE);
        assertThatThrownBy(() -> AreaScope.province("014")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCountryScopeHasNoCode() {
        assertThat(AreaScope.country().code()).isNull();
    }
}
