package vn.bdg.interfaces.web.support;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.bdg.application.evidence.Download;

/** A file the services handed out, as PrimeFaces streams it to the browser (name, type, length). */
public final class Downloads {

    private Downloads() {
    }

    public static StreamedContent streamed(Download file) {
        return DefaultStreamedContent.builder()
                .name(file.fileName())
                .contentType(file.mediaType())
                .contentLength((long) file.content().length)
                .stream(() -> new ByteArrayInputStream(file.content()))
                .build();
    }
}
