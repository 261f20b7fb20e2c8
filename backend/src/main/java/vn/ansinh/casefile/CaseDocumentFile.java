package vn.ansinh.casefile;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an uploaded document, checked before they are stored (see {@link FileCheck}). */
@Entity
@Table(name = "case_document_file")
class CaseDocumentFile {

    @Id
    @Column(name = "document_id")
    UUID documentId;

    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @Lob
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    byte[] content;

    protected CaseDocumentFile() {
    }

    CaseDocumentFile(CaseDocument document, byte[] content) {
        this.documentId = document.id;
        this.provinceCode = document.provinceCode;
        this.content = content;
    }

    void replace(byte[] bytes) {
        this.content = bytes;
    }
}
