using Kinerja.Agreements.Organisation;
using Kinerja.Agreements.Organisation.RegisteringRegion;
using Kinerja.Agreements.Persistence;
using Kinerja.Agreements.ReadModels;
using Kinerja.Agreements.Signing;
using Kinerja.Agreements.Submitting;
using Kinerja.Agreements.Verifying;

namespace Kinerja.Agreements.Demo;

/// <summary>
/// Seeds Kutai Kartanegara (64.02) through the real decide functions and the store when <c>Demo:Seed</c> is
/// true, so a new user sees agreements in force at once; and Kota Balikpapan (64.71), registered only, for
/// authorisation demos. Skipped when 64.02 is already registered, so restarts do not seed twice.
/// </summary>
internal sealed class DemoSeeder(AgreementStreams streams, AgreementQueries queries, ILogger<DemoSeeder> logger)
{
    private static readonly Actor Seeder = new("demo-seed", "Demo seed");

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var (existing, _) = await streams.LoadRegistryAsync(KutaiKartanegara.Code, cancellationToken);
        if (existing.IsRegistered)
        {
            logger.LogInformation("Demo region {Region} is already registered; not seeding.", KutaiKartanegara.Code);
            return;
        }
        var year = new FiscalYear(streams.Clock.GetUtcNow().Year);
        var demo = KutaiKartanegara.Build(year);
        var clock = streams.Clock;
        var organisation = new List<Func<OrganisationRegistry, Decision<IOrganisationEvent>>>
        {
            s => RegisterRegion.Decide(s, demo.Region, clock, Seeder),
            s => Organisation.RecordingBudgetApproval.RecordBudgetApproval.Decide(s, demo.Budget, clock, Seeder),
        };
        organisation.AddRange(demo.Units.Select(c => (Func<OrganisationRegistry, Decision<IOrganisationEvent>>)(s => Organisation.AddingUnit.AddUnit.Decide(s, c, clock, Seeder))));
        organisation.AddRange(demo.Positions.Select(c => (Func<OrganisationRegistry, Decision<IOrganisationEvent>>)(s => Organisation.AddingPosition.AddPosition.Decide(s, c, clock, Seeder))));
        organisation.AddRange(demo.Officials.Select(c => (Func<OrganisationRegistry, Decision<IOrganisationEvent>>)(s => Organisation.RegisteringOfficial.RegisterOfficial.Decide(s, c, clock, Seeder))));
        organisation.AddRange(demo.Placements.Select(c => (Func<OrganisationRegistry, Decision<IOrganisationEvent>>)(s => Organisation.PlacingOfficial.PlaceOfficial.Decide(s, c, clock, Seeder))));
        foreach (var decide in organisation)
        {
            Require(await streams.HandleOrganisationAsync(KutaiKartanegara.Code, Seeder, decide, cancellationToken));
        }
        var (registry, _) = await streams.LoadRegistryAsync(KutaiKartanegara.Code, cancellationToken);
        var late = 0;
        foreach (var draft in demo.Agreements)
        {
            // The workflow runs on the demo's calendar (never after today), so two signings come out late and flagged.
            var (drafted, submitted, verified, signed) = KutaiKartanegara.Calendar(year, draft.AgreementId);
            Require(await streams.HandleAsync(draft.AgreementId, null, Seeder, null, s => Task.FromResult(Drafting.DraftAgreement.Decide(s, draft, registry, On(drafted), Seeder)), cancellationToken));
            Require(await streams.HandleAsync(draft.AgreementId, null, Seeder, null, s => Task.FromResult(SubmitAgreement.Decide(s, new SubmitAgreement(draft.AgreementId), On(submitted), Seeder)), cancellationToken));
            Require(await streams.HandleAsync(draft.AgreementId, null, Seeder, null, s => Task.FromResult(VerifyAgreement.Decide(s, new VerifyAgreement(draft.AgreementId), On(verified), Seeder)), cancellationToken));
            foreach (var party in new[] { SigningParty.Receiver, SigningParty.Giver })
            {
                var outcome = await streams.HandleAsync(draft.AgreementId, null, Seeder, null, async s =>
                {
                    var signer = party == SigningParty.Receiver ? s!.Receiver : s!.Giver!;
                    var context = new SignAgreement.Context(registry.BudgetApprovalDates.TryGetValue(s.Year, out var approved) ? approved : null,
                        await queries.InForceAsync(s.Region, s.Receiver.Position, s.Year, cancellationToken), registry);
                    return SignAgreement.Decide(s, new SignAgreement(s.Id, party, signer.Official, "Tenggarong"), context, On(signed), Seeder);
                }, cancellationToken);
                Require(outcome);
                late += outcome.Decision.Events.OfType<AgreementCameIntoForce>().Count(e => e.SignedLate);
            }
        }
        var balikpapan = RegionCode.Parse("64.71");
        Require(await streams.HandleOrganisationAsync(balikpapan, Seeder, s => s.IsRegistered
            ? Decision.Accept<IOrganisationEvent>()
            : RegisterRegion.Decide(s, new RegisterRegion(balikpapan, "Kota Balikpapan", "Wali Kota"), clock, Seeder), cancellationToken));
        logger.LogInformation("Seeded demo region {Region} with {Count} agreements in force for {Year}, {Late} signed late.", KutaiKartanegara.Code, demo.Agreements.Count, year, late);
    }

    /// <summary>The clock of one demo step: the calendar's day at 02:00 UTC, or now if that day is still to come.</summary>
    private TimeProvider On(DateOnly day)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
        var now = streams.Clock.GetUtcNow();
        return new DemoDay(at < now ? at : now);
    }

    private sealed class DemoDay(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at;
    }

    private static void Require<TEvent>(Outcome<TEvent> outcome)
    {
        if (!outcome.Decision.IsAccepted)
        {
            throw new InvalidOperationException("The demo seed was refused: " + string.Join("; ", outcome.Decision.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        }
    }
}
