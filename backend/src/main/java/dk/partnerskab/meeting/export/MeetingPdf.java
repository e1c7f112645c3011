package dk.partnerskab.meeting.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dk.partnerskab.meeting.attendance.AttendanceResponse;
import dk.partnerskab.meeting.attendance.Presence;
import dk.partnerskab.meeting.dto.AgendaItemView;
import dk.partnerskab.meeting.dto.AttendanceView;
import dk.partnerskab.meeting.dto.DecisionView;
import dk.partnerskab.meeting.dto.FollowUpView;
import dk.partnerskab.meeting.dto.MeetingView;
import dk.partnerskab.meeting.minutes.MinutesStatus;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders a meeting's agenda or minutes as a PDF in Danish, for printing and for the archive:
 * partnership, time and place, who attends or sent apologies, the items, and for the minutes each
 * item's minutes, decisions and follow-up items.
 */
public final class MeetingPdf {

    /** Which document: the agenda sent before the meeting, or the minutes written after it. */
    public enum Kind {
        AGENDA,
        MINUTES
    }

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", DANISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);

    // Helvetica in Windows-1252 covers æ, ø, å and the dashes without embedding a font file.
    private static final Font TITLE = font(18, Font.BOLD);
    private static final Font SUBTITLE = font(12, Font.NORMAL);
    private static final Font HEADING = font(13, Font.BOLD);
    private static final Font LABEL = font(10, Font.BOLD);
    private static final Font BODY = font(10, Font.NORMAL);
    private static final Font MUTED = font(9, Font.ITALIC);

    private MeetingPdf() {}

