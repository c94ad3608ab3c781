package vn.bdg.application.evidence;

/** A file as handed to the person who may read it. */
public record Download(String fileName, String mediaType, byte[] content) {
}
