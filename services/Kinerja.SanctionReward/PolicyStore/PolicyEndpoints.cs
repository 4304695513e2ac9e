using Kinerja.EventStore;
using Kinerja.SanctionReward.Policies;
using Kinerja.SanctionReward.Policies.Explaining;
using Kinerja.SanctionReward.Policies.Validating;
using Kinerja.ServiceDefaults.Auth;
using Kinerja.ServiceDefaults.Problems;

namespace Kinerja.SanctionReward.PolicyStore;

/// <summary>Policies as versioned data: listed and explained in plain words, saved as a new version after validation.</summary>
internal static class PolicyEndpoints
{
    public static void MapPolicies(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/policies", async (string? region, string? lang, HttpContext http, ReadModels readModels) =>
        {
            var caller = Caller.From(http.User);
            var language = lang == "en" ? Language.English : Language.Indonesian;
            var policies = (await readModels.PoliciesAsync(http.RequestAborted))
                .Where(p => p.Region is null || caller.MayRead(p.Region))
                .Where(p => region is null || p.Region is null || p.Region == region);
            return Results.Ok(policies.Select(p => Describe(p, language)));
        }).WithSummary("Every stored version of the national and (readable) regional policies, each explained in plain words.");

        app.MapPut("/api/policies/{id}", async (string id, HttpContext http, ReadModels readModels, Kinerja.EventStore.EventStore store) =>
        {
            Policy? policy;
            try
            {
                policy = await http.Request.ReadFromJsonAsync<Policy>(PolicyJson.Options, http.RequestAborted);
            }
            catch (System.Text.Json.JsonException e)
            {
                return new ValidationErrors().Add(e.Path?.TrimStart('$', '.') is { Length: > 0 } path ? path : "body", "The value is not of the expected type.").ToProblem();
            }
            if (policy is null)
            {
                return new ValidationErrors().Add("body", "Send the policy as JSON.").ToProblem();
            }
            var caller = Caller.From(http.User);
            var allowed = policy.Region is null
                ? caller.IsInAny(KinerjaRoles.Ministry, KinerjaRoles.Admin)
                : caller.MayAct(policy.Region, KinerjaRoles.Operator, KinerjaRoles.Admin);
            if (!allowed)
            {
                return TypedResults.Problem(statusCode: 403, title: "Not allowed",
                    detail: policy.Region is null ? "Only ministry users and admins set the national default." : $"Only operators of region {policy.Region} may set its policy.");
            }
            var existing = (await readModels.PoliciesAsync(http.RequestAborted)).Where(p => p.Id.Value == id).ToList();
            var saved = policy with { Id = new PolicyId(id), Version = existing.Count == 0 ? 1 : existing.Max(p => p.Version) + 1 };
            var errors = PolicyValidation.Validate(saved, LabelsOf(saved.ScaleId));
            if (existing.FirstOrDefault() is { } first && first.Region != saved.Region)
            {
                errors.Add("region", $"Policy {id} belongs to {first.Region ?? "the nation"}; a new version cannot move it.");
            }
            if (errors.Any)
            {
                return errors.ToProblem();
            }
            try
            {
                await SaveAsync(store, saved, caller.Subject, existing.Count, http.RequestAborted);
            }
            catch (ConcurrencyException e)
            {
                return TypedResults.Problem(statusCode: 409, title: "The policy changed meanwhile", detail: $"Its current version is {e.Actual}.");
            }
            return Results.Ok(Describe(saved, Language.Indonesian));
        }).WithSummary("Save a new version of a policy (validated: contradictory rules, bounds, labels of the scale).");
    }

    public static async Task SaveAsync(Kinerja.EventStore.EventStore store, Policy policy, string actor, long expectedVersion, CancellationToken cancellationToken)
    {
        await using var session = store.OpenSession(new EventMetadata(policy.Region ?? "national", actor, $"policy {policy.Id} v{policy.Version}"));
        session.Append($"policy-{policy.Id}", expectedVersion,
            new PolicySaved(policy.Id.Value, policy.Version, policy.Region, policy.EffectiveFrom!.Value, PolicyJson.Serialize(policy), actor));
        await session.SaveChangesAsync(cancellationToken);
    }

    private static IReadOnlyList<string> LabelsOf(string? scaleId) =>
        scaleId == RatingScales.EmployeePredicate ? RatingScales.EmployeePredicateLabels : RatingScales.AchievementLabels;

    private static object Describe(Policy policy, Language language) => new
    {
        policy = System.Text.Json.JsonSerializer.SerializeToElement(policy, PolicyJson.Options),
        explanation = PolicyExplanation.Explain(policy, language),
    };
}
