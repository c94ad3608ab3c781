package vn.bdg.application;

import java.io.Serializable;
import java.util.List;

/** Why one row (or the whole file, row 0) of an import was refused; a bundle key with its arguments. */
public record ImportProblem(int row, String column, String messageKey, List<Object> arguments)
        implements Serializable {

    // Jakarta EL 5 sees JavaBean getters only, not record accessors.
    public int getRow() {
        return row;
    }

    public String getColumn() {
        return column;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
