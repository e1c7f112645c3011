package dk.partnerskab.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailAddressesTest {

    @Test
    void keepsTheFirstLetterAndTheDomain() {
        assertEquals("s***@herlev.dk", MailAddresses.mask("soeren.holmgaard@herlev.dk"));
        assertEquals("ø***@furesoe.dk", MailAddresses.mask("østergaard@furesoe.dk"));
    }

    @Test
    void masksEveryAddressWhereverItStands() {
        String masked = MailAddresses.mask("Partnerskabsportalen <ikke-svar@herlev.dk>, cc: lene@ballerup.dk;"
                + " 550 5.1.1 <politi@politi.dk>: Recipient address rejected");

        assertEquals(
                "Partnerskabsportalen <i***@herlev.dk>, cc: l***@ballerup.dk;"
                        + " 550 5.1.1 <p***@politi.dk>: Recipient address rejected",
                masked);
    }

    @Test
    void leavesOtherTextAlone() {
        assertEquals("Dagsorden: Kvartalsmøde kl. 13.00", MailAddresses.mask("Dagsorden: Kvartalsmøde kl. 13.00"));
        assertNull(MailAddresses.mask(null));
    }

    @Test
    void whatTheSenderLogsHasNoAddress() {
        OutgoingMail mail = new OutgoingMail(
                "herlev@partnerskab.example",
                "Dagsorden: Kvartalsmøde",
                "Kære Søren Holmgaard\n\nSkriv til sekretariat@partnerskab.example med spørgsmål.\n");

        String mocked = MailSender.mockedMail(mail);
        String failed = MailSender.failure(
                mail, new IllegalStateException("550 <herlev@partnerskab.example>: mailbox unavailable"));

        for (String logged : java.util.List.of(mocked, failed)) {
            assertFalse(logged.contains("herlev@"), logged);
            assertFalse(logged.contains("sekretariat@"), logged);
            assertTrue(logged.contains("h***@partnerskab.example"), logged);
        }
        assertTrue(mocked.contains("Dagsorden: Kvartalsmøde"), "the log still shows which mail it was");
        assertTrue(failed.contains("mailbox unavailable"), "and why it failed");
    }
}
