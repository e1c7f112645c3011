package dk.partnerskab.notification;

import java.util.List;

/** Mails that go out only if the transaction that wrote them commits. */
public record MailsToSend(List<OutgoingMail> mails) {}
