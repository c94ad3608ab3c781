package vn.bdg.application.consolidation;

import java.io.Serializable;

/** One cell's consolidated figures in one district or unit type, for the tables and charts by area. */
public record AreaFigures(Scope scope, String name, Figures figures) implements Area, Serializable {
}
