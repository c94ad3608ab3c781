package vn.bdg.application.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentSymbolTest {

    @ParameterizedTest
    @CsvSource({
        "Trường THPT Ngô Quyền, THPTNQ",
        "Sở Giáo dục và Đào tạo Hải Phòng, SGDĐTHP",
        "Phòng GD&ĐT quận Lê Chân, PGDĐTQLC",
        "Trung tâm GDNN-GDTX Thủy Nguyên, TTGDNN-GDTXTN",
    })
    void aUnitsSymbolKeepsCapitalisedWordsAndTakesInitialsOfTheRest(String unitName, String symbol) {
        assertEquals(symbol, DocumentParts.symbolOf(unitName));
    }
}
