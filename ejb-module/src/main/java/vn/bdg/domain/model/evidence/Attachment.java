package vn.bdg.domain.model.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import vn.bdg.domain.shared.BusinessException;

/**
 * A file a unit attached as evidence, described apart from its bytes ({@link AttachmentContent}).
 * Accepted only when its content is one of the {@link EvidenceType}s and it is at most
 * {@value #MAX_BYTES} bytes; its SHA-256 is kept so that a copy can be checked against it later.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @Column(name = "org_unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false, length = 20, updatable = false)
    private OwnerKind ownerKind;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_type", nullable = false, length = 10, updatable = false)
    private EvidenceType type;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 60, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    private Attachment(long unitId, OwnerKind ownerKind, long ownerId, String fileName, EvidenceType type,
                       byte[] content, String uploadedBy, Instant uploadedAt) {
        this.unitId = unitId;
        this.ownerKind = ownerKind;
        this.ownerId = ownerId;
        this.fileName = fileName;
        this.type = type;
        this.size = content.length;
        this.sha256 = sha256(content);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** Checks the file by its content and size and describes it; the name keeps only its last part. */
    public static Attachment of(long unitId, OwnerKind ownerKind, long ownerId, String fileName, byte[] content,
                                String uploadedBy, Instant now) {
        if (content == null || content.length == 0) {
            throw new BusinessException("evidence.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("evidence.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        EvidenceType type = EvidenceType.sniff(content)
                .orElseThrow(() -> new BusinessException("evidence.error.type", cleanName(fileName)));
        return new Attachment(unitId, ownerKind, ownerId, cleanName(fileName), type, content, uploadedBy, now);
    }

    /** The last part of a path, without control characters, at most 200 characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            name = "tep";
        }
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public OwnerKind getOwnerKind() {
        return ownerKind;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getFileName() {
        return fileName;
    }

    public EvidenceType getType() {
        return type;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
