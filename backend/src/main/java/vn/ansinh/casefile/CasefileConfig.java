package vn.ansinh.casefile;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of applications: {@code ansinh.casefile.*}. */
@ConfigMapping(prefix = "ansinh.casefile")
interface CasefileConfig {

    /**
     * Largest uploaded document file. Uploads travel as the request body, so it stays below
     * {@code ansinh.http.max-request-bytes} (1 MiB by default); scans are expected compressed.
     */
    @WithDefault("1000000")
    long maxDocumentBytes();
}
