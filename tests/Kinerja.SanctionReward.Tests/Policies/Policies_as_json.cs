using System.Text.Json;
using Kinerja.SanctionReward.Policies;
using Kinerja.SanctionReward.Policies.Validating;

namespace Kinerja.SanctionReward.Tests.Policies;

public sealed class Policies_as_json
{
    [Theory]
    [InlineData("national-default")]
    [InlineData("64.02-tpp")]
    public void a_shipped_policy_survives_the_round_trip(string id)
    {
        var policy = ShippedPolicies.All.Single(p => p.Id.Value == id);
        var json = PolicyJson.Serialize(policy);

        var back = PolicyJson.Deserialize(json);

        PolicyJson.Serialize(back).ShouldBe(json);
        (back with { Rules = policy.Rules }).ShouldBe(policy);
        back.Rules.Count.ShouldBe(policy.Rules.Count);
        for (var i = 0; i < policy.Rules.Count; i++)
        {
            var (original, read) = (policy.Rules[i], back.Rules[i]);
            (read with { Labels = original.Labels, Echelons = original.Echelons }).ShouldBe(original);
            (read.Labels ?? []).ShouldBe(original.Labels ?? []);
            (read.Echelons ?? []).ShouldBe(original.Echelons ?? []);
        }
    }

    [Fact]
    public void the_wire_shape_uses_explicit_names()
    {
        using var json = JsonDocument.Parse(PolicyJson.Serialize(ShippedPolicies.KutaiKartanegaraExample));
        var root = json.RootElement;
        var senior = root.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "senior-missed-year");

        root.GetProperty("id").GetString().ShouldBe("64.02-tpp");
        root.GetProperty("region").GetString().ShouldBe("64.02");
        root.GetProperty("effectiveFrom").GetString().ShouldBe("2026-01-01");
        senior.GetProperty("periodKind").GetString().ShouldBe("final");
        senior.GetProperty("echelons")[0].GetString().ShouldBe("II");
        senior.GetProperty("decision").GetString().ShouldBe("improvementPlan");
        senior.GetProperty("recommendation").GetString().ShouldBe("competencyReassessment");
        senior.TryGetProperty("allowancePercent", out _).ShouldBeFalse();
    }

    [Fact]
    public void the_national_default_has_no_region_on_the_wire()
    {
        using var json = JsonDocument.Parse(PolicyJson.Serialize(ShippedPolicies.NationalDefault));

        json.RootElement.TryGetProperty("region", out _).ShouldBeFalse();
    }

    [Fact]
    public void an_incomplete_policy_from_the_api_is_validated_field_by_field()
    {
        var policy = PolicyJson.Deserialize("""
            { "id": "64.02-tpp", "version": 2, "region": "64.02", "scaleId": "pegawai-permenpanrb-6-2022",
              "rules": [ { "id": "cut", "labels": ["Sangat Kurang"], "decision": "allowanceAdjustment", "allowancePercent": -120 } ] }
            """);

        PolicyValidation.Validate(policy, RatingScales.EmployeePredicateLabels).ToDictionary().Keys
            .ShouldBe(["effectiveFrom", "rules[0].allowancePercent", "rules[0].allowanceTerm"], ignoreOrder: true);
        policy.Rules[0].ConsecutivePeriods.ShouldBe(1);
    }

    [Fact]
    public void an_unknown_decision_is_refused_while_reading() =>
        Should.Throw<JsonException>(() => PolicyJson.Deserialize("""{ "rules": [ { "decision": "fine" } ] }"""));
}
