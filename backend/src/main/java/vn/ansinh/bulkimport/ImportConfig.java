package vn.ansinh.bulkimport;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and pace of imports ({@code ansinh.import.*}). */
@ConfigMapping(prefix = "ansinh.import")
interface ImportConfig {

    /** Largest file accepted: 20 MiB. Larger uploads are refused with {@code import.too-large}. */
    @WithDefault("20971520")
    long maxFileBytes();

    /** Most data rows in one file (both sheets together): a guard against XLSX files that unpack to far more than they weigh. */
    @WithDefault("400000")
    int maxRows();

    /** Rows handed to the household feature per transaction; progress is committed with each batch. */
    @WithDefault("1000")
    int batchSize();

    /** Jobs imported at the same time by this instance. */
    @WithDefault("1")
    int workers();

    /** A RUNNING job whose worker has not reported for this long has died with its instance: it becomes FAILED, resumable. */
    @WithDefault("PT2M")
    Duration staleAfter();

    /** How often an idle worker looks for queued jobs and stale ones. */
    @WithDefault("PT2S")
    Duration pollEvery();
}
