package dk.partnerskab.partnership;

/**
 * Filters of the partnership list.
 *
 * @param status only this status, or all when null
 * @param text case-insensitive part of the name, or all when null
 * @param organisationId only partnerships this organisation is a party to, or all when null
 */
public record PartnershipFilter(PartnershipStatus status, String text, java.util.UUID organisationId) {}
