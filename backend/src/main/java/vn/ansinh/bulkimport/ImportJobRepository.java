package vn.ansinh.bulkimport;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import org.hibernate.Session;

/** Jobs, the files they import (in chunks) and their row problems; bulk parts in plain JDBC batches. */
@ApplicationScoped
class ImportJobRepository implements PanacheRepositoryBase<ImportJob, UUID> {

    /** Below MariaDB's and MySQL's default max_allowed_packet (16 MiB / 64 MiB) with room to spare. */
    static final int CHUNK_BYTES = 1024 * 1024;

    Optional<ImportJob> findOfUploader(UUID id, String username) {
        return find("id = ?1 and createdBy = ?2", id, username).firstResultOptional();
    }

    List<ImportJob> pageOfUploader(String username, int page, int size) {
        return find("createdBy", Sort.descending("createdAt").and("id", Sort.Direction.Descending), username)
                .page(Page.of(page, size)).list();
    }

    long countOfUploader(String username) {
        return count("createdBy", username);
    }

    /** The latest earlier job of this uploader with the same file content, if any. */
    Optional<UUID> findSameFile(String username, String sha256) {
        return find("createdBy = ?1 and sha256 = ?2", Sort.descending("createdAt"), username, sha256)
                .firstResultOptional().map(job -> job.id);
    }

    void storeContent(UUID jobId, byte[] content) {
        session().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into import_job_chunk (job_id, seq, content) values (?, ?, ?)")) {
                for (int seq = 0, offset = 0; offset < content.length || seq == 0; seq++, offset += CHUNK_BYTES) {
                    int length = Math.min(CHUNK_BYTES, content.length - offset);
                    byte[] chunk = new byte[length];
                    System.arraycopy(content, offset, chunk, 0, length);
                    insert.setBytes(1, bytes(jobId));
                    insert.setInt(2, seq);
                    insert.setBytes(3, chunk);
                    insert.executeUpdate();
                }
            }
        });
    }

    byte[] loadContent(UUID jobId) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        session().doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select content from import_job_chunk where job_id = ? order by seq")) {
                select.setBytes(1, bytes(jobId));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        content.writeBytes(rows.getBytes(1));
                    }
                }
            }
        });
        return content.toByteArray();
    }

    void insertIssues(UUID jobId, List<RowIssue> issues) {
        if (issues.isEmpty()) {
            return;
        }
        session().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into import_job_error (job_id, part, line, field, code, message) values (?, ?, ?, ?, ?, ?)")) {
                byte[] id = bytes(jobId);
                for (RowIssue issue : issues) {
                    insert.setBytes(1, id);
                    insert.setInt(2, issue.part().index);
                    insert.setInt(3, issue.line());
                    insert.setString(4, cut(issue.field(), 60));
                    insert.setString(5, cut(issue.code(), 60));
                    insert.setString(6, cut(issue.message(), 500));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Row problems in report order, a page at a time: after {@code afterId}, at most {@code limit}. */
    List<StoredIssue> issues(UUID jobId, long afterId, int limit) {
        List<StoredIssue> page = new ArrayList<>();
        session().doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, part, line, field, code, message from import_job_error where job_id = ? and id > ? "
                            + "order by id limit ?")) {
                select.setBytes(1, bytes(jobId));
                select.setLong(2, afterId);
                select.setInt(3, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        page.add(new StoredIssue(rows.getLong(1), new RowIssue(ImportPart.of(rows.getInt(2)), rows.getInt(3),
                                rows.getString(4), rows.getString(5), rows.getString(6))));
                    }
                }
            }
        });
        return page;
    }

    record StoredIssue(long id, RowIssue issue) {
    }

    /** Takes the oldest queued job for this worker; false when another worker took it first. */
    Optional<UUID> oldestQueued() {
        return find("status", Sort.ascending("createdAt"), ImportStatus.QUEUED).firstResultOptional().map(job -> job.id);
    }

    boolean claim(UUID jobId, Instant now) {
        int[] updated = new int[1];
        session().doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update import_job set status = 'RUNNING', started_at = coalesce(started_at, ?), heartbeat_at = ?, "
                            + "attempts = attempts + 1, version = version + 1 where id = ? and status = 'QUEUED'")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setTimestamp(2, Timestamp.from(now));
                update.setBytes(3, bytes(jobId));
                updated[0] = update.executeUpdate();
            }
        });
        return updated[0] == 1;
    }

    List<ImportJob> runningSilentSince(Instant threshold) {
        return list("status = ?1 and heartbeatAt < ?2", ImportStatus.RUNNING, threshold);
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }

    static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
