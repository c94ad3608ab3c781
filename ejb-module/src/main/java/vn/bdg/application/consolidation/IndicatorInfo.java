package vn.bdg.application.consolidation;

import java.io.Serializable;
import vn.bdg.domain.model.programme.IndicatorKind;

/** What a results table says about an indicator of the round's programme, in both languages. */
public record IndicatorInfo(String code, String nameVi, String nameEn, String unitVi, String unitEn,
                            IndicatorKind kind) implements Serializable {

    public boolean isYesNo() {
        return kind == IndicatorKind.YES_NO;
    }
}
