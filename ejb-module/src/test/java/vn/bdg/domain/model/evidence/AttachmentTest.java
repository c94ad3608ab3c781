package vn.bdg.domain.model.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.bdg.domain.shared.BusinessException;

class AttachmentTest {

    private static final Instant NOW = Instant.parse("2020-04-06T03:00:00Z");

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static Attachment attach(String name, byte[] content) {
        return Attachment.of(7L, OwnerKind.PLAN_ACTIVITY, 3L, name, content, "thpt.ngoquyen", NOW);
    }

    @Test
    void recognisesEachAcceptedKindByItsContent() throws IOException {
        assertEquals(Optional.of(EvidenceType.PDF), EvidenceType.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(EvidenceType.PNG), EvidenceType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
        assertEquals(Optional.of(EvidenceType.JPEG), EvidenceType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(Optional.of(EvidenceType.DOCX), EvidenceType.sniff(zip("[Content_Types].xml", "word/document.xml")));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Số liệu").createRow(0).createCell(0).setCellValue(12);
            workbook.write(xlsx);
        }
        assertEquals(Optional.of(EvidenceType.XLSX), EvidenceType.sniff(xlsx.toByteArray()));
    }

    @Test
    void aFileIsJudgedByItsContentNotItsName() throws IOException {
        BusinessException html = assertThrows(BusinessException.class,
                () -> attach("bien-ban.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("evidence.error.type", html.getMessageKey());
        assertEquals("evidence.error.type", assertThrows(BusinessException.class,
                () -> attach("so-lieu.xlsx", zip("readme.txt"))).getMessageKey());
        Attachment renamed = attach("anh.png", "%PDF-1.4 real pdf".getBytes(StandardCharsets.US_ASCII));
        assertEquals(EvidenceType.PDF, renamed.getType());
    }

    @Test
    void sizeIsLimitedAndEmptyFilesRefused() {
        byte[] big = new byte[Attachment.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertEquals("evidence.error.tooLarge", assertThrows(BusinessException.class, () -> attach("a.pdf", big)).getMessageKey());
        assertEquals("evidence.error.empty", assertThrows(BusinessException.class, () -> attach("a.pdf", new byte[0])).getMessageKey());
        byte[] limit = Arrays.copyOf(big, Attachment.MAX_BYTES);
        assertEquals(Attachment.MAX_BYTES, attach("a.pdf", limit).getSize());
    }

    @Test
    void keepsTheChecksumAndOnlyTheFilesOwnName() {
        Attachment attachment = attach("C:\\fakepath\\Biên bản\u0007 hội nghị.pdf", "%PDF-abc".getBytes(StandardCharsets.US_ASCII));
        assertEquals("Biên bản hội nghị.pdf", attachment.getFileName());
        assertEquals("1e8a7587529cc956d46dea481f38c623395a879a1179c277f476a9cdb88a540d", attachment.getSha256());
        assertEquals("passwd", Attachment.cleanName("../../etc/passwd"));
    }
}
