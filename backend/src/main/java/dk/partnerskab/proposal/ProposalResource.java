package dk.partnerskab.proposal;

import dk.partnerskab.common.http.Preconditions;
import dk.partnerskab.common.paging.PageParams;
import dk.partnerskab.common.problem.Problem;
import dk.partnerskab.common.security.Roles;
import dk.partnerskab.proposal.dto.ProposalAnswer;
import dk.partnerskab.proposal.dto.ProposalInput;
import dk.partnerskab.proposal.dto.ProposalPage;
import dk.partnerskab.proposal.dto.ProposalToAgenda;
import dk.partnerskab.proposal.dto.ProposalView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/partnerships/{partnershipId}/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(
        name = "Proposals",
        description = "Proposals of new focus areas and activities from members and observers, and their answers.")
public class ProposalResource {

    private final ProposalService proposals;

    public ProposalResource(ProposalService proposals) {
        this.proposals = proposals;
    }

    @GET
    @Operation(summary = "List a partnership's proposals", description = "Newest first, with their answers.")
    @APIResponse(
            responseCode = "200",
            description = "One page.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProposalPage.class)))
    public ProposalPage listProposals(@PathParam("partnershipId") UUID partnershipId, @BeanParam PageParams paging) {
        return proposals.list(partnershipId, paging.inOrder("proposedAt"));
    }

    @POST
    @Operation(
            summary = "Propose a focus area or an activity",
            description = "Members and observers of the partnership.")
    @APIResponse(
            responseCode = "201",
            description = "Proposed.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProposalView.class)))
    public Response createProposal(@PathParam("partnershipId") UUID partnershipId, @Valid @NotNull ProposalInput body) {
        ProposalView view = proposals.propose(partnershipId, body);
        return Response.status(Response.Status.CREATED)
                .entity(view)
                .tag(Preconditions.etag(view.version()))
                .build();
    }

    @POST
    @Path("/{proposalId}/agenda")
    @Operation(
            summary = "Put a proposal on a meeting's agenda",
            description = "As an item for decision. Requires If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "On the agenda.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not submitted any more, or the meeting's agenda no longer changes "
                    + "(invalid-state-transition).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putProposalOnAgenda(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("proposalId") UUID proposalId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProposalToAgenda body) {
        ProposalView view =
                proposals.putOnAgenda(partnershipId, proposalId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }

    @POST
    @Path("/{proposalId}/answer")
    @Operation(
            summary = "Answer a proposal",
            description = "Accepted or rejected, with the reason and the decision. Requires If-Match.")
    @APIResponse(
            responseCode = "200",
            description = "Answered.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Answered already (invalid-state-transition).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response answerProposal(
            @PathParam("partnershipId") UUID partnershipId,
            @PathParam("proposalId") UUID proposalId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProposalAnswer body) {
        ProposalView view = proposals.answer(partnershipId, proposalId, Preconditions.expectedVersion(ifMatch), body);
        return Response.ok(view).tag(Preconditions.etag(view.version())).build();
    }
}
