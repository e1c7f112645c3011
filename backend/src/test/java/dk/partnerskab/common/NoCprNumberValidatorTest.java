package dk.partnerskab.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.partnerskab.common.validation.NoCprNumberValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoCprNumberValidatorTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "010190-1234",
                "0101901234",
                "Barnet 010190 1234 i klassen",
                // entities, numeric and named
                "010190&#45;1234",
                "010190&#x2d;1234",
                "010190&#X2D;1234",
                "010190&ndash;1234",
                "010190&hyphen;1234",
                "010190&minus;1234",
                "010190&nbsp;1234",
                "&#48;10190-1234",
                // markup inside
                "0101<b></b>90-1234",
                "<p>0101<span class=\"x\">90</span>-1234</p>",
                "0101<!-- skjult -->90-1234",
                // invisible characters
                "0101\u200B90-1234",
                "0101\u200C90-1234",
                "010190\u200D-1234",
                "0101\u206090-1234",
                "0101\u00AD90-1234",
                "\uFEFF010190-1234",
                "0101\u200E901234",
                "0101\u0301901234",
                // other dashes and spaces
                "010190\u20131234",
                "010190\u20141234",
                "010190\u20101234",
                "010190\u20111234",
                "010190\u22121234",
                "010190\uFE631234",
                "010190\u00A01234",
                "010190\u20091234",
                "010190\u202F1234",
                // other digits
                "０１０１９０－１２３４",
                "٠١٠١٩٠-١٢٣٤",
            })
    void aCprNumberIsFoundHoweverItIsDisguised(String text) {
        assertTrue(NoCprNumberValidator.containsCpr(text), text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mødet er 01-01-1990 14:00",
                "Mødet er 01.01.1990 kl. 14.00",
                "Ring på 12345678 eller +45 12 34 56 78",
                "CVR 12345678",
                "Budget 1.250.000 kr., heraf 250000 kr. til løn",
                "Perioden 2026-03-01 – 2026-12-31",
                "Kl. 14:00–16:00 den 1. marts 2027",
                "Sag 2026-1234",
                "Journalnummer 12345678901",
                "Indbrud 2025: 120 &ndash; 2026: 98",
                "R&amp;D og a < b og c > d",
                "<p>Mødes <b>kvartalsvis</b>, næste gang 010227</p>",
                "Referat 01-01-1990 14.00.pdf",
            })
    void ordinaryTextIsNotMistakenForACprNumber(String text) {
        assertFalse(NoCprNumberValidator.containsCpr(text), text);
    }
}