    public static byte[] render(
            Kind kind, String partnershipName, MeetingView meeting, List<AttendanceView> attendance) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        // Readers and screen readers pick the language and show the title, not the file name.
        writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("da-DK"));
        writer.addViewerPreference(
                com.lowagie.text.pdf.PdfName.DISPLAYDOCTITLE, com.lowagie.text.pdf.PdfBoolean.PDFTRUE);
        String documentName = kind == Kind.AGENDA ? "Dagsorden" : "Referat";
        document.addTitle(documentName + " – " + meeting.title());
        document.addSubject(partnershipName);
        HeaderFooter footer =
                new HeaderFooter(new Phrase(partnershipName + " · " + documentName + " · side ", MUTED), true);
        footer.setBorder(Rectangle.NO_BORDER);
        footer.setAlignment(Element.ALIGN_CENTER);
        document.setFooter(footer);
        document.open();

        document.add(paragraph(partnershipName, SUBTITLE, 0));
        document.add(paragraph(documentName + ": " + meeting.title(), TITLE, 4));
        document.add(facts(meeting, kind));
        attendanceSection(document, attendance, kind);

        document.add(paragraph(kind == Kind.AGENDA ? "Punkter" : "Referat af punkterne", HEADING, 14));
        if (meeting.agenda().isEmpty()) {
            document.add(paragraph("Dagsordenen har endnu ingen punkter.", MUTED, 4));
        }
        for (AgendaItemView item : meeting.agenda()) {
            item(document, item, kind);
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable facts(MeetingView meeting, Kind kind) {
        PdfPTable table = new PdfPTable(new float[] {1.2f, 4f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        String start = meeting.startsAt().format(TIME);
        String end = meeting.startsAt().plusMinutes(meeting.durationMinutes()).format(TIME);
        fact(table, "Tidspunkt", capitalise(meeting.startsAt().format(DAY)) + ", kl. " + start + "–" + end);
        if (meeting.place() != null) {
            fact(table, "Sted", meeting.place());
        }
        if (meeting.onlineUrl() != null) {
            fact(table, "Online", meeting.onlineUrl());
        }
        fact(
                table,
                "Status",
                switch (meeting.status()) {
                    case PLANNED -> "Planlagt (dagsordenen er ikke udsendt)";
                    case AGENDA_PUBLISHED -> "Dagsorden udsendt";
                    case HELD -> "Afholdt";
                    case CANCELLED ->
                        "Aflyst" + (meeting.cancellationReason() == null ? "" : ": " + meeting.cancellationReason());
                });
        if (kind == Kind.MINUTES) {
            fact(table, "Referatet", minutesState(meeting));
        }
        return table;
    }

    private static String minutesState(MeetingView meeting) {
        if (meeting.minutes().minutesCorrectionReason() != null) {
            return "Under rettelse (version " + meeting.minutes().minutesVersion() + " er offentliggjort): "
                    + meeting.minutes().minutesCorrectionReason();
        }
        String version = meeting.minutes().minutesVersion() > 1
                ? ", version " + meeting.minutes().minutesVersion()
                : "";
        MinutesStatus status = meeting.minutes().minutesStatus();
        return switch (status) {
            case DRAFT -> "Udkast";
            case IN_COMMENT ->
                "Udkast til kommentering"
                        + (meeting.minutes().minutesCommentDeadline() == null
                                ? ""
                                : " (frist "
                                        + meeting.minutes()
                                                .minutesCommentDeadline()
                                                .format(SHORT_DAY) + ")");
            case APPROVED ->
                "Godkendt"
                        + (meeting.minutes().minutesApprovedAt() == null
                                ? ""
                                : " " + meeting.minutes().minutesApprovedAt().format(SHORT_DAY));
            case PUBLISHED ->
                "Godkendt og offentliggjort"
                        + (meeting.minutes().minutesPublishedAt() == null
                                ? ""
                                : " " + meeting.minutes().minutesPublishedAt().format(SHORT_DAY))
                        + version;
        };
    }

    private static void fact(PdfPTable table, String label, String value) {
        table.addCell(cell(label, LABEL));
        table.addCell(cell(value, BODY));
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(3);
        return cell;
    }

    private static void attendanceSection(Document document, List<AttendanceView> attendance, Kind kind) {
        if (attendance.isEmpty()) {
            return;
        }
        document.add(paragraph(kind == Kind.AGENDA ? "Tilmeldinger" : "Deltagere", HEADING, 14));
        if (kind == Kind.MINUTES && attendance.stream().anyMatch(a -> a.presence() != null)) {
            names(document, "Til stede", attendance, a -> a.presence() == Presence.PRESENT);
            names(
                    document,
                    "Afbud",
                    attendance,
                    a -> a.response() == AttendanceResponse.APOLOGIES && a.presence() != Presence.PRESENT);
            names(
                    document,
                    "Fraværende uden afbud",
                    attendance,
                    a -> a.presence() == Presence.ABSENT && a.response() != AttendanceResponse.APOLOGIES);
        } else {
            names(document, "Deltager", attendance, a -> a.response() == AttendanceResponse.ATTENDING);
            names(document, "Afbud", attendance, a -> a.response() == AttendanceResponse.APOLOGIES);
            names(document, "Har ikke svaret", attendance, a -> a.response() == AttendanceResponse.INVITED);
        }
    }

    private static void names(
            Document document, String label, List<AttendanceView> attendance, Predicate<AttendanceView> which) {
        List<String> names = new ArrayList<>();
        for (AttendanceView a : attendance) {
            if (which.test(a)) {
                String name = a.name()
                        + (a.organisation() == null
                                ? ""
                                : " (" + a.organisation().name() + ")");
                names.add(
                        a.response() == AttendanceResponse.APOLOGIES && a.reason() != null
                                ? name + " – " + a.reason()
                                : name);
            }
        }
        Paragraph p = new Paragraph();
        p.setSpacingBefore(3);
        p.add(new Chunk(label + ": ", LABEL));
        p.add(new Chunk(names.isEmpty() ? "ingen" : String.join(", ", names), BODY));
        document.add(p);
    }

    private static void item(Document document, AgendaItemView item, Kind kind) {
        Paragraph heading = paragraph(item.number() + ". " + item.title(), HEADING, 12);
        heading.setKeepTogether(true);
        document.add(heading);
        List<String> facts = new ArrayList<>();
        facts.add(
                switch (item.kind()) {
                    case INFORMATION -> "Orientering";
                    case DISCUSSION -> "Drøftelse";
                    case DECISION -> "Til beslutning";
                });
        if (item.presenter() != null) {
            facts.add("Oplæg: " + item.presenter());
        }
        if (item.durationMinutes() != null) {
            facts.add(item.durationMinutes() + " min.");
        }
        if (item.focusArea() != null) {
            facts.add("Indsatsområde " + item.focusArea().number() + ": "
                    + item.focusArea().title());
        }
        if (item.changedAfterPublish()) {
            facts.add("ændret efter udsendelse");
        }
        document.add(paragraph(String.join(" · ", facts), MUTED, 2));
        if (kind == Kind.AGENDA || item.minutes() == null) {
            richText(document, item.background());
        }
        if (kind == Kind.MINUTES) {
            if (item.minutes() != null) {
                richText(document, item.minutes());
            }
            for (DecisionView decision : item.decisions()) {
                Paragraph p = new Paragraph();
                p.setSpacingBefore(6);
                p.add(new Chunk("Beslutning: ", LABEL));
                p.add(new Chunk(decision.text(), BODY));
                document.add(p);
            }
            if (!item.followUps().isEmpty()) {
                document.add(paragraph("Opfølgning", LABEL, 6));
                for (FollowUpView followUp : item.followUps()) {
                    document.add(bullet(followUp.title()
                            + responsible(followUp)
                            + (followUp.dueDate() == null
                                    ? ""
                                    : ", senest " + followUp.dueDate().format(SHORT_DAY))));
                }
            }
        }
    }

    private static String responsible(FollowUpView followUp) {
        List<String> who = new ArrayList<>();
        if (followUp.responsiblePerson() != null) {
            who.add(followUp.responsiblePerson().name());
        }
        if (followUp.responsibleOrganisation() != null) {
            who.add(followUp.responsibleOrganisation().name());
        }
        return who.isEmpty() ? "" : " – ansvarlig: " + String.join(", ", who);
    }

    /** The sanitised rich text as paragraphs and bullet lines; PDF gets its structure, not its HTML. */
    private static void richText(Document document, String html) {
        if (html == null || html.isBlank()) {
            return;
        }
        org.jsoup.nodes.Document parsed = Jsoup.parseBodyFragment(html);
        StringBuilder loose = new StringBuilder();
        for (Node node : parsed.body().childNodes()) {
            if (node instanceof TextNode text) {
                loose.append(text.text());
            } else if (node instanceof org.jsoup.nodes.Element element
                    && (element.tagName().equals("ul") || element.tagName().equals("ol"))) {
                flush(document, loose);
                int n = 1;
                for (org.jsoup.nodes.Element li : element.children()) {
                    document.add(element.tagName().equals("ol") ? numbered(n++ + ". ", li.text()) : bullet(li.text()));
                }
            } else if (node instanceof org.jsoup.nodes.Element element && !element.isBlock()) {
                loose.append(element.text());
            } else if (node instanceof org.jsoup.nodes.Element element) {
                flush(document, loose);
                document.add(paragraph(element.text(), BODY, 4));
            }
        }
        flush(document, loose);
    }

    private static void flush(Document document, StringBuilder loose) {
        if (!loose.toString().isBlank()) {
            document.add(paragraph(loose.toString().strip(), BODY, 4));
        }
        loose.setLength(0);
    }

    private static Paragraph bullet(String text) {
        return numbered("• ", text);
    }

    private static Paragraph numbered(String marker, String text) {
        Paragraph p = paragraph(marker + text, BODY, 2);
        p.setIndentationLeft(12);
        p.setFirstLineIndent(-8);
        return p;
    }

    private static Paragraph paragraph(String text, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(spacingBefore);
        return p;
    }

    private static Font font(float size, int style) {
        return FontFactory.getFont(
                FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style, Color.BLACK);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
