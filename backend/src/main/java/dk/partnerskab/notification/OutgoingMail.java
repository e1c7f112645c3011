package dk.partnerskab.notification;

/** One e-mail to one recipient, written while the change that causes it is being made. */
public record OutgoingMail(String to, String subject, String text) {}
