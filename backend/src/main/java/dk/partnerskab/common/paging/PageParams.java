package dk.partnerskab.common.paging;

import dk.partnerskab.common.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code ?page=&size=} pair of every paged list, taken as a {@code @BeanParam}. A list whose
 * caller may choose the order keeps {@code sort} as its own parameter: the allowed values differ per
 * list, and a bean's annotations are the same for every operation that uses it.
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(
            description = "Zero-based page number.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    String page;

    @QueryParam("size")
    @Parameter(
            description = "Page size, 1 to 100.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String size;

    /**
     * A page of a list that always has the same order.
     *
     * @param order the sort key, {@code -} prefixed for descending
     * @throws ProblemException {@code validation-failed} naming every bad parameter
     */
    public PageRequest inOrder(String order) {
        return PageRequest.parse(page, size, null, Set.of(order.startsWith("-") ? order.substring(1) : order), order);
    }

    /**
     * A page of a list in the order the caller chose.
     *
     * @throws ProblemException {@code validation-failed} naming every bad parameter
     */
    public PageRequest sortedBy(String sort, Set<String> allowedSorts, String defaultSort) {
        return PageRequest.parse(page, size, sort, allowedSorts, defaultSort);
    }
}
