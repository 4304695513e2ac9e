using System.Text.Json.Serialization;

namespace Kinerja.Agreements;

/// <summary>Which direction is good: higher (positive), lower (negative), or inside a range.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Polarity>))]
internal enum Polarity
{
    Positive,
    Negative,
    Range,
}

/// <summary>How period figures make the year's: summed (counts), averaged (indices) or the last one (stock values).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Consolidation>))]
internal enum Consolidation
{
    Sum,
    Average,
    Last,
}

/// <summary>Whether each period's target is for that period alone or the running total since the start of the year.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TargetAccumulation>))]
internal enum TargetAccumulation
{
    PerPeriod,
    Cumulative,
}

/// <summary>
/// A promised value: a number, a range (80–90), or a number flagged as a maximum, i.e. a ceiling that must
/// not be exceeded ("maksimal 5 %").
/// </summary>
internal sealed record Target(decimal? Value, decimal? Lower, decimal? Upper, bool IsMaximum)
{
    public static Target Of(decimal value) => new(value, null, null, false);

    public static Target Between(decimal lower, decimal upper) => new(null, lower, upper, false);

    public static Target Maximum(decimal value) => new(value, null, null, true);

    [JsonIgnore]
    public bool IsRange => Lower is not null || Upper is not null;

    public override string ToString() => IsRange ? $"{Lower}–{Upper}" : IsMaximum ? $"max {Value}" : $"{Value}";
}

/// <summary>
/// How an objective is measured. <c>PeriodTargets</c> has one entry per period of the frequency (4 for
/// quarterly); an entry is empty only for a period before the agreement took effect (a newcomer's agreement).
/// </summary>
internal sealed record Indicator(
    ItemId Id,
    string Name,
    string UnitOfMeasure,
    Polarity Polarity,
    Consolidation Consolidation,
    TargetAccumulation Accumulation,
    string CalculationMethod,
    string DataSource,
    Frequency Frequency,
    string PersonResponsible,
    decimal? Weight,
    Target AnnualTarget,
    IReadOnlyList<Target?> PeriodTargets)
{
    public Target? TargetFor(Period period) =>
        period.Frequency == Frequency && period.Number >= 1 && period.Number <= PeriodTargets.Count ? PeriodTargets[period.Number - 1] : null;
}

/// <summary>A strategic objective (sasaran strategis) and the indicators that measure it.</summary>
internal sealed record Objective(ItemId Id, string Statement, IReadOnlyList<Indicator> Indicators);

/// <summary>An activity (kegiatan) of a program with its budget; quarterly budgets are optional, and when given there are four.</summary>
internal sealed record Activity(ItemId Id, string Name, Rupiah AnnualBudget, IReadOnlyList<Rupiah> QuarterlyBudget);

/// <summary>A program funded to reach the objectives, with its budget (pagu) in Rupiah and its activities.</summary>
internal sealed record FundedProgram(ItemId Id, string Name, Rupiah AnnualBudget, IReadOnlyList<Rupiah> QuarterlyBudget, IReadOnlyList<Activity> Activities);

/// <summary>What the parties promise: objectives → indicators → targets, and the programs funding them.</summary>
internal sealed record AgreementContent(IReadOnlyList<Objective> Objectives, IReadOnlyList<FundedProgram> Programs)
{
    public static AgreementContent Empty { get; } = new([], []);

    [JsonIgnore]
    public IEnumerable<Indicator> Indicators => Objectives.SelectMany(o => o.Indicators);

    public Indicator? FindIndicator(ItemId id) => Indicators.FirstOrDefault(i => i.Id == id);
}
