package vn.bdg.domain.model.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Evidence files and their contents. */
public interface AttachmentRepository {

    /** Stores the description and the bytes together. */
    void store(Attachment attachment, byte[] content);

    Optional<Attachment> find(long id);

    Optional<byte[]> content(long attachmentId);

    /** The attachments of the given owners, oldest first. */
    List<Attachment> of(OwnerKind kind, Collection<Long> ownerIds);
}
