package vn.ansinh.bulkimport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.ansinh.shared.Messages;
import vn.ansinh.shared.PageView;
import vn.ansinh.shared.ProblemException;

/**
 * Import use cases: templates, uploads (checked whole before anything is stored), jobs and their
 * error reports. The import itself runs in {@link ImportWorker}.
 */
@ApplicationScoped
public class ImportService {

    @Inject
    ImportConfig config;

    @Inject
    ImportJobStore store;

    @Inject
    ImportWorker worker;

    @Inject
    Messages messages;

    byte[] csvTemplate(ImportPart part) {
        return ImportTemplates.csv(part);
    }

    byte[] xlsxTemplate() {
        return ImportTemplates.xlsx();
    }

    /**
     * Checks the upload (size, format, encoding, structure, headers) and queues it. Nothing is
     * stored when the file is refused. The caller's scope travels with the job: rows outside it
     * are row errors.
     */
    ImportJobView submit(ImportActorInfo uploader, Locale locale, String fileName, Path file, long size, String kind) {
        if (size > config.maxFileBytes()) {
            throw ImportRefusal.tooLarge(config.maxFileBytes());
        }
        ImportPart csvPart = partOf(kind);
        byte[] content = read(file);
        if (content.length > config.maxFileBytes()) {
            throw ImportRefusal.tooLarge(config.maxFileBytes());
        }
        String name = fileName == null || fileName.isBlank() ? "import" : Path.of(fileName.strip()).getFileName().toString();
        FileSource source = FileSource.inspect(name, content, csvPart, config.maxRows());
        ImportFormat format = source.kind() == ImportKind.WORKBOOK ? ImportFormat.XLSX : ImportFormat.CSV;
        ImportJobView job = store.create(uploader, locale, cut(name, 255), format, source.kind(), sha256(content), content,
                source.totalRows());
        worker.wake();
        return job;
    }

    ImportJobView job(UUID id, String username) {
        return store.view(id, username);
    }

    PageView<ImportJobView> jobs(String username, int page, int size) {
        return store.page(username, page, size);
    }

    ImportJobView resume(UUID id, String username) {
        ImportJobView job = store.resume(id, username);
        worker.wake();
        return job;
    }

    /**
     * Writes the error report: a CSV (UTF-8 with byte-order mark, for Excel) of every refused row:
     * line, column header as in the file, stable code, reason. Workbooks get a first column naming the sheet.
     */
    void writeErrorReport(UUID id, String username, Locale locale, OutputStream out) throws IOException {
        ImportFormat format = store.formatOf(id, username);
        out.write(ImportTemplates.BOM);
        CSVPrinter csv = new CSVPrinter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        List<String> header = new java.util.ArrayList<>();
        if (format == ImportFormat.XLSX) {
            header.add(messages.text(locale, "import.report.sheet"));
        }
        header.addAll(List.of(messages.text(locale, "import.report.line"), messages.text(locale, "import.report.column"),
                messages.text(locale, "import.report.code"), messages.text(locale, "import.report.reason")));
        csv.printRecord(header);
        long after = 0;
        while (true) {
            List<ImportJobRepository.StoredIssue> page = store.issues(id, after, 5000);
            for (ImportJobRepository.StoredIssue stored : page) {
                RowIssue issue = stored.issue();
                ImportColumn column = issue.field() == null ? null : ImportColumn.byField(issue.part(), issue.field());
                String columnName = column != null ? column.header : issue.field() == null ? "" : issue.field();
                if (format == ImportFormat.XLSX) {
                    csv.printRecord(issue.part().sheetName, issue.line(), columnName, issue.code(), issue.message());
                } else {
                    csv.printRecord(issue.line(), columnName, issue.code(), issue.message());
                }
                after = stored.id();
            }
            if (page.size() < 5000) {
                break;
            }
        }
        csv.flush();
    }

    private static ImportPart partOf(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        for (ImportPart part : ImportPart.values()) {
            if (part.kindParameter.equalsIgnoreCase(kind.strip()) || part.name().equalsIgnoreCase(kind.strip())) {
                return part;
            }
        }
        throw ProblemException.invalidField("kind", "unknown-value", "households, people");
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(text.length() - max);
    }
}
