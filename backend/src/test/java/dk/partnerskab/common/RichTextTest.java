package dk.partnerskab.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.partnerskab.common.validation.RichText;
import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void keepsEverythingTheEditorWrites() {
        String html = "<h2>Møder</h2><h3>Sted</h3><p><strong>Fire</strong> gange <em>årligt</em><br>på rådhuset.</p>"
                + "<ul><li><p>a</p></li></ul><ol><li><p>b</p></li></ol>"
                + "<p><a href=\"https://politi.dk\">Politiet</a> og <a href=\"mailto:sekretariat@herlev.dk\">os</a></p>";

        assertEquals(
                html.replace("\">Politiet", "\" rel=\"nofollow\">Politiet").replace("\">os", "\" rel=\"nofollow\">os"),
                RichText.sanitise(html));
    }

    @Test
    void keepsListsAndEmphasisFromWordAndDropsItsStylesAndOfficeTags() {
        String word = "<p class=MsoNormal style='margin-bottom:0cm;font-family:Calibri'>"
                + "<b><span style='font-size:12.0pt'>Mødet</span></b> blev <i>holdt</i>.<o:p></o:p></p>"
                + "<!--[if !supportLists]--><ul style='margin-top:0cm' type=disc>"
                + "<li class=MsoListParagraph style='mso-list:l0 level1 lfo1'>Tryghed<o:p></o:p></li>"
                + "<li class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span lang=DA>Trafik</span></li></ul>"
                + "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'>"
                + "<span style='mso-list:Ignore'>1.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;</span></span>"
                + "Første punkt</p>"
                + "<xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml>"
                + "<style>p.MsoNormal {margin:0cm}</style>";

        assertEquals(
                "<p><strong><span>Mødet</span></strong> blev <em>holdt</em>.</p>"
                        + "<ul><li>Tryghed</li><li><span>Trafik</span></li></ul>"
                        + "<p><span>1.<span>&nbsp;&nbsp;</span></span>Første punkt</p>",
                RichText.sanitise(word));
    }

    @Test
    void dropsScriptsEventHandlersImagesAndUnsafeLinks() {
        assertEquals(
                "<p>Tekst</p><p><a rel=\"nofollow\">Klik</a></p>",
                RichText.sanitise("<p onclick=\"alert(1)\" style=\"color:red\">Tekst</p><script>alert(2)</script>"
                        + "<img src=x onerror=alert(3)><p><a href=\"javascript:alert(4)\">Klik</a></p>"));
    }

    @Test
    void keepsPlainTextWithItsLineBreaksAndClearsBlankText() {
        assertEquals(
                "Mødes kvartalsvis.\nFormand &amp; sekretariat",
                RichText.sanitise("Mødes kvartalsvis.\nFormand & sekretariat"));
        assertNull(RichText.sanitise("  "));
        assertNull(RichText.sanitise(null));
    }
}
