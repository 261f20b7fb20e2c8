package vn.ansinh.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.ansinh.shared.Uuids;

/** A paper of an application; the scanned file, if any, lives in {@link CaseDocumentFile}. */
@Entity
@Table(name = "case_document")
class CaseDocument {

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false)
    UUID caseId;

    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    DocumentType type;

    @Column(length = 60)
    String number;

    @Column(length = 200)
    String issuer;

    @Column(name = "issued_on")
    LocalDate issuedOn;

    @Column(name = "file_name", length = 200)
    String fileName;

    @Column(name = "content_type", length = 40)
    String contentType;

    @Column(name = "size_bytes")
    Long sizeBytes;

    @Column(length = 64)
    String sha256;

    @Column(name = "created_by", nullable = false, length = 60)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected CaseDocument() {
    }

    CaseDocument(Case owner, DocumentType type, String number, String issuer, LocalDate issuedOn, String by, Instant now) {
        this.id = Uuids.timeOrdered();
        this.caseId = owner.id;
        this.provinceCode = owner.provinceCode;
        this.type = type;
        this.number = number;
        this.issuer = issuer;
        this.issuedOn = issuedOn;
        this.createdBy = by;
        this.createdAt = now;
    }

    void attach(String name, String type, long size, String digest) {
        this.fileName = name;
        this.contentType = type;
        this.sizeBytes = size;
        this.sha256 = digest;
    }
}
