package vn.bdg.application.board;

import java.io.Serializable;

/**
 * A district as the board groups units: a Phòng GD&ĐT (its id and name), or the units directly under
 * the Sở, whose {@code id} is {@link BoardFilter#DIRECT_TO_SO} and whose name is null (the page names it).
 */
public record District(long id, String name) implements Serializable {

    public static District of(Long phongId, String phongName) {
        return phongId == null ? new District(BoardFilter.DIRECT_TO_SO, null) : new District(phongId, phongName);
    }

    public boolean isDirectToSo() {
        return id == BoardFilter.DIRECT_TO_SO;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
