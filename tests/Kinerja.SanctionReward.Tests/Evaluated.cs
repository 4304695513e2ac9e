using System.Security.Cryptography;
using System.Text;
using Kinerja.SanctionReward.Deciding;
using Kinerja.SanctionReward.Policies;

namespace Kinerja.SanctionReward.Tests;

/// <summary>Evaluation results with stable ids, so that equal calls give equal results.</summary>
internal static class Evaluated
{
    public const string Nip = "197001012000031001";
    public const string OtherNip = "198502022010012002";
    public const string Region = "64.02";

    public static EvaluationResult Quarter(int year, int quarter, string label = "Baik", decimal achievement = 90m, Echelon echelon = Echelon.III,
        string region = Region, string scale = RatingScales.EmployeePredicate, string nip = Nip, int revision = 1) =>
        Result(EvaluationPeriod.Quarterly(year, quarter), label, achievement, echelon, region, scale, nip, revision);

    public static EvaluationResult Year(int year, string label = "Baik", decimal achievement = 90m, Echelon echelon = Echelon.III,
        string region = Region, string scale = RatingScales.EmployeePredicate, string nip = Nip, int revision = 1) =>
        Result(EvaluationPeriod.Final(year), label, achievement, echelon, region, scale, nip, revision);

    private static EvaluationResult Result(EvaluationPeriod period, string label, decimal achievement, Echelon echelon, string region,
        string scale, string nip, int revision) =>
        new(new EvaluationId(StableGuid($"evaluation/{nip}/{period}/{revision}")),
            new AgreementId(StableGuid($"agreement/{nip}/{period.Year}")),
            nip, echelon, region, period, achievement, label, scale, 1);

    private static Guid StableGuid(string key) => new(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
}
