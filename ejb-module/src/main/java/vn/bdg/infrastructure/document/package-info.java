/**
 * Official administrative documents laid out as Decree 30/2020/NĐ-CP prescribes (header grid, number
 * left blank for the clerk, title and trích yếu, body, signature block, Nơi nhận, landscape annex),
 * written as an editable DOCX with Apache POI and as a PDF with embedded fonts with OpenPDF. A unit's
 * report and the Department's consolidated report are both {@link vn.bdg.infrastructure.document.OfficialReport}s;
 * what differs is only the content the caller puts in.
 */
package vn.bdg.infrastructure.document;
