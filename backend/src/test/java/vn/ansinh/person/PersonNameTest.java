package vn.ansinh.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void aNameIsStoredComposedTrimmedWithSingleSpaces() {
        String decomposed = Normalizer.normalize("  Nguyễn   Văn  Đức ", Normalizer.Form.NFD);
        assertThat(PersonName.parse(decomposed).value()).isEqualTo("Nguyễn Văn Đức");
        assertThat(PersonName.parse(decomposed).folded()).isEqualTo("nguyen van duc");
    }

    @Test
    void blankControlCharactersAndMoreThanOneHundredCharactersAreRefused() {
        assertThatThrownBy(() -> PersonName.parse(" ")).extracting("code").isEqualTo("required");
        assertThatThrownBy(() -> PersonName.parse(null)).extracting("code").isEqualTo("required");
        assertThatThrownBy(() -> PersonName.parse("Lò\u0007Văn")).extracting("code").isEqualTo("control-characters");
        assertThatThrownBy(() -> PersonName.parse("a".repeat(101))).extracting("code").isEqualTo("too-long");
        assertThat(PersonName.parse("ư".repeat(100)).value()).hasSize(100);
    }

    @Test
    void markupAndQuotesAreKeptLiterally() {
        assertThat(PersonName.parse("O'Brien <b>").value()).isEqualTo("O'Brien <b>");
    }

    @Test
    void nameWordsAreTheFoldedWordsOnce() {
        assertThat(NameWords.ofQuery("Nguyễn Văn Văn Đức")).containsExactly("nguyen", "van", "duc");
        assertThat(NameWords.ofQuery("  ")).isEmpty();
    }
}
