using Kinerja.Agreements.ApprovingRevision;
using Kinerja.Agreements.ChangingOfficial;
using Kinerja.Agreements.Http;
using Kinerja.Agreements.Persistence;
using Kinerja.Agreements.ProposingRevision;
using Kinerja.Agreements.RejectingRevision;
using Kinerja.Agreements.Returning;
using Kinerja.Agreements.Withdrawing;
using Kinerja.ServiceDefaults.Auth;

namespace Kinerja.Agreements.Auditing;

/// <summary>One event of an agreement's stream as auditors read it.</summary>
internal sealed record StoredTimelineEntry(long Version, string Type, string Actor, string? ActorName, DateTimeOffset RecordedAt, string Summary, string? Reason, LegalBasis? LegalBasis, object Data);

internal sealed record AsOfView(long StreamVersion, DateTimeOffset? AsOf, Agreement Agreement);

internal sealed record DiffView(long From, long To, IReadOnlyList<FieldChange> Changes);

/// <summary>
/// Auditors' history. Every answer is folded or read from the event store itself, never from the list rows,
/// so what an auditor sees is what was signed and hashed.
/// </summary>
internal static class AuditEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/agreements/{id}/history", async (string id, HttpContext http, AgreementStreams streams) =>
        {
            var (_, _, problem) = await Api.AuthoriseAsync(streams, id, Caller.From(http.User), _ => true, "read", http.RequestAborted);
            if (problem is not null)
            {
                return problem;
            }
            var events = await streams.Store.ReadStreamAsync(AgreementStreams.AgreementStream(AgreementId.From(id)), cancellationToken: http.RequestAborted);
            // The domain words each event (summary, reason, legal basis); the store adds what only it knows.
            var timeline = AgreementHistory.Timeline(events.Select(e => (IAgreementEvent)e.Data));
            return TypedResults.Ok(events.Zip(timeline, (e, entry) => new StoredTimelineEntry(e.Version, e.TypeName, e.Metadata.Actor, entry.By.Name,
                e.RecordedAt, entry.Summary, entry.Reason ?? e.Metadata.Reason, entry.LegalBasis, e.Data)).ToList());
        }).WithName("GetAgreementHistory").WithTags("Audit").WithSummary("Every event of the agreement: type, version, actor, time, reason and legal basis.");

        app.MapGet("/api/agreements/{id}/as-of", async (string id, long? version, DateTimeOffset? date, HttpContext http, AgreementStreams streams) =>
        {
            if (version is null == date is null)
            {
                return Api.Invalid(version is null ? "version" : "date", "Give either a version or a date (ISO 8601), not both and not neither.");
            }
            if (version is < 1)
            {
                return Api.Invalid("version", "Versions start at 1.");
            }
            var (_, current, problem) = await Api.AuthoriseAsync(streams, id, Caller.From(http.User), _ => true, "read", http.RequestAborted);
            if (problem is not null)
            {
                return problem;
            }
            if (version > current)
            {
                return Api.NotFound($"Agreement {id} is at version {current}; version {version} does not exist yet.");
            }
            var (state, at) = await streams.LoadAgreementAsync(AgreementId.From(id), version, date, http.RequestAborted);
            return state is null
                ? Api.NotFound($"Agreement {id} did not exist yet at {date:O}.")
                : TypedResults.Ok(new AsOfView(at, date, state));
        }).WithName("GetAgreementAsOf").WithTags("Audit").WithSummary("The agreement exactly as it stood at a stream version or at a date and time, replayed from its events.");

        app.MapGet("/api/agreements/{id}/diff", async (string id, long? from, long? to, HttpContext http, AgreementStreams streams) =>
        {
            var errors = new ValidationErrors()
                .Require(from is >= 1, "from", "The older version (from ≥ 1) is required.")
                .Require(to is >= 1, "to", "The newer version (to ≥ 1) is required.");
            if (errors.Any)
            {
                return errors.ToProblem();
            }
            var (_, current, problem) = await Api.AuthoriseAsync(streams, id, Caller.From(http.User), _ => true, "read", http.RequestAborted);
            if (problem is not null)
            {
                return problem;
            }
            if (from > current || to > current)
            {
                return Api.NotFound($"Agreement {id} is at version {current}.");
            }
            var (before, _) = await streams.LoadAgreementAsync(AgreementId.From(id), from, cancellationToken: http.RequestAborted);
            var (after, _) = await streams.LoadAgreementAsync(AgreementId.From(id), to, cancellationToken: http.RequestAborted);
            return TypedResults.Ok(new DiffView(from!.Value, to!.Value, AgreementDiff.Between(before!, after!)));
        }).WithName("GetAgreementDiff").WithTags("Audit").WithSummary("A field-level diff between two stream versions of the agreement.");

        app.MapGet("/api/agreements/{id}/verification", async (string id, HttpContext http, AgreementStreams streams) =>
        {
            var (_, _, problem) = await Api.AuthoriseAsync(streams, id, Caller.From(http.User), _ => true, "read", http.RequestAborted);
            if (problem is not null)
            {
                return problem;
            }
            return TypedResults.Ok(await streams.Store.VerifyAsync(AgreementStreams.AgreementStream(AgreementId.From(id)), http.RequestAborted));
        }).WithName("VerifyAgreementChain").WithTags("Audit").WithSummary("Recomputes the hash chain of the agreement's stream and names the first broken link, if any.");

        app.MapGet("/api/audit/verification", async Task<IResult> (HttpContext http, AgreementStreams streams) =>
        {
            var caller = Caller.From(http.User);
            if (!caller.IsInAny(KinerjaRoles.Auditor, KinerjaRoles.Admin) || !caller.CoversRegion(KinerjaClaims.AllRegions))
            {
                return Api.Forbidden("Verifying the whole store is for auditors and administrators.");
            }
            return TypedResults.Ok(await streams.Store.VerifyAsync(cancellationToken: http.RequestAborted));
        }).WithName("VerifyStore").WithTags("Audit").WithSummary("Recomputes the hash chain of every stream in the service's store.");
    }
}
