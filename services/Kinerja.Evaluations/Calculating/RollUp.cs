namespace Kinerja.Evaluations.Calculating;

/// <summary>
/// The mean of the computed parts of an objective or agreement. Parts without a figure are left out and counted,
/// never averaged in as 0; with weighting on, the weights of the parts left in are renormalised.
/// </summary>
internal static class RollUp
{
    internal sealed record Part(string Name, decimal Weight, AchievementStatus Status, Figure? Achievement, Figure? Score);

    internal sealed record Result(AchievementStatus Status, Figure? Achievement, Figure? Score, string Text);

    public static Result Mean(IReadOnlyList<Part> parts, bool weighted, string partWord)
    {
        if (weighted && parts.FirstOrDefault(p => p.Weight <= 0) is { } weightless)
        {
            throw new ArgumentException($"With weighting on every {partWord} needs a weight above 0; '{weightless.Name}' has {weightless.Weight}.", nameof(parts));
        }
        var computed = parts.Where(p => p.Status == AchievementStatus.Computed).ToList();
        var coverage = Coverage.Of(parts.Select(p => p.Status));
        var leftOut = coverage.Computed == coverage.Total
            ? ""
            : $"; tidak dihitung (bukan 0): {coverage.NotReported} {partWord} belum dilaporkan, {coverage.NoTarget} tanpa target, {coverage.NotDue} belum jatuh tempo";
        if (computed.Count == 0)
        {
            return new(Missing(coverage), null, null, $"tidak ada {partWord} yang dapat dihitung{leftOut}");
        }
        var achievement = Mean(computed, p => p.Achievement!.Exact, weighted);
        var score = Mean(computed, p => p.Score!.Exact, weighted);
        var kind = weighted ? "rata-rata tertimbang" : "rata-rata";
        var text = $"{kind} {computed.Count} {partWord}: capaian {Expression(computed, p => p.Achievement!, weighted)} = {achievement.Text}; " +
            $"skor {Expression(computed, p => p.Score!, weighted)} = {score.Text}{leftOut}";
        return new(AchievementStatus.Computed, achievement, score, text);
    }

    private static Figure Mean(List<Part> parts, Func<Part, decimal> value, bool weighted) =>
        weighted
            ? new(parts.Sum(p => p.Weight * value(p)) / parts.Sum(p => p.Weight))
            : new(parts.Sum(value) / parts.Count);

    private static string Expression(List<Part> parts, Func<Part, Figure> figure, bool weighted) =>
        weighted
            ? $"({string.Join(" + ", parts.Select(p => $"{Rounding.Input(p.Weight)}×{figure(p).Text}"))}) / ({string.Join(" + ", parts.Select(p => Rounding.Input(p.Weight)))})"
            : $"({string.Join(" + ", parts.Select(p => figure(p).Text))}) / {parts.Count}";

    // With nothing computed, the most actionable reason wins: data can still be reported, a target must be revised.
    private static AchievementStatus Missing(Coverage coverage) =>
        coverage.NotReported > 0 ? AchievementStatus.NotReported
        : coverage.NoTarget > 0 ? AchievementStatus.NoTarget
        : coverage.NotDue > 0 ? AchievementStatus.NotDue
        : AchievementStatus.NoTarget;
}
