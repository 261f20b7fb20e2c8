package vn.ansinh.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void vietnameseIsTheDefaultAndEnglishIsChosenWhenPreferred() {
        assertThat(Messages.negotiate(null)).isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.negotiate("")).isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.negotiate("en-GB,en;q=0.8")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.negotiate("fr-FR,en;q=0.5")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.negotiate("fr-FR")).isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.negotiate("vi-VN,en;q=0.9")).isEqualTo(Messages.VIETNAMESE);
        assertThat(Messages.negotiate(";;;not a header")).isEqualTo(Messages.VIETNAMESE);
    }

    @Test
    void everyVietnameseTextHasAnEnglishOne() throws Exception {
        var vi = new java.util.Properties();
        var en = new java.util.Properties();
        try (var v = getClass().getResourceAsStream("/i18n/messages_vi.properties");
                var e = getClass().getResourceAsStream("/i18n/messages_en.properties")) {
            vi.load(new java.io.InputStreamReader(v, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(e, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
    }
}
