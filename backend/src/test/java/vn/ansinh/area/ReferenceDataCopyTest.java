package vn.ansinh.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The application ships copies of shared/data; they must stay byte for byte what shared/ holds. */
class ReferenceDataCopyTest {

    private static final Path SHIPPED = Path.of("src/main/resources/reference/admin-units");
    private static final Path SHARED = Path.of("../../shared/data/admin-units");

    static Stream<String> shippedFiles() throws IOException {
        try (Stream<Path> files = Files.list(SHIPPED)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".csv")).sorted().toList().stream();
        }
    }

    @org.junit.jupiter.api.Test
    void theShippedEthnicGroupsEqualSharedData() throws IOException {
        Path shared = Path.of("../../shared/data/ethnic-groups.csv");
        assumeTrue(Files.exists(shared), "shared/data is not beside the repository");
        assertThat(Files.readAllBytes(Path.of("src/main/resources/reference/ethnic-groups.csv")))
                .as("ethnic-groups.csv differs from shared/data: run make reference-data")
                .isEqualTo(Files.readAllBytes(shared));
    }

    @ParameterizedTest
    @MethodSource("shippedFiles")
    void theShippedCopyEqualsSharedData(String file) throws IOException {
        assumeTrue(Files.isDirectory(SHARED), "shared/data is not beside the repository");
        assertThat(Files.readAllBytes(SHIPPED.resolve(file)))
                .as(file + " differs from shared/data: run make reference-data")
                .isEqualTo(Files.readAllBytes(SHARED.resolve(file)));
    }
}
