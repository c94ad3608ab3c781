package vn.bdg.interfaces.web.report;

import java.io.Serializable;

/** One reason an uploaded workbook was not imported, in the reader's language, with where it is. */
public record WorkbookProblemRow(String sheet, String ref, String message) implements Serializable {

    public String getSheet() {
        return sheet;
    }

    public String getRef() {
        return ref;
    }

    public String getMessage() {
        return message;
    }
}
