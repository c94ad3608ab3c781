package vn.bdg.domain.model.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an {@link Attachment}, read only when somebody downloads it. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(nullable = false, updatable = false)
    private byte[] bytes;

    protected AttachmentContent() {
    }

    public AttachmentContent(long attachmentId, byte[] bytes) {
        this.attachmentId = attachmentId;
        this.bytes = bytes;
    }

    public byte[] getBytes() {
        return bytes;
    }
}
