using System.Reflection;
using System.Text.Json;
using Kinerja.Measurements.ClosingPeriod;
using Kinerja.Measurements.Correcting;
using Kinerja.Measurements.Publishing;
using Kinerja.Measurements.Recording;
using Kinerja.Measurements.ReopeningPeriod;
using Kinerja.Measurements.Reviewing;
using Kinerja.Measurements.Verifying;
using MassTransit;
using Wire = Kinerja.Contracts.Measurements;

namespace Kinerja.Measurements.Tests.Publishing;

public class Publishing_integration_events
{
    private static readonly Evidence.File Pdf = new("laporan.pdf", "application/pdf", 1234, new string('a', 64));

    [Theory]
    [InlineData(typeof(Wire.RealisationVerified), "realisation-verified")]
    [InlineData(typeof(Wire.RealisationCorrected), "realisation-corrected")]
    [InlineData(typeof(Wire.RealisationReviewed), "realisation-reviewed")]
    [InlineData(typeof(Wire.PeriodClosed), "period-closed")]
    [InlineData(typeof(Wire.PeriodReopened), "period-reopened")]
    public void each_contract_has_a_stable_message_urn_and_exchange_name(Type contract, string name)
    {
        MessageUrn.ForTypeString(contract).ShouldBe($"urn:message:kinerja:measurements:{name}:v1");
        contract.GetCustomAttribute<EntityNameAttribute>()!.EntityName.ShouldBe($"kinerja.measurements.{name}.v1");
        contract.Namespace.ShouldBe("Kinerja.Contracts.Measurements");
    }

    [Fact]
    public void a_verification_is_published_with_its_value_period_target_version_and_evidence_hash()
    {
        var scenario = new RealisationScenario(Agreements.Coverage, Period.Quarter(2025, 1));
        scenario.Run(Callers.Responsible, (s, c, x) =>
            new RecordRealisation(s.Key, new Submission(27.5m, Pdf, null, null, null)).Decide(s, c, x));
        var verified = scenario.Run(Callers.Superior, (s, c, x) => new VerifyRealisation(s.Key).Decide(s, c, x)).ShouldAcceptOne<RealisationVerified>();

        var published = IntegrationEvents.For(verified).ShouldBeOfType<Wire.RealisationVerified>();

        published.ShouldBeEquivalentTo(new Wire.RealisationVerified
        {
            AgreementId = Agreements.Id.Value,
            AgreementVersion = 1,
            IndicatorId = Agreements.Coverage.Value,
            Period = "2025-Q1",
            EntryNumber = 1,
            Value = 27.5m,
            TargetVersion = 1,
            EvidenceSha256 = Pdf.Sha256,
            EvidenceUrl = null,
            VerifiedBy = "Bupati",
            VerifiedByNip = Agreements.GiverNip,
            VerifiedAt = FixedClock.AprilFifth,
            RegionCode = "64.02",
            UnitId = Agreements.Unit,
        });
    }

    [Fact]
    public void corrections_reviews_and_period_changes_are_published_and_recordings_and_returns_are_not()
    {
        var key = new RealisationKey(Agreements.Id, Agreements.Coverage, Period.Quarter(2025, 1));
        var actor = new Actor("op", "Operator Dinkes", null);
        var at = FixedClock.AprilFifth;
        var submission = new Submission(30m, Pdf, null, null, null);

        var corrected = IntegrationEvents.For(new RealisationCorrected(key, Agreements.Region, Agreements.Unit, 2, 2, submission,
            new PlannedTarget(key.Period, new Target.Point(25m), 2), 27.5m, "recount", actor, at)).ShouldBeOfType<Wire.RealisationCorrected>();
        (corrected.PreviousValue, corrected.Value, corrected.Reason, corrected.TargetVersion, corrected.EntryNumber).ShouldBe((27.5m, 30m, "recount", (int?)2, 2));

        var reviewed = IntegrationEvents.For(new RealisationReviewed(key, Agreements.Region, Agreements.Unit, 1, 26m, "double count", actor, at))
            .ShouldBeOfType<Wire.RealisationReviewed>();
        (reviewed.CorrectedValue, reviewed.Note).ShouldBe(((decimal?)26m, "double count"));

        IntegrationEvents.For(new PeriodClosed(Agreements.Region, Period.Quarter(2025, 2), actor, at)).ShouldBe(
            new Wire.PeriodClosed { RegionCode = "64.02", Period = "2025-Q2", ClosedBy = "Operator Dinkes", ClosedAt = at });
        IntegrationEvents.For(new PeriodReopened(Agreements.Region, Period.Quarter(2025, 2), "banjir", actor, at)).ShouldBe(
            new Wire.PeriodReopened { RegionCode = "64.02", Period = "2025-Q2", Reason = "banjir", ReopenedBy = "Operator Dinkes", ReopenedAt = at });

        IntegrationEvents.For(new RealisationRecorded(key, Agreements.Region, Agreements.Unit, 1, 1, submission, null, actor, at)).ShouldBeNull();
        IntegrationEvents.For(new Kinerja.Measurements.Returning.RealisationReturned(key, Agreements.Region, Agreements.Unit, 1, "why", actor, at)).ShouldBeNull();
    }

    [Fact]
    public void a_contract_reads_as_plain_json_that_a_non_dotnet_client_can_parse()
    {
        var json = JsonSerializer.Serialize(new Wire.PeriodClosed
        {
            RegionCode = "64.02", Period = "2025-Q2", ClosedBy = "Operator Bappeda", ClosedAt = new DateTimeOffset(2025, 7, 10, 2, 0, 0, TimeSpan.Zero),
        }, JsonSerializerOptions.Web);

        json.ShouldBe("""{"regionCode":"64.02","period":"2025-Q2","closedBy":"Operator Bappeda","closedAt":"2025-07-10T02:00:00+00:00"}""");
    }
}
